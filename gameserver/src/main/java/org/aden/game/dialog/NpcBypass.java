package org.aden.game.dialog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NPC link, {@code npc_<npcObjectId>_<command>} (world-chat-npc.md §7.4), split into the NPC and the command.
 *
 * @param command what follows the second underscore, e.g. {@code goto 1001} or {@code Chat 0}
 */
public record NpcBypass(int npcObjectId, String command) {
    private static final Pattern FORM = Pattern.compile("npc_(\\d{1,10})_(\\S.*)", Pattern.DOTALL);

    /** The link's parts, or null when it is not an NPC link of that form. */
    public static NpcBypass parse(String link) {
        Matcher m = FORM.matcher(link);
        if (!m.matches()) {
            return null;
        }
        long id = Long.parseLong(m.group(1));
        if (id > Integer.MAX_VALUE) {
            return null;
        }
        return new NpcBypass((int) id, m.group(2).trim());
    }

    /** The command's first word ({@code goto}). */
    public String verb() {
        int sp = command.indexOf(' ');
        return sp < 0 ? command : command.substring(0, sp);
    }

    /** The words after the first. */
    public java.util.List<String> args() {
        int sp = command.indexOf(' ');
        return sp < 0
                ? java.util.List.of()
                : java.util.List.of(command.substring(sp + 1).trim().split("\\s+"));
    }
}
