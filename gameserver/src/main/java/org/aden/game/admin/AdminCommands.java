package org.aden.game.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aden.game.actor.Player;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The GM command registry: parses "name arg arg", checks the account's access level on the server (the
 * client's claim is never enough), logs every use and every refusal.
 */
public final class AdminCommands {
    private static final Logger LOG = LogManager.getLogger(AdminCommands.class);

    private final Map<String, AdminCommand> byName = new LinkedHashMap<>();
    private AdminContext context;

    public void setContext(AdminContext context) {
        this.context = context;
    }

    public AdminCommands register(AdminCommand c) {
        byName.put(c.name().toLowerCase(Locale.ROOT), c);
        for (String a : c.aliases()) {
            byName.put(a.toLowerCase(Locale.ROOT), c);
        }
        return this;
    }

    /** Removes every name that leads to this command (a GM script whose file is gone). */
    public void unregister(AdminCommand c) {
        byName.values().removeIf(v -> v == c);
    }

    public Collection<AdminCommand> commands() {
        return new java.util.LinkedHashSet<>(byName.values());
    }

    /** A command line without the leading "//" (world thread). */
    public void handle(Player gm, String line) {
        List<String> words = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return;
        }
        String name = words.remove(0).toLowerCase(Locale.ROOT);
        if (name.startsWith("admin_")) {
            name = name.substring("admin_".length()); // the client's builder commands arrive with this prefix
        }
        AdminCommand c = byName.get(name);
        if (gm.accessLevel() <= 0 || (c != null && gm.accessLevel() < c.minAccessLevel())) {
            LOG.warn("Refused //{} from {} ({}), access level {}", name, gm.name(), gm.account(), gm.accessLevel());
            context.reply(gm, "You are not authorized to use this command.");
            return;
        }
        if (c == null) {
            context.reply(gm, "Unknown command //" + name + ". Try //help.");
            return;
        }
        LOG.info("GM {} ({}) used //{} {}", gm.name(), gm.account(), name, String.join(" ", words));
        try {
            c.execute(context, gm, words);
        } catch (IllegalArgumentException e) {
            context.reply(gm, "Usage: //" + c.usage());
        }
    }
}
