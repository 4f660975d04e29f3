package org.aden.game.actor;

/** Where a creature is heading; the origin is kept for the MoveToLocation packet. */
public record MoveOrder(double destX, double destY, double destZ) {}
