package org.aden.game.item;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** aden_game.items; SQL in ItemMapper.xml. */
public interface ItemMapper {
    void insert(ItemData item);

    List<ItemData> findByOwner(@Param("ownerId") int ownerId);

    /** Equipped items of several owners at once (the character selection screen). */
    List<ItemData> findEquippedByOwners(@Param("ownerIds") Collection<Integer> ownerIds);

    int updateCount(@Param("objectId") int objectId, @Param("count") long count);

    int delete(@Param("objectId") int objectId);

    /** Count, enchant level and placement (inventory or paperdoll slot) of one item. */
    int update(ItemData item);

    int deleteByOwner(@Param("ownerId") int ownerId);

    Integer maxObjectId();

    /** One line of aden_game.item_ledger. */
    void insertLedger(LedgerEntry entry);
}
