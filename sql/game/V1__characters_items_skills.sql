-- aden_game, first slice: characters and what they own at creation (items, skills).
-- Object ids (characters.obj_id, items.obj_id) share one id space, allocated from the high-water mark at start.

CREATE TABLE characters (
    obj_id        INT          NOT NULL PRIMARY KEY,
    account       VARCHAR(45)  NOT NULL,
    -- unique case-insensitively: the collation compares 'Aden' and 'aden' as equal
    name          VARCHAR(16)  NOT NULL COLLATE utf8mb4_unicode_ci,
    title         VARCHAR(16)  NOT NULL DEFAULT '',
    race          TINYINT      NOT NULL,
    class_id      SMALLINT     NOT NULL,
    base_class_id SMALLINT     NOT NULL,
    sex           TINYINT      NOT NULL,
    hair_style    TINYINT      NOT NULL,
    hair_color    TINYINT      NOT NULL,
    face          TINYINT      NOT NULL,
    level         TINYINT      NOT NULL DEFAULT 1,
    exp           BIGINT       NOT NULL DEFAULT 0,
    sp            INT          NOT NULL DEFAULT 0,
    current_hp    DOUBLE       NOT NULL,
    current_mp    DOUBLE       NOT NULL,
    current_cp    DOUBLE       NOT NULL,
    max_hp        DOUBLE       NOT NULL,
    max_mp        DOUBLE       NOT NULL,
    max_cp        DOUBLE       NOT NULL,
    karma         INT          NOT NULL DEFAULT 0,
    pk_kills      INT          NOT NULL DEFAULT 0,
    pvp_kills     INT          NOT NULL DEFAULT 0,
    x             INT          NOT NULL,
    y             INT          NOT NULL,
    z             INT          NOT NULL,
    heading       INT          NOT NULL DEFAULT 0,
    clan_id       INT          NOT NULL DEFAULT 0,
    access_level  INT          NOT NULL DEFAULT 0,
    -- epoch milliseconds; 0 = not marked for deletion / never entered the world
    delete_time   BIGINT       NOT NULL DEFAULT 0,
    last_access   BIGINT       NOT NULL DEFAULT 0,
    created_at    BIGINT       NOT NULL,
    UNIQUE KEY uk_characters_name (name),
    KEY ix_characters_account (account)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE items (
    obj_id        INT          NOT NULL PRIMARY KEY,
    owner_id      INT          NOT NULL,
    item_id       INT          NOT NULL,
    count         BIGINT       NOT NULL,
    enchant_level INT          NOT NULL DEFAULT 0,
    -- INVENTORY, PAPERDOLL, WAREHOUSE (org.aden.game.item.ItemLocation)
    location      VARCHAR(16)  NOT NULL,
    -- PaperdollSlot id when location = PAPERDOLL, else -1
    slot          INT          NOT NULL DEFAULT -1,
    KEY ix_items_owner (owner_id, location)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE character_skills (
    char_id       INT          NOT NULL,
    skill_id      INT          NOT NULL,
    skill_level   INT          NOT NULL,
    PRIMARY KEY (char_id, skill_id),
    CONSTRAINT fk_character_skills_char FOREIGN KEY (char_id) REFERENCES characters (obj_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
