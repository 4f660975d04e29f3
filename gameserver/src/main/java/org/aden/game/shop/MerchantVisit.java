package org.aden.game.shop;

/**
 * The merchant window a player has open, so that a buy or sell answers only what was offered, where it was offered.
 * A player component, created on first use; world thread only.
 */
final class MerchantVisit {
    int merchantObjectId;
    int buyListId = -1;
    boolean sellOpen;

    void buying(int merchant, int listId) {
        merchantObjectId = merchant;
        buyListId = listId;
        sellOpen = false;
    }

    void selling(int merchant) {
        merchantObjectId = merchant;
        buyListId = -1;
        sellOpen = true;
    }

    void close() {
        merchantObjectId = 0;
        buyListId = -1;
        sellOpen = false;
    }
}
