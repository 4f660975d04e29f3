package org.aden.game.datapack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private StringBuilder text; // only for elements with non-blank text (skill level tables)

    XmlElement(Path file, String name, int line, Map<String, String> attributes) {
        this.file = file;
        this.name = name;
        this.line = line;
        this.attributes = new LinkedHashMap<>(attributes);
    }

    void add(XmlElement child) {
        children.add(child);
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
        text.append(ch, start, length);
    }

    /** The element's character content ("" when it has none or only white space). */
    public String text() {
        return text == null ? "" : text.toString();
    }

    /** The names of the attributes present, in document order. */
    public java.util.Set<String> attributeNames() {
        return Collections.unmodifiableSet(attributes.keySet());
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
        return attributes.containsKey(attribute);
    }

    public String string(String attribute) {
        String v = attributes.get(attribute);
        if (v == null) {
            throw error("<" + name + "> needs attribute " + attribute);
        }
        return v;
    }

    public String string(String attribute, String def) {
        return attributes.getOrDefault(attribute, def);
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
