package org.aden.game.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.CharInfo;
import org.aden.game.network.server.MoveToLocation;
import org.aden.game.world.chat.ChatState;
import org.aden.game.world.move.MoveOrder;
import org.aden.game.world.stat.CharacterStats;
import org.aden.game.world.stat.CharacterTemplate;
import org.aden.game.world.stat.InventoryItem;
import org.aden.game.world.stat.StatCalculator;

/**
 * A player character in the world. Owned by the world thread; the connection only reaches it through
 * commands. Bookkeeping beyond position and vitals lives in small components (stats, known list, chat).
 */
public final class Player extends Creature {
    private final String account;
    private final String name;
    private final Appearance appearance;
    private final CharacterTemplate template;
    private int classId;
    private int level;
    private long exp;
    private int sp;
    private String title;
    private int karma;
    private int pvpKills;
    private int pkKills;
    private boolean noble;
    private boolean hero;
    private int nameColor;
    private int titleColor;
    private int recommendationsLeft;
    private int recommendationsHave;
    private int accessLevel;
    private List<InventoryItem> inventory = List.of();
    private List<SkillEntry> skills = List.of();
    private List<Shortcut> shortcuts = List.of();
    private List<QuestEntry> quests = List.of();
    private CharacterStats stats;
    private final Set<WorldObject> known = new LinkedHashSet<>();
    private final ChatState chat = new ChatState();
    private PacketSink sink = PacketSink.NONE;
    private boolean connected = true;
    private long lastValidateMillis;
    private long lastCorrectionLogMillis = Long.MIN_VALUE / 2;

    public Player(PlayerState s, CharacterTemplate template) {
        super(s.objectId(), s.x(), s.y(), s.z());
        this.account = s.account();
        this.name = s.name();
        this.appearance = s.appearance();
        this.template = template;
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
        recomputeStats();
        // A fresh character has no stored vitals yet: start full.
        double hp = s.curHp() > 0 ? Math.min(s.curHp(), stats.maxHp()) : stats.maxHp();
        double mp = s.curMp() >= 0 ? Math.min(s.curMp(), stats.maxMp()) : stats.maxMp();
        double cp = s.curCp() >= 0 ? Math.min(s.curCp(), stats.maxCp()) : stats.maxCp();
        setVitals(hp, mp, cp);
    }

    public void recomputeStats() {
        List<InventoryItem> equipped = new ArrayList<>();
        for (InventoryItem i : inventory) {
            if (i.equipped()) {
                equipped.add(i);
            }
        }
        stats = StatCalculator.compute(template, level, appearance.sex(), equipped);
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

    @Override
    public ServerPacket[] appearPackets() {
        CharInfo info = CharInfo.of(this);
        MoveOrder m = moveOrder();
        if (m == null) {
            return new ServerPacket[] {info};
        }
        return new ServerPacket[] {info, MoveToLocation.of(this)};
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
        return Collections.unmodifiableSet(known);
    }

    Set<WorldObject> knownMutable() {
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

    public CharacterTemplate template() {
        return template;
    }

    public CharacterStats stats() {
        return stats;
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

    @Override
    public int level() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
        recomputeStats();
    }

    public long exp() {
        return exp;
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

    public int accessLevel() {
        return accessLevel;
    }

    public void setAccessLevel(int accessLevel) {
        this.accessLevel = accessLevel;
    }

    public boolean isGm() {
        return accessLevel > 0;
    }

    public List<InventoryItem> inventory() {
        return inventory;
    }

    public void setInventory(List<InventoryItem> items) {
        this.inventory = List.copyOf(items);
        recomputeStats();
    }

    public InventoryItem equippedAt(int position) {
        for (InventoryItem i : inventory) {
            if (i.paperdollPosition() == position) {
                return i;
            }
        }
        return null;
    }

    public int currentLoad() {
        long load = 0;
        for (InventoryItem i : inventory) {
            load += (long) i.template().weight() * i.count();
        }
        return (int) Math.min(Integer.MAX_VALUE, load);
    }

    public List<SkillEntry> skills() {
        return skills;
    }

    public void setSkills(List<SkillEntry> skills) {
        this.skills = List.copyOf(skills);
    }

    public List<Shortcut> shortcuts() {
        return shortcuts;
    }

    public void setShortcuts(List<Shortcut> shortcuts) {
        this.shortcuts = List.copyOf(shortcuts);
    }

    public List<QuestEntry> quests() {
        return quests;
    }

    public void setQuests(List<QuestEntry> quests) {
        this.quests = List.copyOf(quests);
    }

    public ChatState chat() {
        return chat;
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
