package org.aden.game.chat;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.aden.common.text.PlayerText;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.network.server.chat.CreatureSay;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.World;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Routes Say2 lines to the players who should hear them (world thread). A line starting with "//" is a
 * GM command and goes to the admin router instead of the chat.
 */
public final class ChatService {
    private static final Logger LOG = LogManager.getLogger(ChatService.class);
    private static final String ADMIN_PREFIX = "//";
    private static final char ITEM_LINK = '\b';

    private final World world;
    private final ChatSettings settings;
    private final BiConsumer<Player, String> adminRouter;
    private Function<Player, List<Player>> partyAudience = p -> List.of();

    public ChatService(World world, ChatSettings settings, BiConsumer<Player, String> adminRouter) {
        this.world = world;
        this.settings = settings;
        this.adminRouter = adminRouter;
    }

    /** Who hears a player's party chat (the party's members, the player included). */
    public void setPartyAudience(Function<Player, List<Player>> audience) {
        this.partyAudience = audience;
    }

    public void say(Player p, String typed, int typeId, String targetName) {
        String text = forRelay(typed);
        if (text == null || text.isEmpty()) {
            return;
        }
        if (text.startsWith(ADMIN_PREFIX)) {
            adminRouter.accept(p, text.substring(ADMIN_PREFIX.length()));
            return;
        }
        ChatType type = ChatType.byId(typeId);
        if (type == null) {
            LOG.info("{} used unknown chat type {}; dropped", p.name(), typeId);
            return;
        }
        int limit = text.indexOf(ITEM_LINK) >= 0 ? settings.maxLengthWithLink() : settings.maxLength();
        if (!p.isGm() && text.length() > limit) {
            LOG.debug("{} sent a {}-character chat line (limit {}); refused", p.name(), text.length(), limit);
            p.send(SystemMessage.freeText("Your message was not sent: it has " + text.length() + " characters, at most "
                    + limit + " are allowed."));
            return;
        }
        long now = world.now();
        if (!p.isGm() && !ChatState.of(p).tryAcquire(now, settings.floodMessages(), settings.floodWindowMillis())) {
            p.send(SystemMessage.freeText("You are chatting too fast; wait a moment."));
            return;
        }
        CreatureSay line = new CreatureSay(p.objectId(), type.id(), p.name(), text);
        switch (type) {
            case ALL -> near(p, line);
            case SHOUT -> scoped(p, line, settings.shout());
            case TRADE -> scoped(p, line, settings.trade());
            case WHISPER -> whisper(p, text, targetName);
            case HERO_VOICE -> hero(p, line, now);
            case PARTY -> {
                byte[] body = line.encode();
                List<Player> members = partyAudience.apply(p);
                if (members.isEmpty()) {
                    p.sendBytes(body); // alone: the client shows the line to its writer
                }
                members.forEach(m -> m.sendBytes(body));
            }
            case GM -> {
                if (p.isGm()) {
                    world.broadcastAll(line);
                }
            }
            default -> LOG.debug("{} chat type {} has no audience yet", p.name(), type);
        }
    }

    /**
     * What other players may see of a typed line: no line breaks, direction overrides or invisible characters
     * (they could fake lines or hide text). The item-link marker is a control character the client itself
     * inserts around a linked item, so it alone is kept.
     */
    static String forRelay(String typed) {
        if (typed == null || typed.indexOf(ITEM_LINK) < 0) {
            return PlayerText.forRelay(typed);
        }
        StringBuilder b = new StringBuilder(typed.length());
        int from = 0;
        for (int at = typed.indexOf(ITEM_LINK); at >= 0; at = typed.indexOf(ITEM_LINK, from)) {
            b.append(PlayerText.forRelay(typed.substring(from, at))).append(ITEM_LINK);
            from = at + 1;
        }
        return b.append(PlayerText.forRelay(typed.substring(from))).toString();
    }

    private void near(Player p, CreatureSay line) {
        byte[] body = line.encode();
        p.sendBytes(body);
        for (Player other : p.seenBy()) {
            if (other.isWithin2d(p, settings.nearRange())) {
                other.sendBytes(body);
            }
        }
    }

    private void scoped(Player p, CreatureSay line, ChatSettings.Scope scope) {
        switch (scope) {
            case OFF -> p.send(line);
            case GLOBAL -> world.broadcastAll(line);
            case REGION -> {
                byte[] body = line.encode();
                long tile = mapTile(p);
                for (Player other : world.players()) {
                    if (mapTile(other) == tile) {
                        other.sendBytes(body);
                    }
                }
            }
        }
    }

    /** The 32768-unit map square the object stands in (the client's map tiles). */
    static long mapTile(WorldObject o) {
        int tx = (o.x() >> 15) + 20;
        int ty = (o.y() >> 15) + 18;
        return ((long) tx << 32) | (ty & 0xFFFFFFFFL);
    }

    private void whisper(Player p, String text, String targetName) {
        Player target = world.player(targetName);
        if (target == null || !target.isConnected()) {
            p.send(SystemMessage.text(SystemMessage.NOT_ONLINE, targetName == null ? "" : targetName));
            return;
        }
        target.send(new CreatureSay(p.objectId(), ChatType.WHISPER.id(), p.name(), text));
        p.send(new CreatureSay(p.objectId(), ChatType.WHISPER.id(), "->" + target.name(), text));
    }

    private void hero(Player p, CreatureSay line, long now) {
        if (!p.isHero() && !p.isGm()) {
            return;
        }
        if (!p.isGm() && !ChatState.of(p).tryHeroVoice(now, settings.heroIntervalMillis())) {
            p.send(SystemMessage.freeText(
                    "Hero voice can be used once every " + settings.heroIntervalMillis() / 1000 + " seconds."));
            return;
        }
        world.broadcastAll(line);
    }
}
