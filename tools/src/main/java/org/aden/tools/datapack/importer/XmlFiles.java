package org.aden.tools.datapack.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@link Out} trees as UTF-8 XML: two-space indent, LF line ends, attributes on the element's line. */
public final class XmlFiles {
    private XmlFiles() {}

    public static void write(Path file, String headerComment, Out root) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (headerComment != null) {
            sb.append("<!-- ").append(escapeComment(headerComment)).append(" -->\n");
        }
        append(sb, root, 0);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toString(Out root) {
        StringBuilder sb = new StringBuilder();
        append(sb, root, 0);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Out e, int depth) {
        String indent = "  ".repeat(depth);
        if (e.comment != null) {
            sb.append(indent).append("<!-- ").append(escapeComment(e.comment)).append(" -->\n");
        }
        sb.append(indent).append('<').append(e.name);
        for (Map.Entry<String, String> a : e.attributes.entrySet()) {
            sb.append(' ')
                    .append(a.getKey())
                    .append("=\"")
                    .append(escape(a.getValue(), true))
                    .append('"');
        }
        if (e.children.isEmpty() && e.text == null) {
            sb.append("/>\n");
            return;
        }
        sb.append('>');
        if (e.text != null) {
            sb.append(escape(e.text, false));
        }
        if (!e.children.isEmpty()) {
            sb.append('\n');
            for (Out child : e.children) {
                append(sb, child, depth + 1);
            }
            sb.append(indent);
        }
        sb.append("</").append(e.name).append(">\n");
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> out.append(attribute ? " " : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeComment(String s) {
        return s.replace("--", "- -");
    }
}
