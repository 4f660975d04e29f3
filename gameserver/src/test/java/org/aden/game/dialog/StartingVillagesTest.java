package org.aden.game.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.ItemLedger;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.script.ScriptHost;
import org.aden.game.shop.Exchanges;
import org.aden.game.shop.Shops;
import org.aden.game.spawn.SpawnPoint;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/**
 * Every peaceful NPC the datapack spawns in the five starting villages (their town zones, and the guards around
 * their squares) and at the races' start points answers a talk with its own hand-written page ({@code scripts/npcs/pages/<id>.htm}, or a script of its own such as
 * {@code roien.groovy}), and every link
 * of that page, bypass or page link, is accepted and answered by a script, without a script error (the shipped
 * scripts, the real datapack).
 */
class StartingVillagesTest {
    /** The villages' gatekeepers stand in their squares: Talking Island, elven, dark elven, orc, dwarven. */
    static final int[][] SQUARES = {
        {-84108, 244604}, {46926, 51511}, {9670, 15537}, {-45264, -112512}, {115072, -178176}
    };

    static final int RADIUS = 2500;
    /** The town zones of the five villages, each with a height inside its zone's band (a 2D membership test). */
    static final Map<String, Integer> TOWNS = Map.of(
            "Talking Island", -3750,
            "Elven Village", -3000,
            "Dark Elven Village", -4200,
            "Orc Village", -300,
            "Dwarven Village", -1200);

    static final Pattern BYPASS = Pattern.compile("bypass\\s+(?:-h\\s+)?(npc_\\d+_[^\"]+)\"");
    static final Pattern PAGE_LINK = Pattern.compile("action=\"link ([^\"]+)\"");

    final WorldFixture fx = new WorldFixture();
    final ScriptHost scripts = new ScriptHost(Path.of(System.getProperty("aden.root", ".."), "scripts"), 1000);
    final AtomicInteger ids = new AtomicInteger(0x30000000);
    final ItemLedger ledger = new ItemLedger(
            TestData.world().items(), ids::incrementAndGet, c -> CompletableFuture.completedFuture(null));
    final org.aden.game.learn.SkillLearning learning = new org.aden.game.learn.SkillLearning(
            fx.world, ledger, TestData.world().skillTrees(), TestData.world().trainers(), w -> {});
    final NpcTalk talk = new NpcTalk(new TalkServices(
            fx.world,
            scripts,
            ledger,
            TestData.world().teleports(),
            new Teleports(fx.world, fx.actions),
            new Shops(fx.world, TestData.world().buyLists(), ledger),
            new Exchanges(fx.world, TestData.world().multisells(), ledger),
            new org.aden.game.warehouse.Warehouses(fx.world, ledger),
            org.aden.game.quest.QuestServices.unsaved(),
            learning,
            new org.aden.game.classchange.ClassChanging(
                    fx.world,
                    ledger,
                    TestData.world().classChanges(),
                    new org.aden.game.stat.PlayerStats(TestData.world().characterTemplates()),
                    learning,
                    false)));

    {
        fx.actions.setInteraction(talk.interactionOr((p, o) -> {
            throw new AssertionError("a peaceful NPC is never attacked");
        }));
    }

    String lastPage(Player p) {
        List<byte[]> pages = fx.sink(p).withOpcode(NpcHtmlMessage.OPCODE);
        if (pages.isEmpty()) {
            return null;
        }
        byte[] b = pages.get(pages.size() - 1);
        PacketReader r = new PacketReader(b, 1, b.length - 1);
        r.readD();
        return r.readS();
    }

    @Test
    void everyNpcOfTheStartingVillagesTalksAndEveryLinkIsAnswered() {
        assertTrue(scripts.loadAll().errors().isEmpty());
        int objectId = 0x20000000;
        int talked = 0;
        int links = 0;
        List<String> silent = new ArrayList<>();
        List<String> notOwnPage = new ArrayList<>();
        TreeSet<Integer> templates = new TreeSet<>();
        for (SpawnPoint sp : TestData.world().spawns().points()) {
            NpcTemplate t = TestData.world().npcs().get(sp.npcId()).orElse(null);
            if (t == null || t.attackable() || !t.targetable() || !inAVillage(sp)) {
                continue;
            }
            templates.add(t.id());
            Npc n = new Npc(++objectId, t, sp.x(), sp.y(), sp.z(), sp.heading());
            fx.world.spawn(n);
            Player p = fx.player("Visitor" + talked, sp.x() + 40, sp.y());
            ledger.apply(p, List.of(new ItemLedger.Delta(57, 1_000_000)));
            fx.ticks(1);
            fx.actions.action(p, n.objectId());
            fx.actions.action(p, n.objectId());
            String page = lastPage(p);
            if (page == null) {
                silent.add(t.id() + " " + t.name());
                continue;
            }
            talked++;
            String own = scripts.page("pages/" + t.id() + ".htm");
            boolean ownScript = !scripts.npcScripts(t.id(), null).isEmpty(); // roien.groovy: its own script
            if (!ownScript && (own == null || !page.contains(ownText(own, p, n)))) {
                notOwnPage.add(t.id() + " " + t.name());
            }
            Matcher m = BYPASS.matcher(page);
            List<String> offered = new ArrayList<>();
            while (m.find()) {
                offered.add(m.group(1));
            }
            for (String link : offered) {
                fx.world.relocate(p, sp.x() + 40, sp.y(), sp.z()); // a teleport link moved the player away
                fx.actions.action(p, n.objectId()); // reselects after a teleport
                fx.actions.action(p, n.objectId());
                talk.bypass(p, link);
                links++;
            }
            Matcher pm = PAGE_LINK.matcher(page);
            while (pm.find()) {
                fx.world.relocate(p, sp.x() + 40, sp.y(), sp.z());
                fx.actions.action(p, n.objectId());
                fx.actions.action(p, n.objectId());
                talk.link(p, pm.group(1));
                links++;
            }
            fx.world.despawn(p);
            fx.world.despawn(n);
        }
        assertEquals(List.of(), silent, "NPCs that showed no page");
        assertEquals(List.of(), notOwnPage, "NPCs that did not show their own page");
        assertTrue(templates.size() >= 185, "the villages' NPC templates were found: " + templates.size());
        assertTrue(talked > 30, "the villages' NPCs were found: " + talked);
        assertTrue(links > 20, "their pages offer links: " + links);
        assertEquals(0, talk.unansweredLinks(), "every offered link has a script");
        assertEquals(0, talk.refusedLinks(), "no offered link is refused");
        assertEquals(0, scripts.failures(), "no script error");
        assertFalse(talked == 0);
    }

    /** The hand-written text of an NPC's own page, as the player sees it (its first paragraph). */
    static String ownText(String own, Player p, Npc n) {
        String body =
                own.substring(own.indexOf("<br>") + 4, own.indexOf("<br><br>")).trim();
        return body.replace("%playerName%", p.name()).replace("%npcName%", n.name());
    }

    static boolean inAVillage(SpawnPoint sp) {
        for (Map.Entry<String, Integer> town : TOWNS.entrySet()) {
            for (org.aden.game.zone.Zone z : TestData.world().zones().at(sp.x(), sp.y(), town.getValue())) {
                if (z.name().equals(town.getKey()) && z.type().equals("town")) {
                    return true;
                }
            }
        }
        return nearASquare(sp) || nearAStartPoint(sp);
    }

    /** Within 1500 of where a new character of some class appears (datapack/chars start points). */
    static boolean nearAStartPoint(SpawnPoint sp) {
        for (var t : TestData.world().characterTemplates().all()) {
            var start = t.startPoints().get(0);
            if (Math.hypot(sp.x() - start.x(), sp.y() - start.y()) < 1500) {
                return true;
            }
        }
        return false;
    }

    static boolean nearASquare(SpawnPoint sp) {
        for (int[] s : SQUARES) {
            if (Math.hypot(sp.x() - s[0], sp.y() - s[1]) < RADIUS) {
                return true;
            }
        }
        return false;
    }
}
