package org.aden.game.shop;

import java.util.List;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.world.World;

/**
 * The merchant window a player has open (a buy list, the sell list or a multisell), so that an answer is taken only
 * for what was offered, where it was offered. A player component, created on first use; world thread only.
 */
final class MerchantVisit {
    /** How near the merchant a player must stay (world-chat-npc.md §8.3). */
    static final int MERCHANT_RANGE = 250;

    int merchantObjectId;
    int buyListId = -1;
    boolean sellOpen;
    int multisellId = -1;
    /** The entries of the open multisell as numbered in its window (entry id = index + 1). */
    List<Multisell.Entry> multisellEntries = List.of();

    static MerchantVisit of(Player p) {
        return p.component(MerchantVisit.class, MerchantVisit::new);
    }

    void buying(int merchant, int listId) {
        close();
        merchantObjectId = merchant;
        buyListId = listId;
    }

    void selling(int merchant) {
        close();
        merchantObjectId = merchant;
        sellOpen = true;
    }

    void exchanging(int merchant, int listId, List<Multisell.Entry> entries) {
        close();
        merchantObjectId = merchant;
        multisellId = listId;
        multisellEntries = List.copyOf(entries);
    }

    void close() {
        merchantObjectId = 0;
        buyListId = -1;
        sellOpen = false;
        multisellId = -1;
        multisellEntries = List.of();
    }

    /** The merchant of the open window if it is still there and near; else the window is forgotten. */
    Npc merchantNear(World world, Player p) {
        if (merchantObjectId == 0
                || p.isDead()
                || !(world.object(merchantObjectId) instanceof Npc n)
                || !n.isSpawned()
                || n.isDead()
                || !p.isWithin2d(n, MERCHANT_RANGE)) {
            close();
            return null;
        }
        return n;
    }
}
