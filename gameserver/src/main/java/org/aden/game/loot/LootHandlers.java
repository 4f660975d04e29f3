package org.aden.game.loot;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.item.RequestDestroyItem;
import org.aden.game.network.client.item.RequestDropItem;
import org.aden.game.world.command.PlayerCommands;

/** Items leaving an inventory: dropped on the ground or destroyed (picking up comes through Action). */
public final class LootHandlers {
    private LootHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, GroundLoot loot) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestDropItem.OPCODE,
                        "RequestDropItem",
                        RequestDropItem::read,
                        commands.handler(
                                "RequestDropItem",
                                (p, r) -> loot.dropFromInventory(p, r.objectId(), r.count(), r.x(), r.y(), r.z())))
                .on(
                        RequestDestroyItem.OPCODE,
                        "RequestDestroyItem",
                        RequestDestroyItem::read,
                        commands.handler("RequestDestroyItem", (p, r) -> loot.destroy(p, r.objectId(), r.count())));
    }
}
