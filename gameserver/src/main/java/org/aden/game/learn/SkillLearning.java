package org.aden.game.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.character.template.Race;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.network.client.skill.RequestAcquireSkill;
import org.aden.game.network.client.skill.RequestAcquireSkillInfo;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.skill.AcquireSkillDone;
import org.aden.game.network.server.skill.AcquireSkillInfo;
import org.aden.game.network.server.skill.AcquireSkillList;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillMapper;
import org.aden.game.skill.SkillTrees;
import org.aden.game.world.World;

/**
 * Skill learning at trainers (world-combat-skills.md §4), on the world thread. A trainer's page opens the list of
 * what the player's class line teaches at its level (the next level of each skill); the client asks for one skill's
 * cost and then to learn it, and every request is checked again against the tree, the level, the previous level, the
 * SP and the spellbooks, at the trainer the window was opened at, which must teach the player's class ({@link
 * Trainers}).
 *
 * <p>Persistence: the skill row, the SP left and the removal of the spellbooks (with their ledger line) are one
 * database transaction, written through the {@link ItemLedger} in this player's order of item changes; the
 * skill and the SP change in the world only once it committed. A crash therefore never keeps a spellbook taken
 * without its skill, nor a skill without its SP paid (the character's SP is written again by its next save, with
 * the same value).
 */
public final class SkillLearning {
    /** How near the trainer a player must stay (as for merchants and warehouse keepers). */
    static final int TRAINER_RANGE = 250;

    static final int MISSING_PREREQUISITES = 276;
    static final int LEARNED = 277;
    static final int NOT_ENOUGH_SP = 278;
    static final int COME_BACK_AT_LEVEL = 607;
    static final int NO_OTHER_SKILLS = 750;
    static final int ITEM_DISAPPEARED = 302;
    static final int ITEMS_DISAPPEARED = 301;

    private final World world;
    private final ItemLedger ledger;
    private SkillTrees trees; // replaced whole by //reload datapack skill-trees (world thread)
    private Trainers trainers; // and by //reload datapack trainers
    private final Consumer<ItemChange.AlsoWrite> directWrites;

    /**
     * @param directWrites writes rows without an item change (the skills a level-up gives), off the world thread
     */
    public SkillLearning(
            World world,
            ItemLedger ledger,
            SkillTrees trees,
            Trainers trainers,
            Consumer<ItemChange.AlsoWrite> directWrites) {
        this.world = world;
        this.ledger = ledger;
        this.trees = trees;
        this.trainers = trainers;
        this.directWrites = directWrites;
    }

    public SkillTrees trees() {
        return trees;
    }

    /** //reload datapack: the new trees apply from the next request on (world thread). */
    public void replaceTrees(SkillTrees trees) {
        this.trees = trees;
    }

    /** //reload datapack trainers or classes: who teaches whom, from the next request on (world thread). */
    public void replaceTrainers(Trainers trainers) {
        this.trainers = trainers;
    }

    /** Whether this trainer teaches the player's class (datapack/trainers). */
    public boolean teaches(Npc trainer, Player p) {
        return trainers.teaches(trainer.template().id(), p.classId());
    }

    /** The trainer a player's learning window is open at, and which tree. A player component; world thread only. */
    static final class Visit {
        int trainer;
        int type = AcquireSkillList.CLASS;
    }

    private static Visit visit(Player p) {
        return p.component(Visit.class, Visit::new);
    }

    /**
     * A trainer's "learn skills" link: the list, or why there is none (and the window closes). False, with nothing
     * sent, when this trainer does not teach the player's class: the trainer's page says so.
     */
    public boolean showList(Player p, Npc trainer) {
        if (!teaches(trainer, p)) {
            return false;
        }
        open(p, trainer, AcquireSkillList.CLASS);
        return true;
    }

    /** A fisherman's link: the fishing tree's skills for the player's race and level. */
    public void showFishingList(Player p, Npc fisherman) {
        open(p, fisherman, AcquireSkillList.FISHING);
    }

    private void open(Player p, Npc npc, int type) {
        Visit v = visit(p);
        v.trainer = npc.objectId();
        v.type = type;
        p.send(ActionFailed.INSTANCE);
        sendList(p);
    }

    /** The datapack's name of the player's race ({@code dark-elf}), as the fishing tree's races say. */
    static String race(Player p) {
        int id = p.appearance().race();
        Race r = id >= 0 && id < Race.values().length ? Race.values()[id] : Race.HUMAN;
        return r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private void sendList(Player p) {
        Map<Integer, Integer> known = SkillBook.of(p).levels();
        boolean fishing = visit(p).type == AcquireSkillList.FISHING;
        List<SkillTrees.Entry> now = fishing
                ? trees.learnableFishing(race(p), p.level(), known)
                : trees.learnable(p.classId(), p.level(), known);
        if (now.isEmpty()) {
            int next = fishing
                    ? trees.nextFishingLevel(race(p), p.level(), known)
                    : trees.nextLearnLevel(p.classId(), p.level(), known);
            p.send(next > 0 ? SystemMessage.number(COME_BACK_AT_LEVEL, next) : SystemMessage.of(NO_OTHER_SKILLS));
            p.send(AcquireSkillDone.INSTANCE);
            return;
        }
        p.send(new AcquireSkillList(
                visit(p).type,
                now.stream()
                        .map(e -> new AcquireSkillList.Entry(e.skillId(), e.level(), e.sp()))
                        .toList()));
    }

    /** RequestAcquireSkillInfo: the SP and spellbooks of one skill level the window offers. */
    public void info(Player p, RequestAcquireSkillInfo r) {
        SkillTrees.Entry e = offered(p, r.skillId(), r.level(), r.skillType());
        if (e == null) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        p.send(new AcquireSkillInfo(
                e.skillId(),
                e.level(),
                e.sp(),
                r.skillType(),
                e.items().stream()
                        .map(i -> new AcquireSkillInfo.Requirement(
                                r.skillType() == AcquireSkillList.FISHING
                                        ? AcquireSkillInfo.FISHING_ITEM
                                        : AcquireSkillInfo.SPELLBOOK,
                                i.itemId(),
                                i.count()))
                        .toList()));
    }

    /**
     * The entry of a skill level of the open window's tree (the player's class line, or the fishing tree for its
     * race), at a trainer near by; null otherwise.
     */
    private SkillTrees.Entry offered(Player p, int skillId, int level, int skillType) {
        if (skillType != visit(p).type || !trainerNear(p)) {
            return null;
        }
        if (skillType != AcquireSkillList.FISHING
                && !(world.object(visit(p).trainer) instanceof Npc n && teaches(n, p))) {
            return null; // the class changed while the window was open, or the trainers were reloaded
        }
        return (skillType == AcquireSkillList.FISHING
                        ? trees.findFishing(race(p), skillId, level)
                        : trees.find(p.classId(), skillId, level))
                .filter(e -> e.learnedByNpc() && !e.autoGet())
                .orElse(null);
    }

    /** RequestAcquireSkill: checks everything again, then learns as one transaction (see the class comment). */
    public void learn(Player p, RequestAcquireSkill r) {
        SkillTrees.Entry e = offered(p, r.skillId(), r.level(), r.skillType());
        if (e == null) {
            p.send(ActionFailed.INSTANCE); // not of this class line, not taught, or no trainer near
            return;
        }
        SkillBook book = SkillBook.of(p);
        // Interlude has no message of its own for a level too low or a previous level missing (Mobius's 2208 is a
        // later client's): 276 "you do not have the necessary materials or prerequisites" covers both
        if (e.minLevel() > p.level() || book.level(e.skillId()) != e.level() - 1) {
            p.send(SystemMessage.of(MISSING_PREREQUISITES));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (e.sp() > p.sp()) {
            p.send(SystemMessage.of(NOT_ENOUGH_SP));
            sendList(p);
            return;
        }
        for (SkillTrees.ItemCost i : e.items()) {
            if (ledger.count(p, i.itemId()) < i.count()) {
                p.send(SystemMessage.of(MISSING_PREREQUISITES));
                sendList(p);
                return;
            }
        }
        int characterId = p.objectId();
        int spLeft = p.sp() - e.sp();
        List<ItemLedger.Delta> books = e.items().stream()
                .map(i -> new ItemLedger.Delta(i.itemId(), -i.count()))
                .toList();
        List<ItemData> before = Inventory.of(p).items();
        boolean started = ledger.applyWhenWritten(
                p,
                books,
                ItemLedger.Reason.LEARN,
                "npc " + trainerTemplate(p) + " skill " + e.skillId() + " " + e.level(),
                session -> {
                    SkillMapper m = session.getMapper(SkillMapper.class);
                    m.upsert(new SkillData(characterId, e.skillId(), e.level()));
                    m.updateSp(characterId, spLeft);
                },
                change -> learnt(p, e, before),
                () -> {
                    p.send(SystemMessage.freeText("The lesson could not be saved; nothing was taken. Try again."));
                    p.send(ActionFailed.INSTANCE);
                });
        if (!started) { // another item change of the player is being written
            p.send(SystemMessage.freeText("Wait a moment and try again."));
            p.send(ActionFailed.INSTANCE);
        }
    }

    /** After the commit: the skill and the SP in the world, and everything the client shows of them. */
    private void learnt(Player p, SkillTrees.Entry e, List<ItemData> before) {
        if (world.object(p.objectId()) != p) {
            return; // logged out meanwhile: the database has it, the next login reads it
        }
        SkillBook.of(p).learn(p.objectId(), e.skillId(), e.level());
        p.setProgress(p.level(), p.exp(), p.sp() - e.sp());
        for (SkillTrees.ItemCost i : e.items()) {
            p.send(
                    i.count() == 1
                            ? SystemMessage.of(ITEM_DISAPPEARED).withParam(3, i.itemId())
                            : SystemMessage.of(ITEMS_DISAPPEARED)
                                    .withParam(3, i.itemId())
                                    .withNumber(i.count()));
        }
        if (!e.items().isEmpty()) {
            inventoryChanged(p, before);
        }
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.SP}, new int[] {p.sp()}));
        p.send(SystemMessage.skill(LEARNED, e.skillId(), e.level()));
        p.send(SkillBook.of(p).skillList());
        p.send(PlayerPresence.userInfo(p));
        sendList(p);
    }

    private static void inventoryChanged(Player p, List<ItemData> before) {
        Inventory inv = Inventory.of(p);
        Map<Integer, ItemData> was = new java.util.LinkedHashMap<>();
        before.forEach(i -> was.put(i.objectId(), i));
        List<InventoryUpdate.Change> changes = new ArrayList<>();
        for (ItemData i : inv.items()) {
            ItemData old = was.remove(i.objectId());
            if (old != null && !old.equals(i)) {
                changes.add(new InventoryUpdate.Change(InventoryUpdate.MODIFIED, inv.entry(i)));
            }
        }
        for (ItemData gone : was.values()) {
            changes.add(new InventoryUpdate.Change(InventoryUpdate.REMOVED, inv.entry(gone)));
        }
        p.send(new InventoryUpdate(changes));
    }

    /**
     * A level-up: the skills that come by themselves with the new level are learnt (and written), the SkillList
     * sent when there were any, and the player told when a trainer now has something new. Interlude's client has
     * no message of its own for that (neither reference sends one), so it is a line of system text.
     */
    public void levelledUp(Player p, int oldLevel) {
        Map<Integer, Integer> known = SkillBook.of(p).levels();
        List<SkillTrees.Entry> auto = trees.autoGet(p.classId(), p.level(), known);
        if (!auto.isEmpty()) {
            grant(p, auto);
        }
        boolean newAtTrainer = trees
                .learnable(p.classId(), p.level(), SkillBook.of(p).levels())
                .stream()
                .anyMatch(e -> e.minLevel() > oldLevel);
        if (newAtTrainer) {
            p.send(SystemMessage.freeText("You can learn new skills from your trainer."));
        }
    }

    /** The automatic skills of the player's class line at its level (after a level-up or a class change). */
    public void grantAutomatic(Player p) {
        List<SkillTrees.Entry> auto =
                trees.autoGet(p.classId(), p.level(), SkillBook.of(p).levels());
        if (!auto.isEmpty()) {
            grant(p, auto);
        }
    }

    private void grant(Player p, List<SkillTrees.Entry> skills) {
        int characterId = p.objectId();
        List<SkillData> rows = new ArrayList<>();
        for (SkillTrees.Entry e : skills) {
            SkillBook.of(p).learn(characterId, e.skillId(), e.level());
            rows.add(new SkillData(characterId, e.skillId(), e.level()));
        }
        // nothing paid for them: written on their own (an upsert that never lowers a level, safe to repeat)
        directWrites.accept(session -> {
            SkillMapper m = session.getMapper(SkillMapper.class);
            rows.forEach(m::upsert);
        });
        p.send(SkillBook.of(p).skillList());
    }

    private int trainerTemplate(Player p) {
        return world.object(visit(p).trainer) instanceof Npc n ? n.template().id() : 0;
    }

    private boolean trainerNear(Player p) {
        Visit v = visit(p);
        boolean near = v.trainer != 0
                && !p.isDead()
                && world.object(v.trainer) instanceof Npc n
                && n.isSpawned()
                && p.isWithin2d(n, TRAINER_RANGE);
        if (!near) {
            v.trainer = 0;
        }
        return near;
    }
}
