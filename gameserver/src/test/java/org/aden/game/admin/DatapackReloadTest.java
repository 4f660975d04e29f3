package org.aden.game.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.content.DatapackPart;
import org.aden.game.content.WorldData;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.door.Doors;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemLocation;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.shop.BuyList;
import org.aden.game.reload.LiveContent;
import org.aden.game.shop.Shops;
import org.aden.game.spawn.Spawner;
import org.aden.game.staticobject.StaticObjects;
import org.aden.game.world.WorldFixture;
import org.aden.game.world.command.CommandCounts;
import org.aden.game.zone.MapRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code //reload datapack PART} reaches what the systems built at start hold: an inventory made before the reload
 * sees the new item template, a merchant's list the new item price, {@code //spawn} the new NPC template, the zone
 * and map-region queries the new shapes and restart points, the level-up the new experience table. A reload with
 * errors changes none of them. Each test edits its own copy of the datapack; the loaded start data is never touched.
 */
class DatapackReloadTest {
    static final WorldData DATA = TestData.world();
    static final int SHORT_SWORD = 1;
    static final int KELTIR = 20481;
    static final int X = -71000;
    static final int Y = 258000;

    /** Shared by the tests: keyed by content, so only the files a test changed are parsed again. */
    @TempDir
    static Path cache;

    @TempDir
    Path temp;

    Path copy;
    final WorldFixture f = new WorldFixture();
    final HighWaterMarkIdFactory ids = new HighWaterMarkIdFactory(HighWaterMarkIdFactory.FIRST_ID + 0x100000);
    final AdminCommands admin = new AdminCommands();
    LiveContent live;
    Player gm;

    @BeforeEach
    void start() throws IOException {
        copy = temp.resolve("datapack");
        try (Stream<Path> s = Files.walk(TestData.datapackDir())) {
            for (Path p : s.toList()) {
                Path target = copy.resolve(TestData.datapackDir().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.toString().contains(".cache")) {
                    Files.copy(p, target);
                }
            }
        }
        live = new LiveContent(
                f.world,
                new XmlDatapack(copy).cachedIn(cache),
                DATA,
                new Spawner(f.world, DATA.npcs(), ids, new Random(3), copy),
                new Doors(f.world, ids::nextId),
                new StaticObjects(f.world, ids::nextId),
                false, // the spawn table stays out of the world: these tests are about templates
                Runnable::run);
        WorldAdminCommands.register(admin, live);
        admin.setContext(new AdminContext(
                f.world, f.actions, new Teleports(f.world, f.actions), null, null, new CommandCounts()));
        gm = f.player("Gm", X, Y);
        gm.setAccessLevel(BuiltinAdminCommands.ADMIN);
    }

    void edit(String file, String regex, String replacement) throws IOException {
        Path p = copy.resolve(file);
        String before = Files.readString(p);
        String after = before.replaceFirst(regex, replacement);
        assertFalse(before.equals(after), "the edit applies to " + file);
        Files.writeString(p, after);
    }

    String reload(String part) {
        admin.handle(gm, "reload datapack" + (part.isEmpty() ? "" : " " + part));
        f.ticks(1);
        return WorldAdminCommandsTest.last(f.sink(gm));
    }

    @Test
    void anItemReloadReachesInventoriesMadeBeforeItAndTheMerchantsPrices() throws IOException {
        Inventory bag = new Inventory(
                live.items(),
                List.of(new ItemData(0x30000001, gm.objectId(), SHORT_SWORD, 1, 0, ItemLocation.INVENTORY, -1)));
        ItemData sword = bag.items().get(0);
        assertEquals("Short Sword", bag.template(sword).name());
        AtomicInteger objectIds = new AtomicInteger(0x30000100);
        ItemLedger ledger =
                new ItemLedger(live.items(), objectIds::incrementAndGet, c -> CompletableFuture.completedFuture(null));
        Shops shops = new Shops(f.world, DATA.buyLists(), ledger);
        live.onSwap(DatapackPart.BUYLISTS, d -> shops.replaceLists(d.buyLists())); // as the game server does
        Npc merchant = new Npc(0x20000001, DATA.npcs().get(30001).orElseThrow(), X + 50, Y, -3000, 0);
        f.world.spawn(merchant);
        assertEquals(590, firstPrice(shops, merchant), "list 3000100 sells the Short Sword at its item price");

        edit(
                "items/00000-00999.xml",
                "<weapon id=\"1\" name=\"Short Sword\"([^>]*) price=\"590\"",
                "<weapon id=\"1\" name=\"Short Blade\"$1 price=\"777\"");
        String reply = reload("items");
        assertTrue(reply.startsWith("Datapack reloaded; templates in use: items"), reply);
        assertEquals("Short Blade", bag.template(sword).name(), "the item in the bag has the new template");
        assertEquals(777, bag.template(sword).price());
        assertEquals(777, firstPrice(shops, merchant), "the list without a price of its own sells at the new one");
        assertEquals("Short Sword", DATA.items().get(SHORT_SWORD).name(), "the data loaded at start is untouched");

        // a reload with errors: the new name in the file, a broken file beside it, the old template stays
        edit("items/00000-00999.xml", "name=\"Short Blade\"", "name=\"Never Seen\"");
        Files.writeString(copy.resolve("items/zz-broken.xml"), "<items><weapon id=\"1\"/></items>\n");
        reload("items");
        assertTrue(
                WorldAdminCommandsTest.replies(f.sink(gm)).stream()
                        .anyMatch(r -> r.startsWith("Datapack reload refused")),
                WorldAdminCommandsTest.replies(f.sink(gm)).toString());
        assertEquals("Short Blade", bag.template(sword).name());
        assertEquals(777, firstPrice(shops, merchant));
    }

    /** The price of the first entry of list 3000100 (the Short Sword) as the BuyList window shows it. */
    long firstPrice(Shops shops, Npc merchant) {
        f.sink(gm).clear();
        assertTrue(shops.showBuyList(gm, merchant, 3000100));
        byte[] b = f.sink(gm).withOpcode(BuyList.OPCODE).get(0);
        PacketReader r = new PacketReader(b, 1, b.length - 1);
        r.readD(); // adena
        assertEquals(3000100, r.readD());
        r.readH(); // entries
        r.readH();
        r.readD();
        assertEquals(SHORT_SWORD, r.readD());
        r.readD();
        r.readH();
        r.readH();
        r.readD();
        r.readH();
        r.readH();
        r.readH();
        return r.readD();
    }

    @Test
    void anNpcReloadGivesSpawnTheNewTemplate() throws IOException {
        edit(
                "npcs/20000-20999.xml",
                "(<npc id=\"20481\" name=\"Bearded Keltir\" type=\"monster\") level=\"1\"",
                "$1 level=\"7\"");
        admin.handle(gm, "spawn " + KELTIR);
        f.ticks(1);
        Npc before = newest();
        assertEquals(1, before.template().level());
        String reply = reload("npcs");
        assertTrue(reply.contains("NPC templates"), reply);
        admin.handle(gm, "spawn " + KELTIR);
        f.ticks(1);
        Npc after = newest();
        assertEquals(7, after.template().level());
        f.actions.action(gm, after.objectId());
        admin.handle(gm, "npcinfo");
        List<String> r = WorldAdminCommandsTest.replies(f.sink(gm));
        assertTrue(r.get(r.size() - 3).contains("Bearded Keltir, level 7"), r.get(r.size() - 3));
        assertEquals(1, before.template().level(), "an NPC already in the world keeps the template it was made of");
        assertEquals(7, live.npcs().get(KELTIR).orElseThrow().level());
        assertEquals(1, DATA.npcs().get(KELTIR).orElseThrow().level());
    }

    Npc newest() {
        return gm.known().stream()
                .filter(o -> o instanceof Npc)
                .map(o -> (Npc) o)
                .max(java.util.Comparator.comparingInt(Npc::objectId))
                .orElseThrow();
    }

    /** A new zones file: a peace zone 1000 units square around (x, y). */
    void writePeaceZone(int x, int y) throws IOException {
        Files.writeString(copy.resolve("zones/zz-test.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <zones>
                  <zone name="test_peace" type="peace" shape="polygon" min-z="-5000" max-z="0">
                    <node x="%d" y="%d"/>
                    <node x="%d" y="%d"/>
                    <node x="%d" y="%d"/>
                    <node x="%d" y="%d"/>
                  </zone>
                </zones>
                """.formatted(
                        x - 500, y - 500, x + 500, y - 500, x + 500, y + 500, x - 500, y + 500));
    }

    /** A point of the world in no zone at all (the wilderness), found the same way every run. */
    static int[] wilderness() {
        for (int x = -100_000; x < 200_000; x += 7_919) {
            for (int y = -200_000; y < 250_000; y += 7_919) {
                if (DATA.zones().at(x, y, -3000).isEmpty()) {
                    return new int[] {x, y};
                }
            }
        }
        throw new AssertionError("no point outside every zone");
    }

    @Test
    void zoneMapRegionAndExperienceReloadsChangeTheirQueries() throws IOException {
        int z = -3000;
        int[] at = wilderness();
        int X = at[0];
        int Y = at[1];
        assertFalse(live.zones().isPeace(X, Y, z), "no peace zone here yet");
        writePeaceZone(X, Y);
        // Aden's first restart point moves, level 2 needs 70 exp instead of 68
        edit(
                "map-regions/aden-town.xml",
                "<restart-point x=\"146494\" y=\"30584\"",
                "<restart-point x=\"146500\" y=\"30584\"");
        edit("experience/experience.xml", "<level level=\"2\" exp=\"68\"/>", "<level level=\"2\" exp=\"70\"/>");
        int adenX = (24 - 16) * 32768 - 131072 + 1000;
        int adenY = (18 - 10) * 32768 - 262144 + 1000;
        MapRegions regions = live.mapRegions();

        String reply = reload("zones");
        assertTrue(reply.contains("templates in use: zones"), reply);
        assertTrue(live.zones().isPeace(X, Y, z), "the new peace zone holds the point");
        assertEquals(
                146494, regions.townRestartPoint(adenX, adenY).orElseThrow().x(), "another part waits");
        assertEquals(68, live.experience().expFor(2));

        reload("map-regions");
        assertEquals(
                146500, regions.townRestartPoint(adenX, adenY).orElseThrow().x());
        reload("experience");
        assertEquals(70, live.experience().expFor(2));
        assertEquals(68, DATA.experience().expFor(2), "the data loaded at start is untouched");
        assertFalse(DATA.zones().isPeace(X, Y, z));
    }

    @Test
    void aWholeReloadWithAnErrorKeepsEveryTemplateAndAPartNoSystemUsesIsRefused() throws IOException {
        WorldData before = live.current();
        int[] at = wilderness();
        int X = at[0];
        int Y = at[1];
        writePeaceZone(X, Y);
        edit("experience/experience.xml", "<level level=\"2\" exp=\"68\"/>", "<level level=\"2\" exp=\"70\"/>");
        Files.writeString(copy.resolve("npcs/zz-broken.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <npcs>
                  <npc id="20481" name="Twice" type="monster" level="1"/>
                </npcs>
                """);
        reload("");
        List<String> r = WorldAdminCommandsTest.replies(f.sink(gm));
        assertTrue(r.stream().anyMatch(l -> l.startsWith("Datapack reload refused")), r.toString());
        assertSame(before, live.current());
        assertFalse(live.zones().isPeace(X, Y, -3000), "the zone of the refused datapack is not in use");
        assertEquals(68, live.experience().expFor(2));

        f.sink(gm).clear();
        assertEquals(
                "Not reloaded: armour-sets are checked but not used by the game yet: nothing to reload.",
                reload("armour-sets"));
        assertTrue(reload("initial-equipment").contains("reload datapack chars"));
        assertEquals(2, WorldAdminCommandsTest.replies(f.sink(gm)).size(), "each refused at once, nothing read");
    }
}
