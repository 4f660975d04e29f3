package org.aden.game.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.classchange.ClassChanging;
import org.aden.game.item.ItemLedger;
import org.aden.game.learn.SkillLearning;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.aden.game.network.server.skill.AcquireSkillList;
import org.aden.game.quest.QuestServices;
import org.aden.game.script.ScriptHost;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped trainer.groovy and village-master.groovy through the real talk code, links and all. */
class TrainerAndMasterTalkTest {
    static ScriptHost scripts;

    final WorldFixture fx = new WorldFixture();
    final AtomicInteger ids = new AtomicInteger(0x31000000);
    final ItemLedger ledger = new ItemLedger(
            TestData.world().items(), ids::incrementAndGet, c -> CompletableFuture.completedFuture(null));
    final SkillLearning learning = new SkillLearning(
            fx.world, ledger, TestData.world().skillTrees(), TestData.world().trainers(), w -> {});

    NpcTalk talk(boolean free) {
        NpcTalk t = new NpcTalk(new TalkServices(
                fx.world,
                scripts,
                ledger,
                TestData.world().teleports(),
                new Teleports(fx.world, fx.actions),
                new org.aden.game.shop.Shops(fx.world, TestData.world().buyLists(), ledger),
                new org.aden.game.shop.Exchanges(fx.world, TestData.world().multisells(), ledger),
                new org.aden.game.warehouse.Warehouses(fx.world, ledger),
                QuestServices.unsaved(),
                learning,
                new ClassChanging(
                        fx.world,
                        ledger,
                        TestData.world().classChanges(),
                        new PlayerStats(TestData.world().characterTemplates()),
                        learning,
                        free)));
        fx.actions.setInteraction(t.interactionOr((p, o) -> {
            throw new AssertionError("a peaceful NPC is never attacked");
        }));
        return t;
    }

    @BeforeAll
    static void compileTheShippedScripts() {
        scripts = new ScriptHost(Path.of(System.getProperty("aden.root", ".."), "scripts"), 1000);
        assertTrue(scripts.loadAll().errors().isEmpty(), "the shipped scripts compile");
    }

    String lastPage(Player p) {
        List<byte[]> pages = fx.sink(p).withOpcode(NpcHtmlMessage.OPCODE);
        assertFalse(pages.isEmpty(), "a page was shown");
        byte[] b = pages.get(pages.size() - 1);
        PacketReader r = new PacketReader(b, 1, b.length - 1);
        r.readD();
        return r.readS();
    }

    Npc spawn(int objectId, int templateId) {
        Npc n = new Npc(objectId, TestData.world().npcs().get(templateId).orElseThrow(), 1060, 1000, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    void click(Player p, Npc n) {
        fx.ticks(1);
        fx.actions.action(p, n.objectId());
        fx.actions.action(p, n.objectId());
    }

    @Test
    void aTrainersLinkOpensTheLearningWindow() {
        NpcTalk talk = talk(false);
        Npc auron = spawn(0x20000010, 30010);
        Player p = fx.player("Pupil", 1000, 1000);
        p.setProgress(5, 0, 100);
        click(p, auron);
        String page = lastPage(p);
        assertTrue(page.contains("npc_" + auron.objectId() + "_SkillList"), page);
        talk.bypass(p, "npc_" + auron.objectId() + "_SkillList");
        assertEquals(1, fx.sink(p).count(AcquireSkillList.OPCODE));
    }

    @Test
    void aTrainerTeachesOnlyItsClassesAndAThirdClassWhereItsParentIsTaught() {
        NpcTalk talk = talk(false);
        Npc auron = spawn(0x20000010, 30010); // Auron teaches the human fighters (datapack/trainers)
        Player mystic = fx.player("Acolyte", 1000, 1000);
        mystic.setClassId(10); // Human Mystic
        mystic.setProgress(5, 0, 100);
        click(mystic, auron);
        talk.bypass(mystic, "npc_" + auron.objectId() + "_SkillList");
        assertEquals(0, fx.sink(mystic).count(AcquireSkillList.OPCODE), "no window for a class Auron does not teach");
        assertTrue(lastPage(mystic).contains("not one I teach"), lastPage(mystic));
        // a forged lesson is refused too: the window was never opened at this trainer
        learning.learn(mystic, new org.aden.game.network.client.skill.RequestAcquireSkill(1177, 1, 0));
        assertEquals(0, org.aden.game.skill.SkillBook.of(mystic).level(1177), "Wind Strike not learnt");

        Player fighter = fx.player("Recruit", 1000, 1010);
        fighter.setProgress(5, 0, 100);
        click(fighter, auron);
        talk.bypass(fighter, "npc_" + auron.objectId() + "_SkillList");
        assertEquals(1, fx.sink(fighter).count(AcquireSkillList.OPCODE), "a Human Fighter is taught");

        Player duelist = fx.player("Blademaster", 1000, 1020);
        duelist.setClassId(88); // Duelist, a third class after Gladiator (2), which Auron teaches
        duelist.setProgress(76, 0, 0);
        assertTrue(learning.teaches(auron, duelist));
        Npc zigaunt = spawn(0x20000011, 30022); // a priest of the human healers
        assertFalse(learning.teaches(zigaunt, duelist));
        assertFalse(learning.teaches(zigaunt, fighter));
        mystic.setClassId(15); // Cleric
        assertTrue(learning.teaches(zigaunt, mystic));
    }

    @Test
    void aDwarvenWarehouseKeeperTeachesDwarvesOnly() {
        NpcTalk talk = talk(false);
        Npc murdoc = spawn(0x20000012, 30521); // Dwarven Village warehouse keeper, teaches 53-55
        Player human = fx.player("Porter", 1000, 1000);
        click(human, murdoc);
        assertFalse(lastPage(human).contains("_SkillList"), lastPage(human));
        assertTrue(lastPage(human).contains("_DepositP"), lastPage(human));

        Player dwarf = fx.player("Digger", 1000, 1010);
        dwarf.setClassId(53); // Dwarven Fighter
        dwarf.setProgress(5, 0, 100);
        click(dwarf, murdoc);
        assertTrue(lastPage(dwarf).contains("npc_" + murdoc.objectId() + "_SkillList"), lastPage(dwarf));
        talk.bypass(dwarf, "npc_" + murdoc.objectId() + "_SkillList");
        assertEquals(1, fx.sink(dwarf).count(AcquireSkillList.OPCODE));
    }

    @Test
    void aMasterListsTheClassesOfThePathAndChangesWithTheProof() {
        NpcTalk talk = talk(false);
        Npc bitz = spawn(0x20000026, 30026); // a master of fighters
        Player p = fx.player("Squire", 1000, 1000);
        p.setProgress(20, 0, 0);
        click(p, bitz);
        talk.bypass(p, "npc_" + bitz.objectId() + "_ClassChange");
        String page = lastPage(p);
        assertTrue(page.contains("Warrior") && page.contains("Human Knight") && page.contains("Rogue"), page);
        assertTrue(page.contains("missing Medallion of Warrior"), page);
        assertFalse(page.contains("_ChangeTo 1\""), "no link without the proof: " + page);
        talk.bypass(p, "npc_" + bitz.objectId() + "_ChangeTo 1");
        assertEquals(0, p.classId(), "a link that was not offered does nothing");

        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(1145, 1))));
        click(p, bitz);
        talk.bypass(p, "npc_" + bitz.objectId() + "_ClassChange");
        assertTrue(lastPage(p).contains("_ChangeTo 1\""));
        talk.bypass(p, "npc_" + bitz.objectId() + "_ChangeTo 1");
        assertEquals(1, p.classId(), "a Warrior");
        assertEquals(0, ledger.count(p, 1145));
    }

    @Test
    void aMasterOfAnotherKindHasNothingForThePlayerAndFreeModeNeedsNoProof() {
        NpcTalk talk = talk(true);
        Npc orcMaster = spawn(0x20000027, 30500); // Osborn, orc village master
        Player p = fx.player("Stranger", 1000, 1000);
        p.setProgress(20, 0, 0);
        click(p, orcMaster);
        talk.bypass(p, "npc_" + orcMaster.objectId() + "_ClassChange");
        assertFalse(lastPage(p).contains("_ChangeTo"), "orc masters do not serve humans");

        Npc bitz = spawn(0x20000026, 30026);
        click(p, bitz);
        talk.bypass(p, "npc_" + bitz.objectId() + "_ClassChange");
        assertTrue(lastPage(p).contains("No proof is asked"));
        talk.bypass(p, "npc_" + bitz.objectId() + "_ChangeTo 7");
        assertEquals(7, p.classId(), "a Rogue without a proof");
    }
}
