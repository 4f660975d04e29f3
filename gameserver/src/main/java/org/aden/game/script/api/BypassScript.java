package org.aden.game.script.api;

import java.util.List;
import java.util.Set;

/**
 * Shared links: every {@code scripts/bypass/*.groovy} evaluates to one. {@link #commands()} answers NPC links
 * shared by every NPC ({@code npc_%objectId%_<command> args}), after the NPC's own scripts; {@link #prefixes()}
 * answers links tied to no NPC ({@code bypass -h <prefix> args}, e.g. on a page an event script showed). Either is
 * accepted only when it was on the last page shown to the player.
 */
public interface BypassScript {
    /** The first words of the NPC commands handled (case-sensitive, as written in the pages). */
    default Set<String> commands() {
        return Set.of();
    }

    /** @param args the words after the command */
    default boolean onBypass(NpcEvent e, String command, List<String> args) {
        return false;
    }

    /** The first words of the links tied to no NPC that this script answers (not {@code npc_...}). */
    default Set<String> prefixes() {
        return Set.of();
    }

    /**
     * A link tied to no NPC: {@code prefix} is its first word, {@code args} the words after it. Pages shown here
     * open without an NPC.
     */
    default boolean onLink(PlayerEvent e, String prefix, List<String> args) {
        return false;
    }
}
