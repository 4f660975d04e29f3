package org.aden.tools.client.game;

import java.util.ArrayList;
import java.util.List;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;

/**
 * Parsers for the game server's handshake and lobby packets, written from game-handshake.md independently of
 * the server's writers, so a client test checks the layout rather than echoing the server's own code.
 */
public final class GameServerPackets {
    private GameServerPackets() {}

    /** KeyPacket (0x00). */
    public record Key(boolean accepted, byte[] key, int encryptionFlag, int serverId, int length) {}

    /** One CharSelectionInfo entry, every field in wire order (game-handshake.md §5.3). */
    public record CharInfo(
            String name,
            int objectId,
            String account,
            int sessionId,
            int clanId,
            int builderLevel,
            int sex,
            int race,
            int baseClassId,
            int active,
            int x,
            int y,
            int z,
            double currentHp,
            double currentMp,
            int sp,
            long exp,
            int level,
            int karma,
            int[] zeros9,
            int[] paperdollObjectIds,
            int[] paperdollItemIds,
            int hairStyle,
            int hairColor,
            int face,
            double maxHp,
            double maxMp,
            int deleteSeconds,
            int classId,
            int selected,
            int weaponEnchant,
            int augmentation) {}

    /** CharSelected (0x15), every field in wire order (§5.8). */
    public record Selected(
            String name,
            int objectId,
            String title,
            int sessionId,
            int clanId,
            int zero,
            int sex,
            int race,
            int classId,
            int active,
            int x,
            int y,
            int z,
            double currentHp,
            double currentMp,
            int sp,
            long exp,
            int level,
            int karma,
            int pkKills,
            int intelligence,
            int str,
            int con,
            int men,
            int dex,
            int wit,
            int gameTime,
            int classId2,
            int trailingZeros) {}

    /** One NewCharacterSuccess template (§5.4). */
    public record Template(int race, int classId, int str, int dex, int con, int intelligence, int wit, int men) {}

    public static Key key(byte[] body) {
        PacketReader r = expect(body, 0x00);
        boolean accepted = r.readC() == 1;
        byte[] key = r.readB(8);
        int flag = r.readD();
        int serverId = r.remaining() >= 4 ? r.readD() : 0;
        return new Key(accepted, key, flag, serverId, body.length);
    }

    public static List<CharInfo> charSelectionInfo(byte[] body) {
        PacketReader r = expect(body, 0x13);
        int n = r.readD();
        List<CharInfo> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = r.readS();
            int objectId = r.readD();
            String account = r.readS();
            int sessionId = r.readD();
            int clanId = r.readD();
            int builder = r.readD();
            int sex = r.readD();
            int race = r.readD();
            int baseClass = r.readD();
            int active = r.readD();
            int x = r.readD();
            int y = r.readD();
            int z = r.readD();
            double hp = r.readF();
            double mp = r.readF();
            int sp = r.readD();
            long exp = r.readQ();
            int level = r.readD();
            int karma = r.readD();
            int[] zeros = ints(r, 9);
            int[] objects = ints(r, 17);
            int[] items = ints(r, 17);
            int hair = r.readD();
            int hairColor = r.readD();
            int face = r.readD();
            double maxHp = r.readF();
            double maxMp = r.readF();
            int delete = r.readD();
            int classId = r.readD();
            int selected = r.readD();
            int enchant = r.readC();
            int augmentation = r.readD();
            out.add(new CharInfo(
                    name,
                    objectId,
                    account,
                    sessionId,
                    clanId,
                    builder,
                    sex,
                    race,
                    baseClass,
                    active,
                    x,
                    y,
                    z,
                    hp,
                    mp,
                    sp,
                    exp,
                    level,
                    karma,
                    zeros,
                    objects,
                    items,
                    hair,
                    hairColor,
                    face,
                    maxHp,
                    maxMp,
                    delete,
                    classId,
                    selected,
                    enchant,
                    augmentation));
        }
        end(r, "CharSelectionInfo");
        return out;
    }

    public static List<Template> newCharacterSuccess(byte[] body) {
        PacketReader r = expect(body, 0x17);
        int n = r.readD();
        List<Template> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int race = r.readD();
            int classId = r.readD();
            int[] stats = new int[6];
            for (int s = 0; s < 6; s++) {
                if (r.readD() != 0x46) {
                    throw new MalformedPacketException("stat frame must start with 0x46");
                }
                stats[s] = r.readD();
                if (r.readD() != 0x0A) {
                    throw new MalformedPacketException("stat frame must end with 0x0A");
                }
            }
            out.add(new Template(race, classId, stats[0], stats[1], stats[2], stats[3], stats[4], stats[5]));
        }
        end(r, "NewCharacterSuccess");
        return out;
    }

    public static Selected charSelected(byte[] body) {
        PacketReader r = expect(body, 0x15);
        String name = r.readS();
        int objectId = r.readD();
        String title = r.readS();
        int sessionId = r.readD();
        int clanId = r.readD();
        int zero = r.readD();
        int sex = r.readD();
        int race = r.readD();
        int classId = r.readD();
        int active = r.readD();
        int x = r.readD();
        int y = r.readD();
        int z = r.readD();
        double hp = r.readF();
        double mp = r.readF();
        int sp = r.readD();
        long exp = r.readQ();
        int level = r.readD();
        int karma = r.readD();
        int pk = r.readD();
        int intelligence = r.readD();
        int str = r.readD();
        int con = r.readD();
        int men = r.readD();
        int dex = r.readD();
        int wit = r.readD();
        for (int i = 0; i < 32; i++) { // #27-58
            if (r.readD() != 0) {
                throw new MalformedPacketException("CharSelected #" + (27 + i) + " must be 0");
            }
        }
        int time = r.readD();
        r.readD(); // #60
        int classId2 = r.readD();
        int trailing = 0;
        while (r.remaining() >= 4) {
            if (r.readD() != 0) {
                throw new MalformedPacketException("CharSelected tail must be zeros");
            }
            trailing++;
        }
        end(r, "CharSelected");
        return new Selected(
                name,
                objectId,
                title,
                sessionId,
                clanId,
                zero,
                sex,
                race,
                classId,
                active,
                x,
                y,
                z,
                hp,
                mp,
                sp,
                exp,
                level,
                karma,
                pk,
                intelligence,
                str,
                con,
                men,
                dex,
                wit,
                time,
                classId2,
                trailing);
    }

    /** The int reason of CharCreateFail (0x1A), CharDeleteFail (0x24), LoginFail (0x14), RestartResponse (0x5F). */
    public static int reason(byte[] body, int opcode) {
        PacketReader r = expect(body, opcode);
        int v = r.readD();
        end(r, String.format("0x%02X", opcode));
        return v;
    }

    static PacketReader expect(byte[] body, int opcode) {
        if (body.length == 0 || (body[0] & 0xFF) != opcode) {
            throw new MalformedPacketException(String.format(
                    "expected opcode 0x%02X, got %s",
                    opcode, body.length == 0 ? "an empty packet" : String.format("0x%02X", body[0] & 0xFF)));
        }
        return new PacketReader(body, 1, body.length - 1);
    }

    private static int[] ints(PacketReader r, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.readD();
        }
        return a;
    }

    private static void end(PacketReader r, String what) {
        if (r.remaining() != 0) {
            throw new MalformedPacketException(what + " has " + r.remaining() + " unexpected trailing bytes");
        }
    }
}
