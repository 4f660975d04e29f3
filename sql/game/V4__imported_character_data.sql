-- aden_game: what a character carries besides items and skills (quests, shortcuts, macros, friends, block list),
-- first filled by `aden import` from an L2J-family server, later by the quest, shortcut, macro and friend engines.
-- Plus the importer's own bookkeeping (import_map), which makes a second import run a no-op.

-- One row per quest the character has met. state: CREATED, STARTED or COMPLETED; cond: the quest's step.
CREATE TABLE character_quests (
    char_id      INT          NOT NULL,
    -- the script's name, e.g. 'Q00201_FightersTutorial'; quest_id is the number in it when it has one
    quest_name   VARCHAR(60)  NOT NULL,
    quest_id     INT          NULL,
    state        VARCHAR(10)  NOT NULL,
    cond         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (char_id, quest_name),
    CONSTRAINT fk_character_quests_char FOREIGN KEY (char_id) REFERENCES characters (obj_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A quest's own variables (everything but its state and cond), as the script wrote them.
CREATE TABLE character_quest_vars (
    char_id      INT          NOT NULL,
    quest_name   VARCHAR(60)  NOT NULL,
    name         VARCHAR(40)  NOT NULL,
    value        VARCHAR(255) NOT NULL,
    PRIMARY KEY (char_id, quest_name, name),
    CONSTRAINT fk_character_quest_vars_quest FOREIGN KEY (char_id, quest_name)
        REFERENCES character_quests (char_id, quest_name) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The shortcut bar: page 0-9, slot 0-11. type: ITEM (target_id = an items.obj_id), SKILL (skill id, level),
-- ACTION (action id), MACRO (character_macros.macro_id), RECIPE (recipe id).
CREATE TABLE character_shortcuts (
    char_id      INT          NOT NULL,
    page         TINYINT      NOT NULL,
    slot         TINYINT      NOT NULL,
    type         VARCHAR(8)   NOT NULL,
    target_id    INT          NOT NULL,
    level        INT          NOT NULL DEFAULT -1,
    PRIMARY KEY (char_id, page, slot),
    CONSTRAINT fk_character_shortcuts_char FOREIGN KEY (char_id) REFERENCES characters (obj_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE character_macros (
    char_id      INT          NOT NULL,
    macro_id     INT          NOT NULL,
    icon         INT          NOT NULL DEFAULT 0,
    name         VARCHAR(40)  NOT NULL DEFAULT '',
    description  VARCHAR(80)  NOT NULL DEFAULT '',
    acronym      VARCHAR(4)   NOT NULL DEFAULT '',
    PRIMARY KEY (char_id, macro_id),
    CONSTRAINT fk_character_macros_char FOREIGN KEY (char_id) REFERENCES characters (obj_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A macro's lines in order. type: SKILL (d1 = skill id), ACTION (d1 = action id), TEXT (command), SHORTCUT
-- (d1 = page, d2 = slot), ITEM (d1 = item id), DELAY (d1 = seconds) — the client's macro command types.
CREATE TABLE character_macro_commands (
    char_id      INT          NOT NULL,
    macro_id     INT          NOT NULL,
    position     TINYINT      NOT NULL,
    type         VARCHAR(8)   NOT NULL,
    d1           INT          NOT NULL DEFAULT 0,
    d2           INT          NOT NULL DEFAULT 0,
    command      VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (char_id, macro_id, position),
    CONSTRAINT fk_character_macro_commands_macro FOREIGN KEY (char_id, macro_id)
        REFERENCES character_macros (char_id, macro_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Friend lists are one-way rows (each side of a friendship has its own).
CREATE TABLE character_friends (
    char_id      INT          NOT NULL,
    friend_id    INT          NOT NULL,
    PRIMARY KEY (char_id, friend_id),
    CONSTRAINT fk_character_friends_char FOREIGN KEY (char_id) REFERENCES characters (obj_id) ON DELETE CASCADE,
    CONSTRAINT fk_character_friends_friend FOREIGN KEY (friend_id) REFERENCES characters (obj_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE character_block_list (
    char_id      INT          NOT NULL,
    blocked_id   INT          NOT NULL,
    PRIMARY KEY (char_id, blocked_id),
    CONSTRAINT fk_character_block_list_char FOREIGN KEY (char_id) REFERENCES characters (obj_id) ON DELETE CASCADE,
    CONSTRAINT fk_character_block_list_blocked FOREIGN KEY (blocked_id) REFERENCES characters (obj_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What `aden import` brought over: source = the label of the imported server (e.g. 'mobius'), kind = ACCOUNT
-- (source_key = login), CHARACTER or ITEM (source_key = the source's object id, obj_id = ours).
CREATE TABLE import_map (
    source       VARCHAR(32)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    source_key   VARCHAR(45)  NOT NULL,
    obj_id       INT          NULL,
    imported_at  BIGINT       NOT NULL,
    PRIMARY KEY (source, kind, source_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
