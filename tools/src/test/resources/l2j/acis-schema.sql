-- The tables `aden import acis` reads (and two it reports as not imported), verbatim from aCis,
-- aCis_datapack/sql/*.sql (github.com/Hl4p3x/aCis_CustomServer, commit 5cd8d16f).
-- accounts.sql
CREATE TABLE IF NOT EXISTS `accounts` (
 	`login` VARCHAR(45) NOT NULL DEFAULT '',
 	`password` VARCHAR(60) NOT NULL DEFAULT '',
 	`last_active` BIGINT NOT NULL DEFAULT 0,
 	`access_level` INT(3) NOT NULL DEFAULT 0,
 	`last_server` INT(4) NOT NULL DEFAULT 1,
 	PRIMARY KEY (`login`)
);
-- characters.sql
CREATE TABLE IF NOT EXISTS characters (
  `account_name` VARCHAR(45) DEFAULT NULL,
  `obj_Id` INT UNSIGNED NOT NULL DEFAULT 0,
  `char_name` VARCHAR(35) NOT NULL,
  `level` TINYINT UNSIGNED DEFAULT NULL,
  `maxHp` MEDIUMINT UNSIGNED DEFAULT NULL,
  `curHp` MEDIUMINT UNSIGNED DEFAULT NULL,
  `maxCp` MEDIUMINT UNSIGNED DEFAULT NULL,
  `curCp` MEDIUMINT UNSIGNED DEFAULT NULL,
  `maxMp` MEDIUMINT UNSIGNED DEFAULT NULL,
  `curMp` MEDIUMINT UNSIGNED DEFAULT NULL,
  `face` TINYINT UNSIGNED DEFAULT NULL,
  `hairStyle` TINYINT UNSIGNED DEFAULT NULL,
  `hairColor` TINYINT UNSIGNED DEFAULT NULL,
  `sex` TINYINT UNSIGNED DEFAULT NULL,
  `heading` MEDIUMINT DEFAULT NULL,
  `x` MEDIUMINT DEFAULT NULL,
  `y` MEDIUMINT DEFAULT NULL,
  `z` MEDIUMINT DEFAULT NULL,
  `exp` BIGINT UNSIGNED DEFAULT 0,
  `expBeforeDeath` BIGINT UNSIGNED DEFAULT 0,
  `sp` INT UNSIGNED NOT NULL DEFAULT 0,
  `karma` INT UNSIGNED DEFAULT NULL,
  `pvpkills` SMALLINT UNSIGNED DEFAULT NULL,
  `pkkills` SMALLINT UNSIGNED DEFAULT NULL,
  `clanid` INT UNSIGNED DEFAULT NULL,
  `race` TINYINT UNSIGNED DEFAULT NULL,
  `classid` TINYINT UNSIGNED DEFAULT NULL,
  `base_class` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `deletetime` BIGINT DEFAULT NULL,
  `cancraft` TINYINT UNSIGNED DEFAULT NULL,
  `title` VARCHAR(16) DEFAULT NULL,
  `rec_have` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `rec_left` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `accesslevel` MEDIUMINT DEFAULT 0,
  `online` TINYINT UNSIGNED DEFAULT NULL,
  `onlinetime` INT DEFAULT NULL,
  `lastAccess` BIGINT UNSIGNED DEFAULT NULL,
  `clan_privs` MEDIUMINT UNSIGNED DEFAULT 0,
  `wantspeace` TINYINT UNSIGNED DEFAULT 0,
  `isin7sdungeon` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `punish_level` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `punish_timer` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `power_grade` TINYINT UNSIGNED DEFAULT NULL,
  `nobless` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `hero` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `subpledge` SMALLINT NOT NULL DEFAULT 0,
  `lvl_joined_academy` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `apprentice` INT UNSIGNED NOT NULL DEFAULT 0,
  `sponsor` INT UNSIGNED NOT NULL DEFAULT 0,
  `varka_ketra_ally` TINYINT NOT NULL DEFAULT 0,
  `clan_join_expiry_time` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `clan_create_expiry_time` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `death_penalty_level` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (obj_Id),
  KEY `clanid` (`clanid`)
);
-- items.sql
CREATE TABLE IF NOT EXISTS `items` (
  `owner_id` INT,
  `object_id` INT NOT NULL DEFAULT 0,
  `item_id` SMALLINT UNSIGNED NOT NULL,
  `count` INT UNSIGNED NOT NULL DEFAULT 0,
  `enchant_level` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `loc` VARCHAR(10),
  `loc_data` INT,
  `custom_type1` INT NOT NULL DEFAULT 0,
  `custom_type2` INT NOT NULL DEFAULT 0,
  `mana_left` INT NOT NULL DEFAULT -1,
  `time` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`object_id`)
);
-- character_skills.sql
CREATE TABLE IF NOT EXISTS `character_skills` (
  `char_obj_id` INT UNSIGNED NOT NULL default 0,
  `skill_id` INT NOT NULL default 0,
  `skill_level` INT(3) NOT NULL default 1,
  `class_index` INT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`char_obj_id`,`skill_id`,`class_index`)
);
-- character_quests.sql
CREATE TABLE IF NOT EXISTS `character_quests` (
  `charId` INT UNSIGNED NOT NULL DEFAULT 0,
  `name` VARCHAR(40) NOT NULL DEFAULT '',
  `var` VARCHAR(20) NOT NULL DEFAULT '',
  `value` VARCHAR(255),
  PRIMARY KEY  (`charId`,`name`,`var`)
);
-- character_shortcuts.sql
CREATE TABLE IF NOT EXISTS character_shortcuts (
  `char_obj_id` INT UNSIGNED NOT NULL DEFAULT 0,
  `slot` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `page` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `type` VARCHAR(6) NOT NULL DEFAULT 'NONE',
  `id` INT UNSIGNED NOT NULL DEFAULT 0,
  `level` SMALLINT SIGNED NOT NULL DEFAULT 0,
  `class_index` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`char_obj_id`,`slot`,`page`,`class_index`),
  KEY `id` (`id`)
);
-- character_friends.sql
CREATE TABLE IF NOT EXISTS `character_friends` (
  `char_id` INT UNSIGNED NOT NULL default 0,
  `friend_id` INT UNSIGNED NOT NULL DEFAULT 0,
  `relation` INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`char_id`,`friend_id`)
);
-- character_macroses.sql
CREATE TABLE IF NOT EXISTS `character_macroses` (
  `char_obj_id` INT NOT NULL DEFAULT 0,
  `id` INT NOT NULL DEFAULT 0,
  `icon` INT,
  `name` VARCHAR(40) ,
  `descr` VARCHAR(80) ,
  `acronym` VARCHAR(4) ,
  `commands` VARCHAR(255) ,
  PRIMARY KEY (`char_obj_id`,`id`)
);
-- character_subclasses.sql
CREATE TABLE IF NOT EXISTS `character_subclasses` (
`char_obj_id` decimal(11,0) NOT NULL default '0',
`class_id` int(2) NOT NULL default '0',
`exp` decimal(20,0) NOT NULL default '0',
`sp` decimal(11,0) NOT NULL default '0',
`level` int(2) NOT NULL default '40',
`class_index` int(1) NOT NULL default '0',
PRIMARY KEY  (`char_obj_id`,`class_id`)
);
-- clan_data.sql
CREATE TABLE IF NOT EXISTS `clan_data` (
  `clan_id` INT NOT NULL DEFAULT 0,
  `clan_name` VARCHAR(20),
  `clan_level` INT NOT NULL DEFAULT 0,
  `reputation_score` INT NOT NULL DEFAULT 0,
  `hasCastle` TINYINT NOT NULL DEFAULT 0,
  `ally_id` INT NOT NULL DEFAULT 0,
  `ally_name` VARCHAR(20),
  `leader_id` INT NOT NULL DEFAULT 0,
  `new_leader_id` INT NOT NULL DEFAULT 0,
  `crest_id` INT NOT NULL DEFAULT 0,
  `crest_large_id` INT NOT NULL DEFAULT 0,
  `ally_crest_id` INT NOT NULL DEFAULT 0,
  `auction_bid_at` INT NOT NULL DEFAULT 0,
  `ally_penalty_expiry_time` BIGINT NOT NULL DEFAULT 0,
  `ally_penalty_type` INT NOT NULL DEFAULT 0,
  `char_penalty_expiry_time` BIGINT NOT NULL DEFAULT 0,
  `dissolving_expiry_time` BIGINT NOT NULL DEFAULT 0,
  `enabled` TINYINT NOT NULL DEFAULT 0,
  `notice` TEXT,
  `introduction` TEXT,
  PRIMARY KEY (`clan_id`),
  KEY `leader_id` (`leader_id`),
  KEY `ally_id` (`ally_id`)
);
