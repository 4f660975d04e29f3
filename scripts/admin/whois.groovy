// //whois <name>: level, class, access level and position of a player in the world.
import org.aden.game.script.api.AdminCommand
import org.aden.game.script.api.AdminContext
import org.aden.game.script.api.PlayerView

new AdminCommand() {
    String name() { 'whois' }
    int minAccessLevel() { 1 }
    String usage() { 'whois playerName' }

    void execute(AdminContext ctx, PlayerView gm, List<String> args) {
        if (args.isEmpty()) throw new IllegalArgumentException('name missing')
        PlayerView p = ctx.players().find(args[0])
        if (p == null) {
            ctx.reply(gm, "${args[0]} is not in the world.")
            return
        }
        ctx.reply(gm, "${p.name()} (${p.account()}): level ${p.level()}, class ${p.classId()}, " +
                "access ${p.accessLevel()}, at ${p.x()} ${p.y()} ${p.z()}" + (p.isConnected() ? '' : ', link lost'))
    }
}
