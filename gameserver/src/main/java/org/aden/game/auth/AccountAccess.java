package org.aden.game.auth;

/** The account's access level as the login server confirmed it at AuthLogin; characters inherit it. */
public record AccountAccess(int level) {}
