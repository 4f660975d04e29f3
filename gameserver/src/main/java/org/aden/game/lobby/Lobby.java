package org.aden.game.lobby;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.aden.common.log.LogThrottle;
import org.aden.common.text.PlayerText;
import org.aden.game.actor.CharacterStats;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterListEntry;
import org.aden.game.character.CharacterRepository;
import org.aden.game.character.CharacterSnapshot;
import org.aden.game.character.NameTakenException;
import org.aden.game.character.PendingSaves;
import org.aden.game.character.template.CharacterTemplate;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.idfactory.IdFactory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.GameClient;
import org.aden.game.network.client.lobby.CharacterCreate;
import org.aden.game.network.server.auth.LoginFail;
import org.aden.game.network.server.lobby.CharCreateFail;
import org.aden.game.network.server.lobby.CharCreateFail.Reason;
import org.aden.game.network.server.lobby.CharCreateOk;
import org.aden.game.network.server.lobby.CharDeleteFail;
import org.aden.game.network.server.lobby.CharDeleteSuccess;
import org.aden.game.network.server.lobby.CharSelected;
import org.aden.game.network.server.lobby.CharSelectionInfo;
import org.aden.game.network.server.lobby.NewCharacterSuccess;
import org.aden.game.network.server.lobby.RestartResponse;
import org.aden.game.skill.SkillData;
import org.aden.game.stat.PlayerStats;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The character selection screen. Every method that touches the database runs in the connection's serial
 * task queue ({@link GameClient#execute}), never on an I/O thread; the packet handlers only enqueue.
 */
public final class Lobby {
    private static final Logger LOG = LogManager.getLogger(Lobby.class);
    /** One in-game minute lasts ten real seconds (a game day is four real hours). */
    private static final long REAL_MILLIS_PER_GAME_MINUTE = 10_000;
    /** How long selecting a character waits for its last save to be written (logout, then straight back in). */
    private static final java.time.Duration SAVE_WAIT = java.time.Duration.ofSeconds(10);

    private final LobbySettings settings;
    private final CharacterRepository characters;
    private final CharacterTemplates templates;
    private final CharacterCreation creation;
    private final IdFactory ids;
    private final InstantSource clock;
    private final RandomGenerator random;
    private final NewCharacterSuccess templatesPacket;
    private final PlayerStats stats;
    private final PendingSaves saves;
    private final LogThrottle refusalLog = LogThrottle.perMinute();

    public Lobby(
            LobbySettings settings,
            CharacterRepository characters,
            CharacterTemplates templates,
            IdFactory ids,
            InstantSource clock,
            RandomGenerator random) {
        this(settings, characters, templates, ids, clock, random, PendingSaves.NONE);
    }

    /** @param saves asked before a character is read, so that a save still on its way is not read past */
    public Lobby(
            LobbySettings settings,
            CharacterRepository characters,
            CharacterTemplates templates,
            IdFactory ids,
            InstantSource clock,
            RandomGenerator random,
            PendingSaves saves) {
        this.saves = saves;
        this.settings = settings;
        this.characters = characters;
        this.templates = templates;
        this.creation = new CharacterCreation(settings, templates);
        this.ids = ids;
        this.clock = clock;
        this.random = random;
        this.stats = new PlayerStats(templates);
        this.templatesPacket = new NewCharacterSuccess(templates.all().stream()
                .map(t -> new NewCharacterSuccess.Template(
                        t.race().id(),
                        t.classId(),
                        t.stats().str(),
                        t.stats().dex(),
                        t.stats().con(),
                        t.stats().intelligence(),
                        t.stats().wit(),
                        t.stats().men()))
                .toList());
    }

    /** Whether the database answers; while it does not, everything here is refused at once. */
    public boolean databaseUp() {
        return characters.health().isUp();
    }

    /**
     * Runs lobby work that reads or writes the database (in the connection's task queue). Refused at once while the
     * database is down, and when it fails because the database went away: the client is told "system error, log in
     * later" and closed, and one line a minute says so (the outage itself is logged once by DatabaseHealth).
     */
    public void guarded(GameClient client, Runnable work) {
        if (!databaseUp()) {
            refuse(client);
            return;
        }
        catching(client, work);
    }

    /** {@link #guarded} without the check before: for work that refuses in its own way while the database is down. */
    public void catching(GameClient client, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!characters.health().failed(e)) {
                throw e;
            }
            refuse(client);
        }
    }

    /** The database is down: "system error, log in later", then close. */
    public void refuse(GameClient client) {
        long more = refusalLog.admit("database down");
        if (more >= 0) {
            LOG.info(
                    "{} refused: the database is unreachable{} (logged once a minute)", client, LogThrottle.more(more));
        }
        client.sendAndClose(new LoginFail(LoginFail.SYSTEM_ERROR));
    }

    /** Sends CharSelectionInfo (characters past their deletion timer are removed first). Blocking. */
    public void sendCharacterList(GameClient client, boolean preselectFirst) {
        CharSelectionInfo list = characterList(client, preselectFirst);
        client.send(list);
    }

    /**
     * Reads the account's characters and remembers their slots; the caller sends the list (after checking that the
     * client is still there). Blocking.
     */
    public CharSelectionInfo characterList(GameClient client, boolean preselectFirst) {
        long now = clock.millis();
        List<CharacterListEntry> entries = new ArrayList<>();
        for (CharacterListEntry e : characters.listForAccount(client.account())) {
            long due = e.character().deleteTime();
            if (due > 0 && due <= now) {
                characters.delete(e.character().objectId());
                LOG.info(
                        "character {} of {} deleted: its deletion timer ran out",
                        e.character().name(),
                        client.account());
            } else {
                entries.add(e);
            }
        }
        client.attach(
                CharacterSlots.class,
                new CharacterSlots(
                        entries.stream().map(e -> e.character().objectId()).toList()));
        return SelectionScreen.build(client.account(), client.sessionId(), entries, now, preselectFirst, this::statsOf);
    }

    /** Stats of a stored character as it enters the world (max HP/MP do not depend on equipment). */
    private CharacterStats statsOf(CharacterData c) {
        return stats.compute(c.classId(), c.level(), c.sex(), Map.of());
    }

    void newCharacter(GameClient client) {
        client.send(templatesPacket);
    }

    void create(GameClient client, CharacterCreate p) {
        if (client.state() != ConnectionState.IN_LOBBY) {
            return;
        }
        if (!databaseUp()) {
            refuseCreation(client, p);
            return;
        }
        Optional<Reason> refused = creation.checkName(p.name()).or(() -> creation.checkChoices(p));
        if (refused.isEmpty() && characters.countForAccount(client.account()) >= settings.maxCharacters()) {
            refused = Optional.of(Reason.TOO_MANY_CHARACTERS);
        }
        if (refused.isEmpty() && characters.nameExists(p.name())) {
            refused = Optional.of(Reason.NAME_ALREADY_EXISTS);
        }
        if (refused.isPresent()) {
            LOG.info("{}: character '{}' refused: {}", client, p.name(), refused.get());
            client.send(new CharCreateFail(refused.get()));
            return;
        }
        CharacterTemplate t = templates.get(p.classId());
        try {
            store(client.account(), p, t);
        } catch (NameTakenException e) {
            client.send(new CharCreateFail(Reason.NAME_ALREADY_EXISTS));
            return;
        } catch (RuntimeException e) {
            if (characters.health().failed(e)) {
                refuseCreation(client, p);
            } else {
                LOG.error("{}: creating character '{}' failed", client, p.name(), e);
                client.send(new CharCreateFail(Reason.CREATION_FAILED));
            }
            return;
        }
        LOG.info("{} created {} '{}'", client, t.name(), p.name());
        client.send(new CharCreateOk());
        sendCharacterList(client, false);
    }

    /** The database is down: creation failed (the client stays at the selection screen and may try later). */
    private void refuseCreation(GameClient client, CharacterCreate p) {
        long more = refusalLog.admit("database down");
        if (more >= 0) {
            LOG.info(
                    "{}: character '{}' refused: the database is unreachable{} (logged once a minute)",
                    client,
                    PlayerText.forLog(p.name(), 16),
                    LogThrottle.more(more));
        }
        client.send(new CharCreateFail(Reason.CREATION_FAILED));
    }

    private void store(String account, CharacterCreate p, CharacterTemplate t) {
        CharacterTemplate.Point at =
                t.startPoints().get(random.nextInt(t.startPoints().size()));
        int objectId = ids.nextId();
        // Start full with the maxima the character has in game (template base x CON/MEN bonus), not the bare
        // template base: otherwise a fresh character enters with e.g. 80/126 HP and the selection screen shows 80.
        CharacterStats full = stats.compute(t.classId(), 1, p.sex(), Map.of());
        CharacterData c = new CharacterData(
                objectId,
                account,
                p.name(),
                "",
                t.race().id(),
                t.classId(),
                t.classId(),
                p.sex(),
                p.hairStyle(),
                p.hairColor(),
                p.face(),
                1,
                0,
                0,
                full.maxHp(),
                full.maxMp(),
                full.maxCp(),
                full.maxHp(),
                full.maxMp(),
                full.maxCp(),
                0,
                0,
                0,
                at.x(),
                at.y(),
                at.z(),
                0,
                0,
                CharacterData.INHERIT_ACCESS,
                0,
                0,
                clock.millis());
        List<ItemData> items = t.startItems().stream()
                .map(i -> i.equip() != null
                        ? new ItemData(
                                ids.nextId(),
                                objectId,
                                i.itemId(),
                                i.count(),
                                0,
                                ItemLocation.PAPERDOLL,
                                i.equip().id())
                        : new ItemData(ids.nextId(), objectId, i.itemId(), i.count(), 0, ItemLocation.INVENTORY, -1))
                .toList();
        List<SkillData> skills = t.startSkills().stream()
                .map(s -> new SkillData(objectId, s.skillId(), s.level()))
                .toList();
        characters.create(c, items, skills);
    }

    void delete(GameClient client, int slot) {
        if (client.state() != ConnectionState.IN_LOBBY) {
            return;
        }
        CharacterData c = owned(client, slot);
        if (c == null) {
            client.send(new CharDeleteFail(CharDeleteFail.Reason.DELETION_FAILED));
        } else if (c.clanId() != 0) {
            client.send(new CharDeleteFail(CharDeleteFail.Reason.CLAN_MEMBER));
        } else if (settings.deleteDelay().isZero()) {
            characters.delete(c.objectId());
            LOG.info("{} deleted character '{}'", client, c.name());
            client.send(new CharDeleteSuccess());
        } else {
            characters.setDeleteTime(
                    c.objectId(), clock.millis() + settings.deleteDelay().toMillis());
            LOG.info("{} marked character '{}' for deletion in {}", client, c.name(), settings.deleteDelay());
            client.send(new CharDeleteSuccess());
        }
        sendCharacterList(client, true);
    }

    void restore(GameClient client, int slot) {
        if (client.state() != ConnectionState.IN_LOBBY) {
            return;
        }
        CharacterData c = owned(client, slot);
        if (c != null && c.deleteTime() > 0) {
            characters.setDeleteTime(c.objectId(), 0);
            LOG.info("{} restored character '{}'", client, c.name());
        }
        sendCharacterList(client, true);
    }

    void select(GameClient client, int slot) {
        if (client.state() != ConnectionState.IN_LOBBY) {
            return;
        }
        CharacterData owned = owned(client, slot);
        if (owned == null || owned.deleteTime() > 0) {
            LOG.info("{} selected slot {} which holds no selectable character", client, slot);
            sendCharacterList(client, false);
            return;
        }
        if (!awaitSaved(owned.objectId())) {
            refuse(client); // its last save has not reached the database: what we would read is older
            return;
        }
        CharacterSnapshot snapshot = characters.load(owned.objectId());
        if (snapshot == null || !client.isConnected()) {
            return; // gone while the database was read: nothing is completed for a client that left
        }
        long now = clock.millis();
        characters.setLastAccess(owned.objectId(), now);
        CharacterTemplate t = templates.get(snapshot.character().baseClassId());
        client.attach(CharacterSnapshot.class, snapshot);
        if (!client.transition(ConnectionState.IN_LOBBY, ConnectionState.ENTERING)) {
            client.attach(CharacterSnapshot.class, null);
            return;
        }
        client.send(charSelected(client, snapshot.character(), t, now));
    }

    private boolean awaitSaved(int objectId) {
        try {
            return saves.awaitWritten(objectId, SAVE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CharSelected charSelected(GameClient client, CharacterData c, CharacterTemplate t, long now) {
        CharacterTemplate.BaseStats s = t != null ? t.stats() : new CharacterTemplate.BaseStats(0, 0, 0, 0, 0, 0);
        return new CharSelected(
                c.name(),
                c.objectId(),
                c.title(),
                client.sessionId(),
                c.clanId(),
                c.sex(),
                c.race(),
                c.classId(),
                c.x(),
                c.y(),
                c.z(),
                c.currentHp(),
                c.currentMp(),
                c.sp(),
                c.exp(),
                c.level(),
                c.karma(),
                c.pkKills(),
                s.intelligence(),
                s.str(),
                s.con(),
                s.men(),
                s.dex(),
                s.wit(),
                gameTimeMinutes(now));
    }

    /** In-game time of day in minutes (0–1439), derived from the real clock. */
    public static int gameTimeMinutes(long epochMillis) {
        return (int) ((epochMillis / REAL_MILLIS_PER_GAME_MINUTE) % 1440);
    }

    /**
     * Back to the selection screen: from ENTERING (RequestRestart before EnterWorld), from IN_LOBBY, or called
     * by the world once it removed and saved the player after RequestRestart. Blocking: run it in
     * {@link GameClient#execute}.
     */
    public void returnToCharacterSelection(GameClient client) {
        client.attach(CharacterSnapshot.class, null);
        client.setState(ConnectionState.IN_LOBBY);
        client.send(new RestartResponse(true));
        sendCharacterList(client, false);
    }

    /** The character in the client's slot if it belongs to the client's account (re-read, not trusted). */
    private CharacterData owned(GameClient client, int slot) {
        CharacterSlots slots = client.attachment(CharacterSlots.class);
        int objectId = slots != null ? slots.objectId(slot) : -1;
        if (objectId < 0) {
            return null;
        }
        CharacterData c = characters.find(objectId);
        return c != null && c.account().equals(client.account()) ? c : null;
    }
}
