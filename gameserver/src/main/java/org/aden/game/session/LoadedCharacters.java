package org.aden.game.session;

import org.aden.game.actor.Appearance;
import org.aden.game.actor.Jail;
import org.aden.game.actor.PlayerState;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterSnapshot;
import org.aden.game.shortcut.ShortcutBar;

/** Turns what the lobby loaded from the database into what the world places. */
public final class LoadedCharacters {
    private LoadedCharacters() {}

    /** Default title colour (Mobius's; aCis uses 0xFFFF77). */
    static final int TITLE_COLOR = 0xECF9A2;

    public static EnterWorldData toWorld(CharacterSnapshot snapshot) {
        CharacterData c = snapshot.character();
        boolean jailed = Jail.jailed(c.accessLevel()); // back into the cell, wherever it was saved
        PlayerState state = new PlayerState(
                c.objectId(),
                c.account(),
                c.name(),
                new Appearance(c.race(), c.sex(), c.baseClassId(), c.hairStyle(), c.hairColor(), c.face()),
                c.classId(),
                c.level(),
                c.exp(),
                c.sp(),
                jailed ? Jail.X : c.x(),
                jailed ? Jail.Y : c.y(),
                jailed ? Jail.Z : c.z(),
                c.heading(),
                c.currentHp(),
                c.currentMp(),
                c.currentCp(),
                c.title(),
                c.karma(),
                c.pvpKills(),
                c.pkKills(),
                false,
                false,
                0xFFFFFF,
                TITLE_COLOR,
                0,
                0,
                c.accessLevel());
        // every item row: PlayerFactory keeps the warehouse's apart from the inventory
        return new EnterWorldData(state, snapshot.items(), snapshot.skills(), ShortcutBar.DEFAULT, snapshot.quests());
    }
}
