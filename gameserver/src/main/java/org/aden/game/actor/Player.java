package org.aden.game.actor;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.aden.common.collect.IdentitySet;
import org.aden.common.net.ServerPacket;

/**
 * A player character in the world. Owned by the world thread; the connection only reaches it through
 * commands. What a game system keeps about a player lives in that system's component ({@code Inventory} in
 * item/, {@code SkillBook} in skill/, {@code QuestLog} in quest/, {@code ChatState} in chat/...), held here by
 * type: the actor knows no game system, so every system may know the actor without a package cycle.
 */
public final class Player extends Creature {
    private final String account;
    private final String name;
    private final Appearance appearance;
    private int classId;
    private int level;
    private long exp;
    private int sp;
    private String title;
    private int karma;
    private int pvpKills;
    private int pkKills;
    private int pvpFlag; // 0 white, 1 flagged (purple); not saved: a flag ends with the session
    private boolean noble;
    private boolean hero;
    private int nameColor;
    private int titleColor;
    private int recommendationsLeft;
    private int recommendationsHave;
    private int accessLevel; // the character's own, or PlayerState.INHERIT_ACCESS
    private int accountAccessLevel;
    private CharacterStats stats;
    private final Map<Class<?>, Object> components = new HashMap<>();
    private final Set<WorldObject> known = new IdentitySet<>();
    private final Set<WorldObject> knownView = Collections.unmodifiableSet(known);
    private PacketSink sink = PacketSink.NONE;
    private boolean connected = true;
    private long lastValidateMillis;
    private long lastCorrectionLogMillis = Long.MIN_VALUE / 2;

    /** @param stats the character's derived values with what it wears (stat/ computes them) */
    public Player(PlayerState s, CharacterStats stats) {
        super(s.objectId(), s.x(), s.y(), s.z());
        this.account = s.account();
        this.name = s.name();
        this.appearance = s.appearance();
        this.classId = s.classId();
        this.level = Math.max(1, s.level());
        this.exp = s.exp();
        this.sp = s.sp();
        this.title = s.title() == null ? "" : s.title();
        this.karma = s.karma();
        this.pvpKills = s.pvpKills();
        this.pkKills = s.pkKills();
        this.noble = s.noble();
        this.hero = s.hero();
        this.nameColor = s.nameColor();
        this.titleColor = s.titleColor();
        this.recommendationsLeft = s.recommendationsLeft();
        this.recommendationsHave = s.recommendationsHave();
        this.accessLevel = s.accessLevel();
        setHeading(s.heading());
        this.stats = stats;
        // A fresh character has no stored vitals yet: start full.
        double hp = s.curHp() > 0 ? Math.min(s.curHp(), stats.maxHp()) : stats.maxHp();
        double mp = s.curMp() >= 0 ? Math.min(s.curMp(), stats.maxMp()) : stats.maxMp();
        double cp = s.curCp() >= 0 ? Math.min(s.curCp(), stats.maxCp()) : stats.maxCp();
        setVitals(hp, mp, cp);
    }

    public PlayerState snapshot() {
        return new PlayerState(
                objectId(),
                account,
                name,
                appearance,
                classId,
                level,
                exp,
                sp,
                x(),
                y(),
                z(),
                heading(),
                curHp,
                curMp,
                curCp,
                title,
                karma,
                pvpKills,
                pkKills,
                noble,
                hero,
                nameColor,
                titleColor,
                recommendationsLeft,
                recommendationsHave,
                accessLevel);
    }

    // ---- connection

    public void send(ServerPacket packet) {
        if (connected) {
            sink.send(packet.encode());
        }
    }

    public void sendBytes(byte[] body) {
        if (connected) {
            sink.send(body);
        }
    }

    public void attach(PacketSink sink) {
        this.sink = sink;
        this.connected = true;
    }

    /** The connection dropped: the character may linger in the world, but nothing is sent any more. */
    public void detach() {
        this.sink = PacketSink.NONE;
        this.connected = false;
    }

    public boolean isConnected() {
        return connected;
    }

    public PacketSink sink() {
        return sink;
    }

    // ---- known list

    public boolean knows(WorldObject o) {
        return known.contains(o);
    }

    public Set<WorldObject> known() {
        return knownView;
    }

    public Set<WorldObject> knownMutable() {
        return known;
    }

    // ---- attributes

    @Override
    public String name() {
        return name;
    }

    public String account() {
        return account;
    }

    public Appearance appearance() {
        return appearance;
    }

    public CharacterStats stats() {
        return stats;
    }

    /** New derived values (level or equipment changed). */
    public void setStats(CharacterStats stats) {
        this.stats = stats;
    }

    @Override
    public int runSpeed() {
        return stats.runSpeed();
    }

    @Override
    public int walkSpeed() {
        return stats.walkSpeed();
    }

    @Override
    public int maxHp() {
        return stats.maxHp();
    }

    public int maxMp() {
        return stats.maxMp();
    }

    public int maxCp() {
        return stats.maxCp();
    }

    public int classId() {
        return classId;
    }

    /** A class change at a village master (classchange/); the caller recomputes the stats. */
    public void setClassId(int classId) {
        this.classId = classId;
    }

    @Override
    public int level() {
        return level;
    }

    public long exp() {
        return exp;
    }

    /** Experience, SP and level after a kill or a level-up (combat/ keeps them consistent with the table). */
    public void setProgress(int level, long exp, int sp) {
        this.level = Math.max(1, level);
        this.exp = Math.max(0, exp);
        this.sp = Math.max(0, sp);
    }

    public int sp() {
        return sp;
    }

    public String title() {
        return title;
    }

    public int karma() {
        return karma;
    }

    public int pvpKills() {
        return pvpKills;
    }

    public int pkKills() {
        return pkKills;
    }

    /** Karma and the PvP and PK counts after a player kill or an EXP gain (combat/ keeps the rules). */
    public void setPvpRecord(int karma, int pvpKills, int pkKills) {
        this.karma = Math.max(0, karma);
        this.pvpKills = Math.max(0, pvpKills);
        this.pkKills = Math.max(0, pkKills);
    }

    /** 0 white name, 1 flagged for PvP (purple), as UserInfo/CharInfo show it. */
    public int pvpFlag() {
        return pvpFlag;
    }

    public void setPvpFlag(int pvpFlag) {
        this.pvpFlag = pvpFlag;
    }

    public boolean isNoble() {
        return noble;
    }

    public boolean isHero() {
        return hero;
    }

    public int nameColor() {
        return nameColor;
    }

    public int titleColor() {
        return titleColor;
    }

    public int recommendationsLeft() {
        return recommendationsLeft;
    }

    public int recommendationsHave() {
        return recommendationsHave;
    }

    /**
     * The access level GM checks use: the character's own if it has one, else its account's (never below 0:
     * a banned account does not get here).
     */
    public int accessLevel() {
        return accessLevel != PlayerState.INHERIT_ACCESS ? accessLevel : Math.max(0, accountAccessLevel);
    }

    /** The character's own level ({@link PlayerState#INHERIT_ACCESS}: none, it follows its account). */
    public int ownAccessLevel() {
        return accessLevel;
    }

    /** Gives the character its own level, or {@link PlayerState#INHERIT_ACCESS} to follow the account again. */
    public void setAccessLevel(int accessLevel) {
        this.accessLevel = accessLevel;
    }

    /** The account's level, as the login server reported it when the account entered this server. */
    public void setAccountAccessLevel(int level) {
        this.accountAccessLevel = level;
    }

    public boolean isGm() {
        return accessLevel() > 0;
    }

    // ---- components

    /** The component of that type; a player always has the ones the session gave it at EnterWorld. */
    public <T> T component(Class<T> type) {
        Object c = components.get(type);
        if (c == null) {
            throw new IllegalStateException(name + " has no " + type.getSimpleName());
        }
        return type.cast(c);
    }

    /** The component of that type, created on first use (state a system keeps only once it is used). */
    public <T> T component(Class<T> type, Supplier<T> create) {
        return type.cast(components.computeIfAbsent(type, k -> create.get()));
    }

    public <T> void addComponent(Class<T> type, T component) {
        components.put(type, type.cast(component));
    }

    public long lastValidateMillis() {
        return lastValidateMillis;
    }

    public void setLastValidateMillis(long millis) {
        this.lastValidateMillis = millis;
    }

    public long lastCorrectionLogMillis() {
        return lastCorrectionLogMillis;
    }

    public void setLastCorrectionLogMillis(long millis) {
        this.lastCorrectionLogMillis = millis;
    }
}
