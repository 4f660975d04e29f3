package org.aden.game.presence;

import java.util.Map;
import org.aden.game.actor.Appearance;
import org.aden.game.actor.CharacterStats;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.server.world.CharInfo;
import org.aden.game.network.server.world.Look;
import org.aden.game.network.server.world.PaperdollOrder;
import org.aden.game.network.server.world.Stats;
import org.aden.game.network.server.world.UserInfo;

/** Builds UserInfo (the player's own view) and CharInfo (how others see it) from a player's state. */
public final class PlayerPresence {
    /** UserInfo paperdoll positions in CharInfo's 12-entry order (world-presence.md §2.1). */
    private static final int[] CHAR_INFO_ORDER = {
        PaperdollOrder.UNDER,
        PaperdollOrder.HEAD,
        PaperdollOrder.RHAND,
        PaperdollOrder.LHAND,
        PaperdollOrder.GLOVES,
        PaperdollOrder.CHEST,
        PaperdollOrder.LEGS,
        PaperdollOrder.FEET,
        PaperdollOrder.BACK,
        PaperdollOrder.RHAND,
        PaperdollOrder.HAIR,
        PaperdollOrder.FACE
    };

    private PlayerPresence() {}

    /** The stored slot's position in UserInfo's 17-entry order (they differ from 14 on). */
    public static int position(PaperdollSlot slot) {
        return switch (slot) {
            case HAIR -> PaperdollOrder.HAIR;
            case HAIR2, FACE -> PaperdollOrder.FACE;
            default -> slot.id();
        };
    }

    public static UserInfo userInfo(Player p) {
        Inventory inv = Inventory.of(p);
        int[] objectIds = new int[PaperdollOrder.POSITIONS];
        int[] itemIds = new int[PaperdollOrder.POSITIONS];
        int enchant = 0;
        for (Map.Entry<PaperdollSlot, ItemData> e : inv.paperdoll().entrySet()) {
            int pos = position(e.getKey());
            ItemData i = e.getValue();
            objectIds[pos] = i.objectId();
            itemIds[pos] = i.itemId();
            if (pos == PaperdollOrder.RHAND) {
                enchant = i.enchantLevel();
                // Both servers repeat the right-hand weapon in the two-hand view slot.
                objectIds[PaperdollOrder.LRHAND] = i.objectId();
                itemIds[PaperdollOrder.LRHAND] = i.itemId();
            }
        }
        return new UserInfo(
                p.x(),
                p.y(),
                p.z(),
                p.objectId(),
                p.name(),
                look(p.appearance()),
                p.classId(),
                p.level(),
                p.exp(),
                p.sp(),
                stats(p.stats()),
                p.curHp(),
                p.curMp(),
                p.curCp(),
                inv.currentLoad(),
                objectIds,
                itemIds,
                p.pvpFlag(),
                p.karma(),
                p.isGm(),
                p.title(),
                p.pkKills(),
                p.pvpKills(),
                p.recommendationsLeft(),
                p.recommendationsHave(),
                Inventory.slotLimit(p),
                Math.min(127, enchant),
                p.isNoble(),
                p.isHero(),
                p.nameColor(),
                p.isRunning(),
                p.titleColor(),
                p.abnormalMask());
    }

    public static CharInfo charInfo(Player p) {
        int[] byPosition = new int[PaperdollOrder.POSITIONS];
        int enchant = 0;
        for (Map.Entry<PaperdollSlot, ItemData> e : Inventory.of(p).paperdoll().entrySet()) {
            int pos = position(e.getKey());
            byPosition[pos] = e.getValue().itemId();
            if (pos == PaperdollOrder.RHAND) {
                enchant = e.getValue().enchantLevel();
            }
        }
        int[] ids = new int[CHAR_INFO_ORDER.length];
        for (int k = 0; k < CHAR_INFO_ORDER.length; k++) {
            ids[k] = byPosition[CHAR_INFO_ORDER[k]];
        }
        return new CharInfo(
                p.x(),
                p.y(),
                p.z(),
                p.heading(),
                p.objectId(),
                p.name(),
                look(p.appearance()),
                p.classId(),
                stats(p.stats()),
                p.curCp(),
                ids,
                p.pvpFlag(),
                p.karma(),
                p.title(),
                !p.isSitting(),
                p.isRunning(),
                p.recommendationsLeft(),
                p.recommendationsHave(),
                Math.min(127, enchant),
                p.isNoble(),
                p.isHero(),
                p.nameColor(),
                p.titleColor(),
                p.abnormalMask());
    }

    static Look look(Appearance a) {
        return new Look(a.race(), a.sex(), a.baseClassId(), a.hairStyle(), a.hairColor(), a.face());
    }

    static Stats stats(CharacterStats s) {
        return new Stats(
                s.str(),
                s.dex(),
                s.con(),
                s.intel(),
                s.wit(),
                s.men(),
                s.maxHp(),
                s.maxMp(),
                s.maxCp(),
                s.pAtk(),
                s.pAtkSpd(),
                s.pDef(),
                s.evasion(),
                s.accuracy(),
                s.critical(),
                s.mAtk(),
                s.mAtkSpd(),
                s.mDef(),
                s.runSpeed(),
                s.walkSpeed(),
                s.swimSpeed(),
                s.maxLoad(),
                s.collisionRadius(),
                s.collisionHeight());
    }
}
