package org.aden.game.dialog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.script.ScriptHost;
import org.aden.game.script.api.EventScript;
import org.aden.game.script.api.NpcScript;
import org.aden.game.script.api.Quest;
import org.aden.game.zone.Zone;
import org.aden.game.zone.Zones;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The world's events for scripts (world thread): an NPC spawned, was hit, saw a skill or was killed; a player
 * entered the world, levelled up, entered or left a zone. Each goes to the NPC's scripts (by template id, then
 * type), to the quests of that NPC (or, for a player's own events, every quest) the player has started, and to the
 * event scripts, but only to scripts that
 * write that handler: an event nobody listens to costs a map lookup.
 */
public final class ScriptEvents {
    private static final Logger LOG = LogManager.getLogger(ScriptEvents.class);
    /** NPCs this close to a caster see its skill (Mobius' range for the skill-see event). */
    static final int SKILL_SEE_RANGE = 1000;
    /** How often players' zones are compared with the zones scripts listen to. */
    static final long ZONE_SCAN = 500;

    private final TalkServices s;
    private final ScriptHost scripts;
    private final Zones zones;
    /** The listened-to zones each player was in at the last scan. */
    private final Map<Player, Set<String>> inZones = new HashMap<>();

    private boolean scanning;
    private Set<String> checkedZones = Set.of();
    private Set<String> checkedQuestZones = Set.of();

    public ScriptEvents(TalkServices services, Zones zones) {
        this.s = services;
        this.scripts = services.scripts();
        this.zones = zones;
        services.world().onPlayerLeft(inZones::remove);
    }

    /** The named timers of the scripts (tests). */
    public ScriptTimers timers() {
        return s.timers();
    }

    // ---- NPCs

    /** Any object appeared in the world (World's spawn listener): an NPC's scripts hear of it. */
    public void spawned(WorldObject o) {
        if (!(o instanceof Npc n) || !scripts.anyHandles("onSpawn")) {
            return;
        }
        for (NpcScript script : npcScripts(n)) {
            if (scripts.handles(script, "onSpawn")) {
                NpcOnlyEvent e = new NpcOnlyEvent(s, n, script);
                scripts.run(script, "onSpawn", () -> script.onSpawn(e));
            }
        }
        for (Quest q : scripts.quests().values()) {
            if (scripts.handles(q, "onSpawn") && ofQuest(q, n)) {
                NpcOnlyEvent e = new NpcOnlyEvent(s, n, q);
                scripts.run(q, "onSpawn", () -> q.onSpawn(e));
            }
        }
    }

    /** Combat's hit listener: a player's swing or skill took HP from an NPC. */
    public void attacked(Creature attacker, Creature target, int damage) {
        if (!(attacker instanceof Player p) || !(target instanceof Npc n) || !scripts.anyHandles("onAttack")) {
            return;
        }
        for (NpcScript script : npcScripts(n)) {
            if (scripts.handles(script, "onAttack")) {
                TalkEvent e = new TalkEvent(s, p, n, script);
                scripts.run(script, "onAttack", () -> script.onAttack(e, damage));
            }
        }
        for (Quest q : scripts.quests().values()) {
            if (scripts.handles(q, "onAttack")
                    && QuestTalk.started(p, q)
                    && ids(q, "killNpcs", q::killNpcs).contains(n.template().id())) {
                TalkEvent e = new TalkEvent(s, p, n, q);
                scripts.run(q, "onAttack", () -> q.onAttack(e, e.of(q.id()), damage));
            }
        }
    }

    /** A player's skill was launched (Casting): the NPCs near the caster with a script for it see it. */
    public void skillLaunched(Creature caster, int skillId, int skillLevel, List<Creature> affected) {
        if (!(caster instanceof Player p) || !scripts.anyHandles("onSkillSee")) {
            return;
        }
        List<Npc> near = new ArrayList<>();
        for (WorldObject o : p.known()) {
            if (o instanceof Npc n && !n.isDead() && p.isWithin2d(n, SKILL_SEE_RANGE)) {
                near.add(n);
            }
        }
        for (Npc n : near) {
            boolean targeted = affected.contains(n);
            for (NpcScript script : npcScripts(n)) {
                if (scripts.handles(script, "onSkillSee")) {
                    TalkEvent e = new TalkEvent(s, p, n, script);
                    scripts.run(script, "onSkillSee", () -> script.onSkillSee(e, skillId, skillLevel, targeted));
                }
            }
            for (Quest q : scripts.quests().values()) {
                if (scripts.handles(q, "onSkillSee") && QuestTalk.started(p, q) && ofQuest(q, n)) {
                    TalkEvent e = new TalkEvent(s, p, n, q);
                    scripts.run(q, "onSkillSee", () -> q.onSkillSee(e, e.of(q.id()), skillId, skillLevel, targeted));
                }
            }
        }
    }

    /** A player killed an NPC: its own scripts hear of it (the quests hear through NpcTalk). */
    public void killed(Player p, Npc n) {
        if (!scripts.anyHandles("onKill")) {
            return;
        }
        for (NpcScript script : npcScripts(n)) {
            if (scripts.handles(script, "onKill")) {
                TalkEvent e = new TalkEvent(s, p, n, script);
                scripts.run(script, "onKill", () -> script.onKill(e));
            }
        }
    }

    // ---- players

    /** A player entered the world (PlayerSessions). */
    public void entered(Player p) {
        for (EventScript ev : scripts.events()) {
            if (scripts.handles(ev, "onEnterWorld")) {
                TalkEvent e = new TalkEvent(s, p, null, ev);
                scripts.run(ev, "onEnterWorld", () -> ev.onEnterWorld(e));
            }
        }
        for (Quest q : startedQuests(p, "onEnterWorld")) {
            TalkEvent e = new TalkEvent(s, p, null, q);
            scripts.run(q, "onEnterWorld", () -> q.onEnterWorld(e, e.of(q.id())));
        }
    }

    /**
     * A player's level went up (Deaths' level-up listener, with the level before): once for each level gained, so
     * that a reward at level 5 is not skipped by a jump from 4 to 6.
     */
    public void levelledUp(Player p, int oldLevel) {
        for (int l = oldLevel + 1; l <= p.level(); l++) {
            int level = l;
            for (EventScript ev : scripts.events()) {
                if (scripts.handles(ev, "onLevelUp")) {
                    TalkEvent e = new TalkEvent(s, p, null, ev);
                    scripts.run(ev, "onLevelUp", () -> ev.onLevelUp(e, level));
                }
            }
            for (Quest q : startedQuests(p, "onLevelUp")) {
                TalkEvent e = new TalkEvent(s, p, null, q);
                scripts.run(q, "onLevelUp", () -> q.onLevelUp(e, e.of(q.id()), level));
            }
        }
    }

    /** The quests that write this handler and that the player has started, in quest id order. */
    private List<Quest> startedQuests(Player p, String handler) {
        if (!scripts.anyHandles(handler)) {
            return List.of();
        }
        List<Quest> out = new ArrayList<>();
        for (Quest q : scripts.quests().values()) {
            if (scripts.handles(q, handler) && QuestTalk.started(p, q)) {
                out.add(q);
            }
        }
        return out;
    }

    /** Starts the periodic zone check (once). */
    public void startZoneScan() {
        if (scanning) {
            return;
        }
        scanning = true;
        s.world().schedule(ZONE_SCAN, new Runnable() {
            @Override
            public void run() {
                scanZones();
                s.world().schedule(ZONE_SCAN, this);
            }
        });
    }

    /** Compares every player's zones with the last scan's: entries and exits go to the scripts listening. */
    public void scanZones() {
        Map<String, List<EventScript>> eventsByZone = new HashMap<>();
        for (EventScript ev : scripts.events()) {
            if (!scripts.handles(ev, "onEnterZone") && !scripts.handles(ev, "onExitZone")) {
                continue;
            }
            for (String z : names(scripts.call(ev, "zones", ev::zones, Set.of()))) {
                eventsByZone.computeIfAbsent(z, k -> new ArrayList<>()).add(ev);
            }
        }
        Map<String, List<Quest>> questsByZone = new HashMap<>();
        for (Quest q : scripts.quests().values()) {
            if (scripts.handles(q, "onEnterZone")) {
                for (String z : names(scripts.call(q, "zones", q::zones, Set.of()))) {
                    questsByZone.computeIfAbsent(z, k -> new ArrayList<>()).add(q);
                }
            }
        }
        if (!eventsByZone.keySet().equals(checkedZones)
                || !questsByZone.keySet().equals(checkedQuestZones)) {
            checkedZones = eventsByZone.keySet();
            checkedQuestZones = questsByZone.keySet();
            eventsByZone.forEach((z, l) -> warnUnknown(z, l.get(0)));
            questsByZone.forEach((z, l) -> warnUnknown(z, l.get(0)));
        }
        if (eventsByZone.isEmpty() && questsByZone.isEmpty() && inZones.isEmpty()) {
            return;
        }
        for (Player p : List.copyOf(s.world().players())) {
            Set<String> now = new HashSet<>();
            for (Zone z : zones.at(p.x(), p.y(), p.z())) {
                if (eventsByZone.containsKey(z.name()) || questsByZone.containsKey(z.name())) {
                    now.add(z.name());
                }
            }
            Set<String> before = inZones.getOrDefault(p, Set.of());
            if (now.equals(before)) {
                continue;
            }
            if (now.isEmpty()) {
                inZones.remove(p);
            } else {
                inZones.put(p, now);
            }
            for (String z : before) {
                if (!now.contains(z)) {
                    for (EventScript ev : eventsByZone.getOrDefault(z, List.of())) {
                        TalkEvent e = new TalkEvent(s, p, null, ev);
                        scripts.run(ev, "onExitZone", () -> ev.onExitZone(e, z));
                    }
                }
            }
            for (String z : now) {
                if (!before.contains(z)) {
                    for (EventScript ev : eventsByZone.getOrDefault(z, List.of())) {
                        TalkEvent e = new TalkEvent(s, p, null, ev);
                        scripts.run(ev, "onEnterZone", () -> ev.onEnterZone(e, z));
                    }
                    for (Quest q : questsByZone.getOrDefault(z, List.of())) {
                        if (QuestTalk.started(p, q)) {
                            TalkEvent e = new TalkEvent(s, p, null, q);
                            scripts.run(q, "onEnterZone", () -> q.onEnterZone(e, e.of(q.id()), z));
                        }
                    }
                }
            }
        }
    }

    /** A zone name no zone of the datapack has is a script's mistake: said once per change of the names. */
    private void warnUnknown(String zone, Object script) {
        if (!zones.hasName(zone)) {
            LOG.warn("Script {} listens to zone '{}', which datapack/zones does not have", scripts.keyOf(script), zone);
        }
    }

    private List<NpcScript> npcScripts(Npc n) {
        return scripts.npcScripts(n.template().id(), n.template().type());
    }

    /** Whether an NPC is one of the quest's monsters or talkers. */
    private boolean ofQuest(Quest q, Npc n) {
        int id = n.template().id();
        return ids(q, "killNpcs", q::killNpcs).contains(id)
                || ids(q, "talkNpcs", q::talkNpcs).contains(id);
    }

    private <T> Set<T> ids(Quest q, String what, Supplier<Set<T>> get) {
        return names(scripts.call(q, what, get, Set.of()));
    }

    private static <T> Set<T> names(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
