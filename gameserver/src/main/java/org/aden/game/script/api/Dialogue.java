package org.aden.game.script.api;

import java.util.Map;

/**
 * Showing pages in the NPC chat window. Every page is scanned for its bypass links: only those links are accepted
 * back from the client. {@code %objectId%} (the NPC) and {@code %playerName%} are filled in; {@code vars} adds
 * {@code %name%} placeholders of the script's own.
 */
public interface Dialogue {
    /** Shows an html document. */
    void show(String html);

    /** Shows an html document after replacing {@code %key%} by each value. */
    void show(String html, Map<String, ?> vars);

    /**
     * A page written beside the script or in scripts/html by name (e.g. {@code "30006.htm"}); null when there is
     * none. Pages are read and size-checked at load time.
     */
    String page(String name);

    /** Shows a page by name; false when there is none. */
    boolean showPage(String name);

    boolean showPage(String name, Map<String, ?> vars);

    /**
     * Shows the NPC's own hand-written first page, {@code scripts/npcs/pages/<template id>.htm}, with {@code %links%}
     * replaced by {@code links} (the links of the NPC's trade, built by its type's script); false when the NPC has
     * no page of its own. An NPC that no script answers shows its own page too, with no links.
     */
    boolean showOwnPage(String links);

    /** A line of text in the player's system window (stays when a page replaces another). */
    void tell(String text);
}
