package org.aden.game.shortcut;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.network.server.shortcut.ShortCutInit;

/** A player's hot bar. A component of {@link Player}; world thread only. */
public final class ShortcutBar {
    /** Hot bar of a character with no stored shortcuts: Attack, Pick Up, Sit/Stand (action ids 2, 5, 0). */
    public static final List<Shortcut> DEFAULT =
            List.of(new Shortcut(3, 0, 2, 0), new Shortcut(3, 3, 5, 0), new Shortcut(3, 10, 0, 0));

    private List<Shortcut> shortcuts;

    public ShortcutBar(List<Shortcut> shortcuts) {
        this.shortcuts = List.copyOf(shortcuts);
    }

    public static ShortcutBar of(Player p) {
        return p.component(ShortcutBar.class);
    }

    public ShortCutInit shortCutInit() {
        return new ShortCutInit(shortcuts.stream()
                .map(s -> new ShortCutInit.Entry(s.type(), s.slot(), s.id(), s.level()))
                .toList());
    }

    public List<Shortcut> shortcuts() {
        return shortcuts;
    }
}
