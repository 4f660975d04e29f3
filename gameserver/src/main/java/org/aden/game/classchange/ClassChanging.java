package org.aden.game.classchange;

import java.util.ArrayList;
import java.util.List;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemLedger;
import org.aden.game.learn.SkillLearning;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.skill.SkillMapper;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.World;

/**
 * Class changes at the village masters, on the world thread: a class reachable from the player's (the class tree)
 * at the level the data asks, for its proof items (unless the host set {@code game.class-change.free}). The proofs
 * leave, the master's gift comes and the new class id is written as one {@link ItemLedger} transaction; only once it
 * committed does the world change (the class, the stats, UserInfo and CharInfo, the new class's automatic skills),
 * so a crash can never keep the proofs taken without the class.
 */
public final class ClassChanging {
    static final int CLASS_TRANSFER_DONE = 1308;

    /** What a request to change class came to. */
    public enum Outcome {
        /** Accepted: the class changes as soon as the database has it. */
        CHANGED,
        /** That class is not reached from the player's. */
        NOT_A_CHOICE,
        LEVEL_TOO_LOW,
        /** A proof item is missing (or the class has no proof to earn it at a master, as the third classes). */
        MISSING_PROOF,
        /** Another change of the player's items is being written; try again. */
        BUSY
    }

    private final World world;
    private final ItemLedger ledger;
    private ClassChanges changes; // replaced whole by //reload datapack class-changes (world thread)
    private final PlayerStats stats;
    private final SkillLearning learning;
    private final boolean free;

    /** @param free {@code game.class-change.free}: no proof items are asked for nor taken */
    public ClassChanging(
            World world,
            ItemLedger ledger,
            ClassChanges changes,
            PlayerStats stats,
            SkillLearning learning,
            boolean free) {
        this.world = world;
        this.ledger = ledger;
        this.changes = changes;
        this.stats = stats;
        this.learning = learning;
        this.free = free;
    }

    public ClassChanges changes() {
        return changes;
    }

    /** //reload datapack: the new class tree and requirements apply from the next request on (world thread). */
    public void replaceChanges(ClassChanges changes) {
        this.changes = changes;
    }

    public boolean free() {
        return free;
    }

    /** The classes the player's class leads to. */
    public List<ClassChanges.Change> choices(Player p) {
        return changes.from(p.classId());
    }

    /** Checks the request and starts the change's write (see the class comment). */
    public Outcome change(Player p, Npc master, int classId) {
        ClassChanges.Change c = changes.get(classId).orElse(null);
        if (c == null || c.parentClassId() != p.classId()) {
            return Outcome.NOT_A_CHOICE;
        }
        if (p.level() < c.level()) {
            return Outcome.LEVEL_TOO_LOW;
        }
        List<ItemLedger.Delta> deltas = new ArrayList<>();
        if (!free) {
            if (c.proofs().isEmpty()) {
                return Outcome.MISSING_PROOF; // earned by its quest, not at a master
            }
            for (ClassChanges.Items i : c.proofs()) {
                if (ledger.count(p, i.itemId()) < i.count()) {
                    return Outcome.MISSING_PROOF;
                }
                deltas.add(new ItemLedger.Delta(i.itemId(), -i.count()));
            }
        }
        for (ClassChanges.Items i : c.rewards()) {
            deltas.add(new ItemLedger.Delta(i.itemId(), i.count()));
        }
        int characterId = p.objectId();
        boolean started = ledger.applyWhenWritten(
                p,
                deltas,
                ItemLedger.Reason.CLASS_CHANGE,
                "npc " + master.template().id() + " class " + classId,
                session -> session.getMapper(SkillMapper.class).updateClass(characterId, classId),
                change -> changed(p, classId),
                () -> p.send(SystemMessage.freeText("The class change could not be saved; nothing was taken.")));
        return started ? Outcome.CHANGED : Outcome.BUSY;
    }

    private void changed(Player p, int classId) {
        if (world.object(p.objectId()) != p) {
            return; // gone meanwhile: the database has the new class
        }
        p.setClassId(classId);
        stats.recompute(p);
        p.send(Inventory.of(p).itemList(false));
        p.send(SystemMessage.of(CLASS_TRANSFER_DONE));
        learning.grantAutomatic(p);
        p.send(PlayerPresence.userInfo(p));
        world.broadcast(p, PlayerPresence.charInfo(p));
    }
}
