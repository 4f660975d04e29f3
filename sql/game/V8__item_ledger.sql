-- aden_game: the item ledger, one row per item id whose count a character's inventory gained or lost, written in
-- the same transaction as the inventory rows it explains (org.aden.game.item.DbItemStore). Queried with
-- `bin/aden.sh ledger --character NAME` or `--item ID`.
CREATE TABLE item_ledger (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- epoch milliseconds of the change
    at            BIGINT       NOT NULL,
    -- the character whose inventory changed
    char_id       INT          NOT NULL,
    item_id       INT          NOT NULL,
    -- positive: gained, negative: lost
    count         BIGINT       NOT NULL,
    -- where it came from or went to: 'ground', 'npc:30001', 'char:268435460', 'gm:Name', '' when none
    counterpart   VARCHAR(64)  NOT NULL DEFAULT '',
    -- org.aden.game.item.ItemLedger.Reason: PICKUP, KILL, BUY, SELL, TRADE, DROP, DESTROY, QUEST, GM, OTHER
    reason        VARCHAR(16)  NOT NULL,
    KEY ix_item_ledger_char (char_id, at),
    KEY ix_item_ledger_item (item_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
