-- A character's access level is its account's (kept by the login server) unless set on the character itself:
-- NULL inherits. Characters that had the old default 0 inherit from now on; GMs made with //setaccess keep theirs.
ALTER TABLE characters MODIFY access_level INT NULL DEFAULT NULL;
UPDATE characters SET access_level = NULL WHERE access_level = 0;
-- (a jailed character has its own level -1: see org.aden.game.actor.Jail)
