package org.aden.game.datapack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One parsed file as bytes: a table of its distinct strings (names and values repeat a lot), then its elements in
 * document order, each as name, line, attributes, text and children, all as varints into the table. Decoding
 * checks every length against what is left, so a damaged entry fails with an exception instead of a huge array.
 */
final class TreeCodec {
    private TreeCodec() {}

    static byte[] encode(XmlElement root) {
        Map<String, Integer> strings = new HashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        ByteArrayOutputStream table = new ByteArrayOutputStream(4096);
        int[] count = {0};
        element(root, strings, body, table, count);
        ByteArrayOutputStream out = new ByteArrayOutputStream(table.size() + body.size() + 8);
        writeVarint(out, count[0]);
        out.writeBytes(table.toByteArray());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void element(
            XmlElement e,
            Map<String, Integer> strings,
            ByteArrayOutputStream body,
            ByteArrayOutputStream table,
            int[] n) {
        writeVarint(body, index(e.name(), strings, table, n));
        writeVarint(body, e.line());
        String[] attributes = e.rawAttributes();
        writeVarint(body, attributes.length / 2);
        for (String a : attributes) {
            writeVarint(body, index(a, strings, table, n));
        }
        String text = e.text();
        writeVarint(body, text.isEmpty() ? 0 : index(text, strings, table, n) + 1);
        writeVarint(body, e.children().size());
        for (XmlElement c : e.children()) {
            element(c, strings, body, table, n);
        }
    }

    private static int index(String s, Map<String, Integer> strings, ByteArrayOutputStream table, int[] n) {
        Integer i = strings.get(s);
        if (i == null) {
            i = n[0]++;
            strings.put(s, i);
            writeString(table, s);
        }
        return i;
    }

    static XmlElement decode(byte[] b, Path file) {
        Reader in = new Reader(b);
        String[] strings = new String[in.count()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.string();
        }
        XmlElement root = element(in, strings, file);
        if (!in.atEnd()) {
            throw new IllegalStateException("trailing bytes");
        }
        return root;
    }

    private static XmlElement element(Reader in, String[] strings, Path file) {
        String name = strings[in.varint()];
        int line = in.varint();
        String[] attributes = new String[in.count() * 2];
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = strings[in.varint()];
        }
        XmlElement e = new XmlElement(file, name, line, attributes);
        int text = in.varint();
        if (text > 0) {
            e.setText(strings[text - 1]);
        }
        int children = in.count();
        for (int i = 0; i < children; i++) {
            e.add(element(in, strings, file));
        }
        return e;
    }

    static void writeVarint(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    static void writeString(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, b.length);
        out.write(b, 0, b.length);
    }

    /** Reads what the writers above wrote; out of bounds is an exception (a damaged entry), never a guess. */
    static final class Reader {
        private final byte[] b;
        private final int end;
        private int pos;

        Reader(byte[] b) {
            this(b, b.length);
        }

        /** Reads {@code b} up to {@code end} (what follows is not its business). */
        Reader(byte[] b, int end) {
            this.b = b;
            this.end = end;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (pos >= end) {
                    throw new IllegalStateException("past the end");
                }
                int x = b[pos++];
                v |= (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalStateException("varint too long");
        }

        /** A length or a count: never more than the bytes left (each counted thing takes at least one). */
        int count() {
            int n = varint();
            if (n < 0 || n > end - pos) {
                throw new IllegalStateException("count " + n + " past the end");
            }
            return n;
        }

        String string() {
            int n = count();
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        byte[] bytes(int n) {
            if (n > end - pos) {
                throw new IllegalStateException("count " + n + " past the end");
            }
            byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        boolean atEnd() {
            return pos == end;
        }
    }
}
