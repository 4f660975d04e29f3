package org.aden.game.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.game.network.client.npc.RequestBypassToServer;
import org.aden.game.network.client.npc.RequestLinkHtml;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.junit.jupiter.api.Test;

/** NpcHtmlMessage and RequestBypassToServer against world-chat-npc.md §6 and §7.1, and the offered-link rule. */
class NpcDialogPacketsTest {
    @Test
    void npcHtmlMessageLayout() {
        byte[] b = new NpcHtmlMessage(0x10000123, "<html>Hi</html>", 0).encode();
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x0F, buf.get(0) & 0xFF);
        assertEquals(0x10000123, buf.getInt(1));
        String html = "<html>Hi</html>";
        byte[] utf16 = html.getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i < utf16.length; i++) {
            assertEquals(utf16[i], b[5 + i], "html byte " + i);
        }
        int end = 5 + utf16.length;
        assertEquals(0, buf.getShort(end)); // string terminator
        assertEquals(0, buf.getInt(end + 2)); // itemId
        assertEquals(end + 6, b.length);
    }

    @Test
    void pagesOverTheClientLimitAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NpcHtmlMessage(1, "x".repeat(8193), 0));
        new NpcHtmlMessage(1, "x".repeat(8192), 0);
    }

    @Test
    void requestBypassToServerReadsItsCommand() {
        byte[] body = new PacketWriter()
                .writeC(0x21)
                .writeS("npc_268435456_goto 1001")
                .toByteArray();
        PacketReader r = new PacketReader(body);
        assertEquals(RequestBypassToServer.OPCODE, r.readC());
        assertEquals("npc_268435456_goto 1001", RequestBypassToServer.read(r).command());
    }

    @Test
    void requestLinkHtmlReadsItsPath() {
        byte[] body = new PacketWriter().writeC(0x20).writeS("roien-more.htm").toByteArray();
        PacketReader r = new PacketReader(body);
        assertEquals(RequestLinkHtml.OPCODE, r.readC());
        assertEquals(0x20, body[0] & 0xFF);
        assertEquals('r', body[1]); // UTF-16LE from offset 1
        assertEquals(0, body[2]);
        assertEquals(1 + 2 * ("roien-more.htm".length() + 1), body.length, "one string, null-terminated");
        assertEquals("roien-more.htm", RequestLinkHtml.read(r).link());
    }

    @Test
    void linkActionsOfTheLastPageAreAcceptedToo() {
        OfferedLinks links = new OfferedLinks();
        links.offer(
                77, "<html><a action=\"link roien-more.htm\">more</a><a action=\"bypass -h npc_77_x\">x</a></html>");
        assertTrue(links.acceptsLink("roien-more.htm"));
        assertFalse(links.acceptsLink("other.htm"));
        assertFalse(links.accepts("roien-more.htm"), "a link path is not a bypass");
        assertFalse(links.acceptsLink("npc_77_x"), "a bypass is not a link path");
    }

    @Test
    void onlyTheLinksOfTheLastPageAreAccepted() {
        OfferedLinks links = new OfferedLinks();
        links.offer(
                77,
                "<html><a action=\"bypass -h npc_77_goto 1001\">Obelisk</a>"
                        + "<a action=\"bypass npc_77_Chat 1\">more</a>"
                        + "<edit var=\"n\"><a action=\"bypass -h npc_77_Buy $n\">buy</a></html>");
        assertEquals(77, links.npcObjectId());
        assertTrue(links.accepts("npc_77_goto 1001"));
        assertTrue(links.accepts("npc_77_Chat 1"));
        assertTrue(links.accepts("npc_77_Buy 12"));
        assertFalse(links.accepts("npc_77_goto 1008"), "a destination the page did not offer");
        assertFalse(links.accepts("npc_78_goto 1001"), "another NPC");
        assertFalse(links.accepts("admin_teleport 0 0 0"));
        links.offer(77, "<html>no links</html>");
        assertFalse(links.accepts("npc_77_goto 1001"), "the previous page's links are gone");
    }
}
