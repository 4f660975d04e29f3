// //whois <name>: level, class, access level and position of a player in the world.
import org.aden.game.admin.AdminCommand
import org.aden.game.admin.AdminContext
import org.aden.game.actor.Player

new AdminCommand() {
    String name() { 'whois' }
    int minAccessLevel() { 1 }
    String usage() { 'whois playerName' }

    void execute(AdminContext ctx, Player gm, List<String> args) {
        if (args.isEmpty()) throw new IllegalArgumentException('name missing')
        Player p = ctx.world().player(args[0])
        if (p == null) {
            ctx.reply(gm, "${args[0]} is not in the world.")
            return
        }
        ctx.reply(gm, "${p.name()} (${p.account()}): level ${p.level()}, class ${p.classId()}, " +
                "access ${p.accessLevel()}, at ${p.x()} ${p.y()} ${p.z()}" + (p.isConnected() ? '' : ', link lost'))
    }
}
