package org.aden.game.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.aden.game.actor.MoveOrder;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.network.server.move.StopMove;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.script.api.BypassScript;
import org.aden.game.script.api.NpcScript;
import org.aden.game.teleport.Destinations;
import org.aden.game.world.World;
import org.aden.game.world.move.Headings;
import org.aden.game.world.move.MovePackets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Talking to NPCs on the world thread. A second click on a peaceful NPC walks the player into range and shows its
 * first page: the script for its template id, else the one for its type, else a default page. A link clicked on a
 * page ({@code npc_<objectId>_<command>}) is accepted only when it was on the last page shown to that player and
 * the player is still near that NPC; it goes to the NPC's scripts, then to the shared bypass script of its verb. A
 * link of another form (a page without NPC) goes to the bypass script of its first word, under the same
 * last-page rule.
 */
public final class NpcTalk {
    private static final Logger LOG = LogManager.getLogger(NpcTalk.class);
    /** Distance from which a player talks (Mobius' interaction distance), added to both collision radii. */
    static final int TALK_RANGE = 150;
    /** A link is refused farther than this from its NPC (world-chat-npc.md §6: Mobius uses 250). */
    static final int LINK_RANGE = 250;
    /** Re-check of the distance while walking up to an NPC. */
    static final long APPROACH_STEP = 200;
    /** At most one log line per player per interval about refused links. */
    static final long REFUSAL_LOG_INTERVAL = 10_000;

    static final String DEFAULT_PAGE =
            "<html><body>%npcName%:<br>Greetings, %playerName%. I have nothing for you just now.</body></html>";

    private TalkServices s;
    private final World world;
    private final QuestTalk quests;
    private final Map<Player, MoveOrder> approaching = new HashMap<>();
    private long unanswered;
    private long refused;

    /** A datapack reload (world thread): gatekeepers offer the new teleport list from the next page on. */
    public void replaceDestinations(Destinations fresh) {
        s = s.withDestinations(fresh);
    }

    public NpcTalk(TalkServices services) {
        this.s = services;
        this.world = services.world();
        this.quests = new QuestTalk(services);
    }

    /** "Abort quest" in the quest window (RequestQuestAbort). */
    public void abortQuest(Player p, int questId) {
        quests.abort(p, questId);
    }

    /** A player killed an NPC (combat's kill listener): the quests counting that monster hear of it. */
    public void killed(Player p, Npc n) {
        quests.killed(p, n);
    }

    /** The click-on-target rule: talk to a peaceful NPC, anything else goes to {@code otherwise} (combat). */
    public BiConsumer<Player, WorldObject> interactionOr(BiConsumer<Player, WorldObject> otherwise) {
        return (p, o) -> {
            if (o instanceof Npc n && !n.isAttackable()) {
                talk(p, n);
            } else {
                otherwise.accept(p, o);
            }
        };
    }

    /** A player asked to talk to an NPC: in range it answers, otherwise the player walks up to it first. */
    public void talk(Player p, Npc n) {
        approaching.remove(p);
        if (p.isDead() || n.isDead() || !n.isSpawned()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        world.catchUp(p);
        if (inTalkRange(p, n)) {
            stop(p);
            firstTalk(p, n);
            return;
        }
        double dx = p.exactX() - n.exactX();
        double dy = p.exactY() - n.exactY();
        double d = Math.hypot(dx, dy);
        double stopAt = TALK_RANGE * 0.6 + n.template().collisionRadius();
        MoveOrder order = new MoveOrder(n.exactX() + dx / d * stopAt, n.exactY() + dy / d * stopAt, n.exactZ());
        p.setHeading(Headings.fromVector(-dx, -dy));
        world.startMoving(p, order);
        world.broadcastWithSelf(p, MovePackets.moveToLocation(p));
        approaching.put(p, order);
        world.schedule(APPROACH_STEP, () -> approach(p, n, order));
        p.send(ActionFailed.INSTANCE);
    }

    private void approach(Player p, Npc n, MoveOrder order) {
        if (approaching.get(p) != order) {
            return; // a newer talk or walk replaced this one
        }
        if (!p.isSpawned() || p.isDead() || n.isDead() || !n.isSpawned() || p.target() != n) {
            approaching.remove(p);
            return;
        }
        world.catchUp(p);
        if (inTalkRange(p, n)) {
            approaching.remove(p);
            stop(p);
            firstTalk(p, n);
        } else if (p.moveOrder() != order) {
            approaching.remove(p); // the player walked elsewhere, or stopped short
        } else {
            world.schedule(APPROACH_STEP, () -> approach(p, n, order));
        }
    }

    private boolean inTalkRange(Player p, Npc n) {
        return p.isWithin2d(
                n, TALK_RANGE + p.stats().collisionRadius() + n.template().collisionRadius());
    }

    private void stop(Player p) {
        if (p.isMoving()) {
            world.stopMoving(p);
            world.broadcastWithSelf(p, new StopMove(p.objectId(), p.x(), p.y(), p.z(), p.heading()));
        }
    }

    /** The NPC's first page: its scripts in order, the first that answers wins; else the default page. */
    void firstTalk(Player p, Npc n) {
        boolean hasQuests = !quests.at(p, n).isEmpty();
        for (NpcScript script :
                s.scripts().npcScripts(n.template().id(), n.template().type())) {
            TalkEvent e = new TalkEvent(s, p, n, script);
            if (hasQuests) {
                e.offerQuestLink();
            }
            if (Boolean.TRUE.equals(s.scripts().call(script, "onFirstTalk", () -> script.onFirstTalk(e), false))) {
                p.send(ActionFailed.INSTANCE);
                return;
            }
        }
        defaultPage(p, n, hasQuests);
        p.send(ActionFailed.INSTANCE);
    }

    private void defaultPage(Player p, Npc n, boolean hasQuests) {
        TalkEvent e = new TalkEvent(s, p, n, null);
        if (hasQuests) {
            e.offerQuestLink();
        }
        if (!e.showOwnPage("") && !e.showPage("default.htm")) {
            e.show(DEFAULT_PAGE);
        }
    }

    /** RequestBypassToServer: a link the player clicked. Always answered with ActionFailed. */
    public void bypass(Player p, String link) {
        try {
            handleBypass(p, link);
        } finally {
            p.send(ActionFailed.INSTANCE);
        }
    }

    private void handleBypass(Player p, String link) {
        OfferedLinks offered = OfferedLinks.of(p);
        if (!offered.accepts(link)) {
            refuse(p, link, "it was not on the last page shown");
            return;
        }
        NpcBypass b = NpcBypass.parse(link);
        if (b == null) {
            if (!sharedLink(p, link)) {
                refuse(p, link, "it is neither npc_<objectId>_<command> nor a link a bypass script answers");
            }
            return;
        }
        if (b.npcObjectId() != offered.npcObjectId()
                || !(world.object(b.npcObjectId()) instanceof Npc n)
                || !n.isSpawned()
                || n.isDead()) {
            refuse(p, link, "its NPC is gone");
            return;
        }
        world.catchUp(p);
        if (!p.isWithin2d(
                n, LINK_RANGE + p.stats().collisionRadius() + n.template().collisionRadius())) {
            refuse(p, link, "the player is " + (int) Math.sqrt(p.distanceSq2d(n)) + " from the NPC");
            return;
        }
        if (b.verb().equals("Quest") && quests.bypass(p, n, b.args())) {
            return;
        }
        for (NpcScript script :
                s.scripts().npcScripts(n.template().id(), n.template().type())) {
            TalkEvent e = new TalkEvent(s, p, n, script);
            if (Boolean.TRUE.equals(
                    s.scripts().call(script, "onBypass", () -> script.onBypass(e, b.command()), false))) {
                return;
            }
        }
        BypassScript shared = s.scripts().bypassScript(b.verb());
        if (shared != null) {
            TalkEvent e = new TalkEvent(s, p, n, shared);
            if (Boolean.TRUE.equals(
                    s.scripts().call(shared, "onBypass", () -> shared.onBypass(e, b.verb(), b.args()), false))) {
                return;
            }
        }
        if (b.command().equals("Chat 0")) { // back to the first page, whoever wrote it
            firstTalk(p, n);
            return;
        }
        unanswered++;
        LOG.info(
                "No script answered '{}' of {} ({}) for {}",
                b.command(),
                n.name(),
                n.template().id(),
                p.name());
    }

    /**
     * A link tied to no NPC ({@code tips 20}): the bypass script of its first word answers; false when none does.
     */
    private boolean sharedLink(Player p, String link) {
        String[] words = link.trim().split("\\s+");
        BypassScript script = s.scripts().linkScript(words[0]);
        if (script == null) {
            return false;
        }
        List<String> args = List.of(words).subList(1, words.length);
        TalkEvent e = new TalkEvent(s, p, null, script);
        if (!Boolean.TRUE.equals(s.scripts().call(script, "onLink", () -> script.onLink(e, words[0], args), false))) {
            unanswered++;
            LOG.info("No script answered the link '{}' for {}", words[0], p.name());
        }
        return true;
    }

    /** Links that passed every check but that no script answered (a page offering a dead link), since start. */
    public long unansweredLinks() {
        return unanswered;
    }

    /**
     * RequestLinkHtml: a {@code link page.htm} action of the last page shows that page of the scripts' pages, for
     * the same NPC, if the player is still near it. Always answered with ActionFailed.
     */
    public void link(Player p, String path) {
        try {
            OfferedLinks offered = OfferedLinks.of(p);
            if (path.isEmpty() || path.contains("..") || !offered.acceptsLink(path)) {
                refuse(p, path, "it was not a page link of the last page shown");
                return;
            }
            Npc n = nearNpc(p, offered.npcObjectId());
            if (n == null) {
                refuse(p, path, "its NPC is gone or too far");
                return;
            }
            if (!new TalkEvent(s, p, n, null).showPage(path)) {
                LOG.info(
                        "Page {} linked from {} ({}) does not exist",
                        path,
                        n.name(),
                        n.template().id());
            }
        } finally {
            p.send(ActionFailed.INSTANCE);
        }
    }

    /** The NPC of that object id if it is spawned, alive and within link range of the player; else null. */
    private Npc nearNpc(Player p, int objectId) {
        if (!(world.object(objectId) instanceof Npc n) || !n.isSpawned() || n.isDead()) {
            return null;
        }
        world.catchUp(p);
        return p.isWithin2d(
                        n,
                        LINK_RANGE + p.stats().collisionRadius() + n.template().collisionRadius())
                ? n
                : null;
    }

    /** Links and page links refused (not offered, malformed, NPC gone or too far), since start. */
    public long refusedLinks() {
        return refused;
    }

    private void refuse(Player p, String link, String why) {
        refused++;
        int left = OfferedLinks.of(p).admitRefusalLog(world.now(), REFUSAL_LOG_INTERVAL);
        if (left >= 0) {
            LOG.info(
                    "Refused link '{}' from {}: {}{}",
                    link.length() > 100 ? link.substring(0, 100) + "..." : link,
                    p.name(),
                    why,
                    left > 0 ? " (" + left + " more refused since the last line)" : "");
        }
    }
}
