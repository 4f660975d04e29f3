package org.aden.game.datapack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One element of a parsed datapack file with the line it starts on, so checks beyond the schema can still
 * report file and line. Accessors throw {@link DatapackException} pointing at this element.
 */
public final class XmlElement {
    private final Path file;
    private final String name;
    private final int line;
    /** Names and values side by side, in document order: a few per element, so a scan beats a map's memory. */
    private final String[] attributes;

    private List<XmlElement> children = List.of();
    private Object text; // only for elements with non-blank text (skill level tables): a StringBuilder, then a String

    XmlElement(Path file, String name, int line, Map<String, String> attributes) {
        this(file, name, line, flatten(attributes));
    }

    /** @param attributes names at even, values at odd indexes */
    XmlElement(Path file, String name, int line, String[] attributes) {
        this.file = file;
        this.name = name;
        this.line = line;
        this.attributes = attributes;
    }

    private static String[] flatten(Map<String, String> attributes) {
        String[] a = new String[attributes.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            a[i++] = e.getKey();
            a[i++] = e.getValue();
        }
        return a;
    }

    void add(XmlElement child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    void setText(String s) {
        text = s;
    }

    /** The attributes as stored (names at even, values at odd indexes), for the parsed-tree cache. */
    String[] rawAttributes() {
        return attributes;
    }

    private String attribute(String attributeName) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(attributeName)) {
                return attributes[i + 1];
            }
        }
        return null;
    }

    void appendText(char[] ch, int start, int length) {
        if (text == null) {
            boolean blank = true;
            for (int i = start; i < start + length && blank; i++) {
                blank = Character.isWhitespace(ch[i]);
            }
            if (blank) {
                return;
            }
            text = new StringBuilder();
        }
        ((StringBuilder) text).append(ch, start, length);
    }

    /** The element's character content ("" when it has none or only white space). */
    public String text() {
        return text == null ? "" : text.toString();
    }

    /** The names of the attributes present, in document order. */
    public java.util.Set<String> attributeNames() {
        java.util.Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < attributes.length; i += 2) {
            names.add(attributes[i]);
        }
        return Collections.unmodifiableSet(names);
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    public Path file() {
        return file;
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The single child of that name. */
    public XmlElement child(String childName) {
        List<XmlElement> found = children(childName);
        if (found.size() != 1) {
            throw error("expected exactly one <" + childName + "> in <" + name + ">, found " + found.size());
        }
        return found.get(0);
    }

    public boolean has(String attribute) {
        return attribute(attribute) != null;
    }

    public String string(String attribute) {
        String v = attribute(attribute);
        if (v == null) {
            throw error("<" + name + "> needs attribute " + attribute);
        }
        return v;
    }

    public String string(String attribute, String def) {
        String v = attribute(attribute);
        return v == null ? def : v;
    }

    public int integer(String attribute) {
        String v = string(attribute);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw error("attribute " + attribute + "=\"" + v + "\" is not an integer");
        }
    }

    public int integer(String attribute, int def) {
        return has(attribute) ? integer(attribute) : def;
    }

    public long longValue(String attribute, long def) {
        if (!has(attribute)) {
            return def;
        }
        String v = string(attribute);
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw error("attribute " + attribute + "=\"" + v + "\" is not an integer");
        }
    }

    public double decimal(String attribute) {
        String v = string(attribute);
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw error("attribute " + attribute + "=\"" + v + "\" is not a number");
        }
    }

    public <E extends Enum<E>> E enumValue(String attribute, Class<E> type) {
        String v = string(attribute);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.replace('-', '_'))) {
                return e;
            }
        }
        throw error("attribute " + attribute + "=\"" + v + "\" is not one of " + List.of(type.getEnumConstants()));
    }

    /** An error located at this element. */
    public DatapackException error(String message) {
        return new DatapackException(file, line, message);
    }
}
