package org.aden.game.shortcut;

/** One hot-bar slot: type 1 item, 2 skill, 3 action, 4 macro, 5 recipe; slot = page × 12 + position. */
public record Shortcut(int type, int slot, int id, int level) {}
