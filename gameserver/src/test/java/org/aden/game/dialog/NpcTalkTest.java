package org.aden.game.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemLedger;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.TeleportToLocation;
import org.aden.game.script.ScriptHost;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Talking to Roxxy, Talking Island's gatekeeper, with the shipped scripts on a fake clock: the page lists her
 * routes, a route costs its price in adena, a player who cannot pay keeps everything, links not on the page or
 * from afar are ignored, and a far click walks the player up to her first.
 */
class NpcTalkTest {
    static final int ROXXY_X = -84108;
    static final int ROXXY_Y = 244604;
    static ScriptHost scripts;

    final WorldFixture fx = new WorldFixture();
    final List<ItemChange> written = new java.util.ArrayList<>();
    final AtomicInteger ids = new AtomicInteger(0x30000000);
    final ItemLedger ledger = new ItemLedger(TestData.world().items(), ids::incrementAndGet, c -> {
        written.add(c);
        return CompletableFuture.completedFuture(null);
    });
    final NpcTalk talk = new NpcTalk(new TalkServices(
            fx.world,
            scripts,
            ledger,
            TestData.world().teleports(),
            new Teleports(fx.world, fx.actions),
            new org.aden.game.shop.Shops(fx.world, TestData.world().buyLists(), ledger),
            new org.aden.game.shop.Exchanges(fx.world, TestData.world().multisells(), ledger),
            new org.aden.game.warehouse.Warehouses(fx.world, ledger)));
    final Npc roxxy = new Npc(0x20000001, TestData.world().npcs().get(30006).orElseThrow(), ROXXY_X, ROXXY_Y, -3000, 0);

    {
        fx.actions.setInteraction(talk.interactionOr((p, o) -> {
            throw new AssertionError("a peaceful NPC is never attacked");
        }));
        fx.world.spawn(roxxy);
    }

    @BeforeAll
    static void compileTheShippedScripts() {
        scripts = new ScriptHost(Path.of(System.getProperty("aden.root", ".."), "scripts"), 1000);
        assertTrue(scripts.loadAll().errors().isEmpty(), "the shipped scripts compile");
    }

    static String html(byte[] b) {
        PacketReader r = new PacketReader(b, 1, b.length - 1);
        r.readD();
        return r.readS();
    }

    String lastPage(Player p) {
        List<byte[]> pages = fx.sink(p).withOpcode(NpcHtmlMessage.OPCODE);
        assertFalse(pages.isEmpty(), "a page was shown");
        return html(pages.get(pages.size() - 1));
    }

    /** Clicks the NPC twice (select, then talk). */
    void click(Player p, Npc n) {
        fx.actions.action(p, n.objectId());
        fx.actions.action(p, n.objectId());
    }

    @Test
    void roxxyListsHerRoutesAndARouteCostsItsPrice() {
        Player p = fx.player("Traveller", ROXXY_X + 60, ROXXY_Y);
        fx.ticks(1);
        click(p, roxxy);
        String page = lastPage(p);
        assertTrue(page.contains("npc_" + roxxy.objectId() + "_goto 1001"), page);
        assertTrue(page.contains("Obelisk of Victory</a> (470 Adena)"), page);
        assertFalse(page.contains("%objectId%"));

        fx.clearSinks();
        talk.bypass(p, "npc_" + roxxy.objectId() + "_goto 1001");
        assertEquals(0, fx.sink(p).count(TeleportToLocation.OPCODE), "no adena, no teleport");
        byte[] msg = fx.sink(p).withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(279, new PacketReader(msg, 1, 4).readD(), "not enough adena");
        assertTrue(written.isEmpty(), "nothing taken");

        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(57, 1000))));
        written.clear();
        talk.bypass(p, "npc_" + roxxy.objectId() + "_goto 1001");
        assertEquals(1, fx.sink(p).count(TeleportToLocation.OPCODE));
        assertEquals(-99586, p.x(), "at the Obelisk of Victory");
        assertEquals(530, ledger.count(p, 57));
        assertEquals(1, written.size(), "one transaction");
    }

    @Test
    void aLinkNotOnThePageOrFromAfarIsIgnored() {
        Player p = fx.player("Forger", ROXXY_X + 60, ROXXY_Y);
        ledger.apply(p, List.of(new ItemLedger.Delta(57, 100_000)));
        fx.ticks(1);
        talk.bypass(p, "npc_" + roxxy.objectId() + "_goto 1001");
        assertEquals(0, fx.sink(p).count(TeleportToLocation.OPCODE), "no page shown yet");
        click(p, roxxy);
        talk.bypass(p, "npc_" + roxxy.objectId() + "_goto 1"); // DE Village -> Gludio: not Roxxy's
        talk.bypass(p, "npc_" + roxxy.objectId() + "_goto 1001 ");
        talk.bypass(p, "npc_999_goto 1001");
        talk.bypass(p, "admin_teleport 0 0 0");
        talk.bypass(p, "");
        assertEquals(0, fx.sink(p).count(TeleportToLocation.OPCODE));
        assertEquals(100_000, ledger.count(p, 57));

        fx.world.relocate(p, ROXXY_X + 2000, ROXXY_Y, -3000);
        talk.bypass(p, "npc_" + roxxy.objectId() + "_goto 1001");
        assertEquals(0, fx.sink(p).count(TeleportToLocation.OPCODE), "too far from Roxxy");
        assertEquals(100_000, ledger.count(p, 57));
        assertFalse(fx.sink(p).closed, "a forged link never closes the connection");
    }

    @Test
    void aFarClickWalksUpToTheNpcAndThenTalks() {
        Player p = fx.player("Walker", ROXXY_X + 1200, ROXXY_Y);
        fx.ticks(1);
        click(p, roxxy);
        assertEquals(0, fx.sink(p).count(NpcHtmlMessage.OPCODE), "too far to talk yet");
        assertTrue(p.isMoving(), "walks toward her");
        fx.ticks(100); // 10 s: 1200 units at run speed
        assertNotNull(lastPage(p));
        assertTrue(p.isWithin2d(roxxy, NpcTalk.TALK_RANGE + 40));
    }

    @Test
    void anNpcScriptByIdShowsItsPageWithItsValuesAndAnswersItsLink() {
        Npc roien =
                new Npc(0x20000003, TestData.world().npcs().get(30008).orElseThrow(), ROXXY_X, ROXXY_Y - 100, -3000, 0);
        fx.world.spawn(roien);
        Player p = fx.player("Pupil", ROXXY_X, ROXXY_Y - 150);
        fx.ticks(1);
        click(p, roien);
        String page = lastPage(p);
        assertTrue(page.contains("Welcome, Pupil. You are level 1."), page);
        assertTrue(page.contains("npc_" + roien.objectId() + "_advice"), page);
        talk.link(p, "roien-more.htm");
        assertTrue(lastPage(p).contains("The bell by the gate"), lastPage(p));
        assertTrue(lastPage(p).contains("npc_" + roien.objectId() + "_advice"), "the linked page has the NPC's id");
        int shown = fx.sink(p).count(NpcHtmlMessage.OPCODE);
        talk.link(p, "../../config/gameserver.properties");
        talk.link(p, "roien.htm"); // a page, but not linked from the last one
        assertEquals(shown, fx.sink(p).count(NpcHtmlMessage.OPCODE), "only the last page's links");
        talk.bypass(p, "npc_" + roien.objectId() + "_advice");
        assertTrue(lastPage(p).contains("At level 1, hunt nothing stronger"), lastPage(p));
    }

    Npc spawn(int objectId, int templateId, int x, int y) {
        Npc n = new Npc(objectId, TestData.world().npcs().get(templateId).orElseThrow(), x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    @Test
    void aTypeScriptAnswersForEveryNpcOfItsTypeAndOthersGetTheDefaultPage() {
        Npc guard = spawn(0x20000002, 30039, ROXXY_X, ROXXY_Y + 100);
        Player p = fx.player("Curious", ROXXY_X, ROXXY_Y + 150);
        fx.ticks(1);
        click(p, guard);
        String page = lastPage(p);
        assertTrue(page.contains("Gilbert:<br>Move along, Curious"), page); // townsfolk.groovy, type guard

        Npc helper = spawn(0x20000004, 30312, ROXXY_X, ROXXY_Y + 200); // type folk, no script, no own page
        click(p, helper);
        page = lastPage(p);
        assertTrue(page.contains(helper.name() + ":<br>Greetings, Curious."), page);
    }

    @Test
    void aMerchantOffersItsBuyListsAndTheSellWindow() {
        Npc lector = spawn(0x20000005, 30001, ROXXY_X, ROXXY_Y + 300);
        Player p = fx.player("Shopper", ROXXY_X, ROXXY_Y + 350);
        fx.ticks(1);
        click(p, lector);
        String page = lastPage(p);
        List<Integer> lists = TestData.world().buyLists().ofNpc(30001);
        assertFalse(lists.isEmpty());
        for (int list : lists) {
            assertTrue(page.contains("npc_" + lector.objectId() + "_Buy " + list), page);
        }
        assertTrue(page.contains("npc_" + lector.objectId() + "_Sell"), page);
        talk.bypass(p, "npc_" + lector.objectId() + "_Buy " + lists.get(0));
        List<byte[]> opened = fx.sink(p).withOpcode(org.aden.game.network.server.shop.BuyList.OPCODE);
        assertEquals(1, opened.size(), "the buy list window");
        assertEquals(lists.get(0), new PacketReader(opened.get(0), 5, 4).readD());
        talk.bypass(p, "npc_" + lector.objectId() + "_Sell");
        assertEquals(1, fx.sink(p).count(org.aden.game.network.server.shop.SellList.OPCODE), "the sell window");
    }
}
