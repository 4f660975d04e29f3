package org.aden.game.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.actor.Player;
import org.aden.game.network.server.chat.CreatureSay;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.target.MyTargetSelected;
import org.aden.game.network.server.target.TargetSelected;
import org.aden.game.network.server.target.TargetUnselected;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

class ChatAndTargetTest {
    private final WorldFixture f = new WorldFixture();
    private final List<String> adminLines = new ArrayList<>();
    private final ChatService chat =
            new ChatService(f.world, ChatSettings.defaults(), (p, line) -> adminLines.add(line));

    private static String sayName(byte[] body) {
        PacketReader r = new PacketReader(body, 9, body.length - 9);
        return r.readS();
    }

    @Test
    void generalChatReachesPlayersWithin1250Only() {
        Player a = f.player("Alice", 0, 0);
        Player near = f.player("Near", 1000, 0);
        Player seenButFar = f.player("Mid", 2000, 0);
        Player far = f.player("Far", 30000, 0);
        f.clearSinks();
        chat.say(a, "hello", 0, null);
        assertEquals(1, f.sink(a).countAbout(CreatureSay.OPCODE, a.objectId()));
        assertEquals(1, f.sink(near).countAbout(CreatureSay.OPCODE, a.objectId()));
        assertEquals(0, f.sink(seenButFar).count(CreatureSay.OPCODE));
        assertEquals(0, f.sink(far).count(CreatureSay.OPCODE));
    }

    @Test
    void shoutReachesTheMapRegionAndHeroVoiceEveryone() {
        Player a = f.player("Alice", 0, 0);
        Player sameTile = f.player("Same", 20000, 0);
        Player otherTile = f.player("Other", 70000, 0);
        f.clearSinks();
        chat.say(a, "WTS", 1, null);
        assertEquals(1, f.sink(sameTile).count(CreatureSay.OPCODE));
        assertEquals(0, f.sink(otherTile).count(CreatureSay.OPCODE));
        chat.say(a, "I am no hero", 17, null);
        assertEquals(0, f.sink(otherTile).count(CreatureSay.OPCODE));
    }

    @Test
    void whisperGoesToTheTargetWithAnEchoAndOfflineTargetsAreReported() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 90000, 0);
        f.clearSinks();
        chat.say(a, "psst", 2, "bob");
        assertEquals(1, f.sink(b).count(CreatureSay.OPCODE));
        assertEquals("Alice", sayName(f.sink(b).withOpcode(CreatureSay.OPCODE).get(0)));
        assertEquals("->Bob", sayName(f.sink(a).withOpcode(CreatureSay.OPCODE).get(0)));
        chat.say(a, "anyone?", 2, "Nobody");
        byte[] msg = f.sink(a).withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(SystemMessage.NOT_ONLINE, new PacketReader(msg, 1, 4).readD());
        f.clearSinks();
        chat.say(a, "no target", 2, null); // TS client's whisper without a target string
        assertEquals(0, f.sink(b).count(CreatureSay.OPCODE));
        byte[] none = f.sink(a).withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(SystemMessage.NOT_ONLINE, new PacketReader(none, 1, 4).readD());
    }

    @Test
    void floodAndLengthLimitsDropMessages() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 10, 0);
        f.clearSinks();
        for (int i = 0; i < 8; i++) {
            chat.say(a, "spam " + i, 0, null);
        }
        assertEquals(5, f.sink(b).count(CreatureSay.OPCODE));
        f.clock.advance(5000);
        f.clearSinks();
        chat.say(a, "x".repeat(106), 0, null);
        assertEquals(0, f.sink(b).count(CreatureSay.OPCODE));
        List<byte[]> told = f.sink(a).withOpcode(SystemMessage.OPCODE);
        assertEquals(1, told.size(), "the sender is told why, not left guessing");
        assertTrue(told.get(0).length > 20);
        chat.say(a, "x".repeat(105), 0, null);
        assertEquals(1, f.sink(b).count(CreatureSay.OPCODE));
    }

    private static String sayText(byte[] body) {
        PacketReader r = new PacketReader(body, 9, body.length - 9);
        r.readS();
        return r.readS();
    }

    @Test
    void lineBreaksOverridesAndInvisibleCharactersNeverReachOtherPlayers() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 10, 0);
        f.clearSinks();
        chat.say(a, "hi\r\nERROR fake\u202Eevil\u200B!", 0, null);
        assertEquals(
                "hi  ERROR fakeevil!",
                sayText(f.sink(b).withOpcode(CreatureSay.OPCODE).get(0)));
        chat.say(a, "\u200B\u202E", 0, null);
        assertEquals(1, f.sink(b).count(CreatureSay.OPCODE), "nothing visible left: nothing relayed");
        String link = "Type=1 \bID=268437456 Color=0 Underline=0 Title=Sword\b here";
        chat.say(a, link, 0, null);
        assertEquals(link, sayText(f.sink(b).withOpcode(CreatureSay.OPCODE).get(1)), "item links are kept");
    }

    @Test
    void doubleSlashIsAnAdminCommandNotChat() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 10, 0);
        f.clearSinks();
        chat.say(a, "//where", 0, null);
        assertEquals(List.of("where"), adminLines);
        assertEquals(0, f.sink(b).count(CreatureSay.OPCODE));
    }

    @Test
    void targetingTellsSelfAndOnlookers() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 100, 0);
        Player c = f.player("Carol", 200, 0);
        f.clearSinks();
        f.actions.action(a, b.objectId());
        assertSame(b, a.target());
        assertEquals(1, f.sink(a).countAbout(MyTargetSelected.OPCODE, b.objectId()));
        assertEquals(1, f.sink(a).countAbout(StatusUpdate.OPCODE, b.objectId()));
        assertEquals(1, f.sink(c).countAbout(TargetSelected.OPCODE, a.objectId()));
        assertEquals(1, f.sink(b).countAbout(TargetSelected.OPCODE, a.objectId()));
        assertEquals(0, f.sink(a).count(TargetSelected.OPCODE));
        f.actions.cancelTarget(a);
        assertNull(a.target());
        assertEquals(1, f.sink(a).countAbout(TargetUnselected.OPCODE, a.objectId()));
        assertEquals(1, f.sink(c).countAbout(TargetUnselected.OPCODE, a.objectId()));
    }

    @Test
    void unknownObjectsCannotBeTargeted() {
        Player a = f.player("Alice", 0, 0);
        Player far = f.player("Far", 50000, 0);
        f.actions.action(a, far.objectId());
        assertNull(a.target());
    }
}
