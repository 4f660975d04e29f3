package org.aden.game.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aden.game.actor.Npc;
import org.aden.game.content.DatapackPart;
import org.aden.game.door.Door;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.reload.LiveContent;
import org.aden.game.spawn.SpawnGroup;

/**
 * GM commands on the world's content: //spawn, //delete and //npcinfo on NPCs, //open and //close on a targeted
 * door, //reload datapack [part]. They act on the data in use ({@link LiveContent#current()}).
 */
public final class WorldAdminCommands {
    /** Problems shown to the GM after a refused reload; the log has all of them. */
    static final int PROBLEMS_SHOWN = 10;

    static final int MAX_SPAWN_COUNT = 100;

    private WorldAdminCommands() {}

    public static AdminCommands register(AdminCommands r, LiveContent live) {
        r.register(new SimpleAdminCommand(
                "spawn", List.of(), BuiltinAdminCommands.GM, "spawn npcId|name [count]", (ctx, gm, a) -> {
                    if (a.isEmpty()) {
                        throw new IllegalArgumentException("no NPC");
                    }
                    List<String> words = new ArrayList<>(a);
                    int count = 1;
                    if (words.size() > 1 && words.get(words.size() - 1).matches("\\d+")) {
                        count = Integer.parseInt(words.remove(words.size() - 1));
                    }
                    if (count < 1 || count > MAX_SPAWN_COUNT) {
                        ctx.reply(gm, "Spawn 1 to " + MAX_SPAWN_COUNT + " NPCs at a time.");
                        return;
                    }
                    String what = String.join(" ", words);
                    Optional<NpcTemplate> t = find(live.current().npcs(), what);
                    if (t.isEmpty()) {
                        ctx.reply(gm, "No NPC template " + what + ".");
                        return;
                    }
                    List<Npc> spawned = live.spawner()
                            .spawnAt(t.get(), count, gm.x(), gm.y(), gm.z(), gm.heading(), "//spawn by " + gm.name());
                    ctx.reply(
                            gm,
                            "Spawned " + spawned.size() + " x " + t.get().name() + " ("
                                    + t.get().id() + ") at " + gm.x() + " " + gm.y() + " " + gm.z()
                                    + "; they do not respawn.");
                }));
        r.register(new SimpleAdminCommand("delete", List.of(), BuiltinAdminCommands.GM, "delete", (ctx, gm, a) -> {
            if (!(gm.target() instanceof Npc npc)) {
                ctx.reply(gm, "Target an NPC first.");
                return;
            }
            String origin = live.spawner().origin(npc).map(SpawnGroup::origin).orElse("no spawn");
            live.spawner().delete(npc);
            ctx.reply(
                    gm,
                    "Deleted " + npc.name() + " (" + npc.templateId() + ") of " + origin + "; it does not come back.");
        }));
        r.register(new SimpleAdminCommand("npcinfo", List.of(), BuiltinAdminCommands.GM, "npcinfo", (ctx, gm, a) -> {
            if (!(gm.target() instanceof Npc npc)) {
                ctx.reply(gm, "Target an NPC first.");
                return;
            }
            NpcTemplate t = npc.template();
            Optional<SpawnGroup> g = live.spawner().origin(npc);
            ctx.reply(
                    gm,
                    "NPC " + t.id() + " " + t.name() + (t.title().isEmpty() ? "" : " <" + t.title() + ">") + ", level "
                            + t.level() + ", " + t.type() + ", object " + npc.objectId());
            ctx.reply(gm, "At " + npc.x() + " " + npc.y() + " " + npc.z() + " heading " + npc.heading());
            ctx.reply(
                    gm,
                    g.map(s -> "Spawn " + s.origin() + ", " + s.living() + "/" + s.wanted() + " living, respawn "
                                    + (s.respawnSec() == 0
                                            ? "none"
                                            : s.respawnSec() + " s ± " + s.respawnRandomSec() + " s"))
                            .orElse("Not from a spawn."));
        }));
        r.register(door("open", true, live));
        r.register(door("close", false, live));
        r.register(new SimpleAdminCommand(
                "reload",
                List.of(),
                BuiltinAdminCommands.ADMIN,
                "reload datapack [" + String.join("|", parts()) + "]",
                (ctx, gm, a) -> {
                    if (a.isEmpty() || !a.get(0).equalsIgnoreCase("datapack") || a.size() > 2) {
                        throw new IllegalArgumentException("reload what");
                    }
                    Optional<DatapackPart> part = Optional.empty();
                    if (a.size() == 2) {
                        try {
                            part = Optional.of(DatapackPart.byFolder(a.get(1).toLowerCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            ctx.reply(gm, "No datapack part " + a.get(1) + ": " + String.join(", ", parts()) + ".");
                            return;
                        }
                    }
                    if (part.isPresent() && LiveContent.NOT_LIVE.containsKey(part.get())) {
                        ctx.reply(gm, "Not reloaded: " + LiveContent.NOT_LIVE.get(part.get()) + ".");
                        return;
                    }
                    ctx.reply(gm, "Reading the datapack...");
                    live.reload(part, gm.name(), outcome -> {
                        ctx.reply(gm, outcome.summary());
                        List<String> problems = outcome.problems();
                        for (int i = 0; i < Math.min(PROBLEMS_SHOWN, problems.size()); i++) {
                            ctx.reply(gm, problems.get(i));
                        }
                        if (problems.size() > PROBLEMS_SHOWN) {
                            ctx.reply(gm, "... and " + (problems.size() - PROBLEMS_SHOWN) + " more in the log.");
                        }
                    });
                }));
        return r;
    }

    private static SimpleAdminCommand door(String name, boolean open, LiveContent live) {
        return new SimpleAdminCommand(name, List.of(), BuiltinAdminCommands.GM, name, (ctx, gm, a) -> {
            if (!(gm.target() instanceof Door d)) {
                ctx.reply(gm, "Target a door first.");
                return;
            }
            boolean changed = live.doors().setOpen(d, open);
            ctx.reply(
                    gm,
                    "Door " + d.doorId() + " " + d.template().name() + (changed ? " is now " : " already is ")
                            + (open ? "open." : "closed."));
        });
    }

    /** By id, else by name ignoring case (underscores stand for spaces). */
    static Optional<NpcTemplate> find(NpcTemplates npcs, String what) {
        if (what.matches("\\d+")) {
            return npcs.get(Integer.parseInt(what));
        }
        String name = what.replace('_', ' ');
        return npcs.all().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .min(java.util.Comparator.comparingInt(NpcTemplate::id));
    }

    private static List<String> parts() {
        List<String> names = new ArrayList<>();
        for (DatapackPart p : DatapackPart.values()) {
            names.add(p.folder());
        }
        return names;
    }
}
