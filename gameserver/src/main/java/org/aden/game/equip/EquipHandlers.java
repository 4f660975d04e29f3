package org.aden.game.equip;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.item.RequestUnEquipItem;
import org.aden.game.network.client.item.UseItem;
import org.aden.game.world.command.PlayerCommands;

/** Double-clicking an item and dragging one off the paperdoll. */
public final class EquipHandlers {
    private EquipHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Equipment equipment) {
        tables.state(ConnectionState.IN_GAME)
                .on(UseItem.OPCODE, "UseItem", UseItem::read, commands.handler("UseItem", equipment::use))
                .on(
                        RequestUnEquipItem.OPCODE,
                        "RequestUnEquipItem",
                        RequestUnEquipItem::read,
                        commands.handler("RequestUnEquipItem", equipment::unequip));
    }
}
