package org.aden.game.lobby;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aden.game.actor.CharacterStats;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterListEntry;
import org.aden.game.item.ItemData;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.server.lobby.CharSelectionInfo;

/** Builds CharSelectionInfo from stored characters. */
final class SelectionScreen {
    /** The 17 paperdoll positions of CharSelectionInfo (game-handshake.md §5.3); the weapon slot appears twice. */
    static final PaperdollSlot[] ORDER = {
        PaperdollSlot.UNDERWEAR,
        PaperdollSlot.RIGHT_EAR,
        PaperdollSlot.LEFT_EAR,
        PaperdollSlot.NECK,
        PaperdollSlot.RIGHT_FINGER,
        PaperdollSlot.LEFT_FINGER,
        PaperdollSlot.HEAD,
        PaperdollSlot.RIGHT_HAND,
        PaperdollSlot.LEFT_HAND,
        PaperdollSlot.GLOVES,
        PaperdollSlot.CHEST,
        PaperdollSlot.LEGS,
        PaperdollSlot.FEET,
        PaperdollSlot.BACK,
        PaperdollSlot.RIGHT_HAND,
        PaperdollSlot.HAIR,
        PaperdollSlot.HAIR2,
    };

    private SelectionScreen() {}

    /**
     * @param preselectFirst true after delete/restore (the reference server then highlights entry 0),
     *     otherwise the most recently played character is highlighted
     * @param stats the character's stats as in game: max HP/MP (#66/#67) must match UserInfo's, not the stored
     *     template base
     */
    static CharSelectionInfo build(
            String account,
            int sessionId,
            List<CharacterListEntry> entries,
            long now,
            boolean preselectFirst,
            Function<CharacterData, CharacterStats> stats) {
        int selected = 0;
        if (!preselectFirst) {
            long best = 0;
            for (int i = 0; i < entries.size(); i++) {
                long last = entries.get(i).character().lastAccess();
                if (last > best) {
                    best = last;
                    selected = i;
                }
            }
        }
        List<CharSelectionInfo.Entry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.add(entry(
                    account,
                    sessionId,
                    entries.get(i),
                    now,
                    i == selected,
                    stats.apply(entries.get(i).character())));
        }
        return new CharSelectionInfo(out);
    }

    private static CharSelectionInfo.Entry entry(
            String account, int sessionId, CharacterListEntry e, long now, boolean selected, CharacterStats stats) {
        CharacterData c = e.character();
        Map<PaperdollSlot, ItemData> worn = new EnumMap<>(PaperdollSlot.class);
        for (ItemData item : e.equipped()) {
            PaperdollSlot slot = item.paperdollSlot();
            if (slot != null) {
                worn.put(slot, item);
            }
        }
        int[] objectIds = new int[ORDER.length];
        int[] itemIds = new int[ORDER.length];
        for (int i = 0; i < ORDER.length; i++) {
            ItemData item = worn.get(ORDER[i]);
            if (item != null) {
                objectIds[i] = item.objectId();
                itemIds[i] = item.itemId();
            }
        }
        ItemData weapon = worn.get(PaperdollSlot.RIGHT_HAND);
        int deleteSeconds = c.deleteTime() > 0 ? (int) Math.max(0, (c.deleteTime() - now + 999) / 1000) : 0;
        return new CharSelectionInfo.Entry(
                c.name(),
                c.objectId(),
                account,
                sessionId,
                c.clanId(),
                c.sex(),
                c.race(),
                c.baseClassId(),
                Math.min(c.currentHp(), stats.maxHp()),
                Math.min(c.currentMp(), stats.maxMp()),
                c.sp(),
                c.exp(),
                c.level(),
                c.karma(),
                objectIds,
                itemIds,
                c.hairStyle(),
                c.hairColor(),
                c.face(),
                stats.maxHp(),
                stats.maxMp(),
                deleteSeconds,
                c.classId(),
                selected,
                weapon != null ? weapon.enchantLevel() : 0,
                0);
    }
}
