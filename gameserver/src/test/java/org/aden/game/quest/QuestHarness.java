package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.combat.Deaths;
import org.aden.game.combat.Drops;
import org.aden.game.combat.TestKills;
import org.aden.game.dialog.NpcTalk;
import org.aden.game.dialog.ScriptEvents;
import org.aden.game.dialog.ScriptTimers;
import org.aden.game.dialog.TalkServices;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemLedger;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.aden.game.script.ScriptHost;
import org.aden.game.shop.Exchanges;
import org.aden.game.shop.Shops;
import org.aden.game.stat.PlayerStats;
import org.aden.game.warehouse.Warehouses;
import org.aden.game.world.WorldFixture;

/**
 * A quest test bench without network: a world on a fake clock, the real datapack and the shipped scripts
 * (quests included), the real talk, kill and exp code, and one scripted player. Item changes and quest writes are
 * recorded instead of reaching a database (DbQuestStoreTest covers the database), so a test can count them.
 *
 * <pre>
 * QuestHarness h = new QuestHarness();
 * h.player(level) ; h.talk(30048) ; h.click("Quest 1 accept") ; h.kill(20120) ; h.count(687) ; h.state(1)
 * </pre>
 */
public final class QuestHarness {
    private static ScriptHost scripts;

    public final WorldFixture fx = new WorldFixture();
    public final List<ItemChange> itemWrites = new ArrayList<>();
    public final List<QuestRecord> questWrites = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(0x30000000);
    public final ItemLedger ledger = new ItemLedger(TestData.world().items(), ids::incrementAndGet, c -> {
        itemWrites.add(c);
        return CompletableFuture.completedFuture(null);
    });
    public final Combat combat = new Combat(fx.world, fx.actions, new Random(7));
    public final Deaths deaths = new Deaths(
            fx.world,
            combat,
            TestData.world().experience(),
            new PlayerStats(TestData.world().characterTemplates()),
            new Teleports(fx.world, fx.actions),
            TestData.world().mapRegions(),
            Drops.NONE);
    public final NpcTalk talk;
    private final ScriptHost host;
    /** The scripts' world events, wired as the server wires them (spawns, hits, kills, level-ups). */
    public final ScriptEvents events;

    private final Map<Integer, Npc> npcs = new java.util.HashMap<>();
    /** Trainers and village masters as the server has them (skill rows recorded nowhere). */
    private final org.aden.game.learn.SkillLearning learning = new org.aden.game.learn.SkillLearning(
            fx.world, ledger, TestData.world().skillTrees(), TestData.world().trainers(), w -> {});
    /** The monsters quests called up (the real {@link MonsterSpawns}), in order. */
    public final List<Npc> spawned = new ArrayList<>();

    private final MonsterSpawns monsters =
            new MonsterSpawns(fx.world, TestData.world().npcs(), ids::incrementAndGet, combat::attack);
    private Player player;
    private Npc lastNpc;

    /** A harness whose script chances come from a seeded random (the same run every time). */
    public QuestHarness() {
        this(7);
    }

    public QuestHarness(long seed) {
        this(seed, scripts());
    }

    /** A harness with the scripts of another folder (tests of the script events). */
    public QuestHarness(Path scriptsRoot) {
        this(7, scripts(scriptsRoot));
    }

    /** The scripts this harness runs. */
    public ScriptHost host() {
        return host;
    }

    private QuestHarness(long seed, ScriptHost host) {
        this.host = host;
        QuestStore store = new QuestStore() {
            @Override
            public CompletableFuture<Void> save(int characterId, QuestRecord quest) {
                questWrites.add(quest);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> delete(int characterId, String questName) {
                questWrites.add(QuestRecord.created(questName, 0));
                return CompletableFuture.completedFuture(null);
            }
        };
        TalkServices services = new TalkServices(
                fx.world,
                host,
                ledger,
                TestData.world().teleports(),
                new Teleports(fx.world, fx.actions),
                new Shops(fx.world, TestData.world().buyLists(), ledger),
                new Exchanges(fx.world, TestData.world().multisells(), ledger),
                new Warehouses(fx.world, ledger),
                new QuestServices(store, deaths::gain, new Random(seed), (id, x, y, z, target) -> {
                    Npc n = monsters.spawnAttacker(id, x, y, z, target);
                    if (n != null) {
                        spawned.add(n);
                    }
                    return n;
                }),
                learning,
                new org.aden.game.classchange.ClassChanging(
                        fx.world,
                        ledger,
                        TestData.world().classChanges(),
                        new PlayerStats(TestData.world().characterTemplates()),
                        learning,
                        false),
                new ScriptTimers(fx.world));
        talk = new NpcTalk(services);
        events = new ScriptEvents(services, TestData.world().zones());
        fx.world.onSpawned(events::spawned);
        combat.onHit(events::attacked);
        deaths.onLevelUp(events::levelledUp);
        fx.actions.setInteraction(talk.interactionOr(combat::playerAttacks));
        deaths.onKill((p, n) -> {
            talk.killed(p, n);
            events.killed(p, n);
        });
    }

    /** The shipped scripts, compiled once per test run; they must compile without a problem. */
    public static synchronized ScriptHost scripts() {
        if (scripts == null) {
            ScriptHost host = new ScriptHost(Path.of(System.getProperty("aden.root", ".."), "scripts"), 1000);
            List<String> errors = host.loadAll().errors();
            assertTrue(errors.isEmpty(), "the shipped scripts compile: " + errors);
            scripts = host; // kept only when clean, so that every test of a broken run fails
        }
        return scripts;
    }

    /** The scripts of a folder, compiled for this harness (their state is its own); they must compile cleanly. */
    public static ScriptHost scripts(Path root) {
        ScriptHost host = new ScriptHost(root, 1000);
        List<String> errors = host.loadAll().errors();
        assertTrue(errors.isEmpty(), "the scripts of " + root + " compile: " + errors);
        return host;
    }

    /** The scripted player, at the given level, in Talking Island. */
    public Player player(int level) {
        return player(level, 0, 0);
    }

    /** The scripted player of a race (0 human ... 4 dwarf, as PlayerView numbers them) and class, at a level. */
    public Player player(int level, int race, int classId) {
        player = fx.player("Questor", -84000, 243000, race, classId);
        long exp = TestData.world().experience().expFor(level);
        player.setProgress(level, exp, 0);
        fx.ticks(1);
        return player;
    }

    public Player player() {
        return player;
    }

    /** An NPC of the datapack by template id, spawned next to the player (once per id). */
    public Npc npc(int templateId) {
        return npcs.computeIfAbsent(templateId, id -> {
            Npc n = new Npc(
                    0x20000000 + npcs.size(),
                    TestData.world().npcs().get(id).orElseThrow(),
                    player.x() + 40,
                    player.y(),
                    player.z(),
                    0);
            fx.world.spawn(n);
            return n;
        });
    }

    /** Walks up to an NPC (it is placed beside the player) and talks: returns the page shown. */
    public String talk(int templateId) {
        Npc n = npc(templateId);
        lastNpc = n;
        fx.actions.action(player, n.objectId());
        fx.actions.action(player, n.objectId());
        return page();
    }

    /**
     * Clicks a link tied to no NPC ({@code tips}), as the client sends it; the server checks it was offered. Returns
     * the page shown then.
     */
    public String clickLink(String link) {
        talk.bypass(player, link);
        return page();
    }

    /** The player hits an NPC (spawned beside the player by {@link #npc}) for that damage, as combat reports it. */
    public void hit(int templateId, int damage) {
        combat.damage(player, npc(templateId), damage);
    }

    /** The player's skill took effect on an NPC beside the player, as casting reports it (null: on itself). */
    public void cast(int skillId, int level, Integer targetTemplateId) {
        List<org.aden.game.actor.Creature> affected =
                targetTemplateId == null ? List.of(player) : List.of(npc(targetTemplateId));
        events.skillLaunched(player, skillId, level, affected);
    }

    /** Lets the fake clock run: the world ticks every 100 ms for that long. */
    public void waitMillis(long millis) {
        for (long t = 0; t < millis; t += 100) {
            fx.clock.advance(100);
            fx.world.tick();
        }
    }

    /**
     * Clicks a link of the last page by its command ({@code Quest}, {@code Quest 1 accept}): sent as the client
     * would, {@code npc_<objectId>_<command>}; the server checks it was offered. Returns the page shown then.
     */
    public String click(String command) {
        talk.bypass(player, "npc_" + lastNpc.objectId() + "_" + command);
        return page();
    }

    /** The commands of the links on the last page. */
    public List<String> links() {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("bypass -h npc_\\d+_([^\"]+)\"").matcher(page());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The player kills one monster of the datapack (spawned beside the player), as combat reports a kill. */
    public void kill(int templateId) {
        Npc n = new Npc(
                ids.incrementAndGet(),
                TestData.world().npcs().get(templateId).orElseThrow(),
                player.x() + 60,
                player.y(),
                player.z(),
                0);
        fx.world.spawn(n);
        TestKills.kill(deaths, n, player);
    }

    /** Puts the bag item of this id in the player's right hand (as wielding a weapon does). */
    public void wield(int itemId) {
        List<org.aden.game.item.ItemData> after = new ArrayList<>();
        boolean done = false;
        for (org.aden.game.item.ItemData i :
                org.aden.game.item.Inventory.of(player).items()) {
            if (!done && i.itemId() == itemId && !i.equipped()) {
                i = new org.aden.game.item.ItemData(
                        i.objectId(),
                        i.ownerId(),
                        i.itemId(),
                        i.count(),
                        i.enchantLevel(),
                        org.aden.game.item.ItemLocation.PAPERDOLL,
                        org.aden.game.item.PaperdollSlot.RIGHT_HAND.id());
                done = true;
            }
            after.add(i);
        }
        assertTrue(done && ledger.rearrange(player, after), "wields item " + itemId);
    }

    /** The player kills the living monster of this template a quest called up; false when there is none. */
    public boolean killSpawned(int templateId) {
        for (Npc n : spawned) {
            if (n.template().id() == templateId && !n.isDead() && fx.world.object(n.objectId()) == n) {
                TestKills.kill(deaths, n, player);
                return true;
            }
        }
        return false;
    }

    /** "Abort quest" in the quest window (RequestQuestAbort). */
    public void abort(int questId) {
        talk.abortQuest(player, questId);
    }

    public long count(int itemId) {
        return ledger.count(player, itemId);
    }

    /** The player's stored progress in a quest, or null. */
    public QuestRecord state(String questName) {
        return QuestLog.of(player).get(questName);
    }

    /** The last page the player received (empty when none). */
    public String page() {
        List<byte[]> pages = fx.sink(player).withOpcode(NpcHtmlMessage.OPCODE);
        if (pages.isEmpty()) {
            return "";
        }
        byte[] b = pages.get(pages.size() - 1);
        PacketReader r = new PacketReader(b, 1, b.length - 1);
        r.readD();
        return r.readS();
    }

    /** Asserts that a step changed nothing: no item written, no quest written, the same exp. */
    public void assertNothingMoreGiven(Runnable step) {
        int items = itemWrites.size();
        int quests = questWrites.size();
        long exp = player.exp();
        step.run();
        assertEquals(items, itemWrites.size(), "no item changed");
        assertEquals(quests, questWrites.size(), "no quest progress written");
        assertEquals(exp, player.exp(), "no exp given");
        assertFalse(page().contains("%"), "placeholders filled in: " + page());
    }
}
