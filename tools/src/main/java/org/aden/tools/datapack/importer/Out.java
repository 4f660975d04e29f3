package org.aden.tools.datapack.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a file the importer writes. Attributes keep the order they were added in and children the order
 * they were appended in, so the same input always gives the same bytes.
 */
public final class Out {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Out> children = new ArrayList<>();
    String text;
    String comment;

    public Out(String name) {
        this.name = name;
    }

    /** Sets an attribute; a null value leaves it out (the schema default applies). */
    public Out attr(String key, Object value) {
        if (value != null) {
            attributes.put(key, value instanceof Double d ? Numbers.format(d) : value.toString());
        }
        return this;
    }

    /** Sets an attribute unless it equals the schema default. */
    public Out attr(String key, Object value, Object schemaDefault) {
        if (value != null && !Numbers.sameValue(value.toString(), schemaDefault.toString())) {
            attr(key, value);
        }
        return this;
    }

    public Out add(String childName) {
        Out child = new Out(childName);
        children.add(child);
        return child;
    }

    public Out add(Out child) {
        children.add(child);
        return this;
    }

    public Out text(String value) {
        this.text = value;
        return this;
    }

    /** A short comment written before the element (for people; the data is in the attributes). */
    public Out comment(String value) {
        this.comment = value;
        return this;
    }

    public String name() {
        return name;
    }

    public String attr(String key) {
        return attributes.get(key);
    }

    public java.util.Set<String> attributeNames() {
        return attributes.keySet();
    }

    /** Removes an attribute (a null value) or sets it. */
    public Out replace(String key, String value) {
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
        return this;
    }

    public List<Out> children() {
        return children;
    }

    public boolean isEmpty() {
        return attributes.isEmpty() && children.isEmpty() && text == null;
    }
}
