package org.aden.game.script.api;

import java.util.Set;

/**
 * Links shared by every NPC ({@code npc_%objectId%_<command> args}): every {@code scripts/bypass/*.groovy}
 * evaluates to one, e.g. {@code Buy}, {@code Sell}, {@code goto}. An NPC's own script is asked first.
 */
public interface BypassScript {
    /** The first words of the commands handled (case-sensitive, as written in the pages). */
    Set<String> commands();

    /** @param args the words after the command */
    boolean onBypass(NpcEvent e, String command, java.util.List<String> args);
}
