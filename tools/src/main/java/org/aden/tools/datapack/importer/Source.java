package org.aden.tools.datapack.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One element of a source file that remembers what the converter read from it: every element the converter never
 * visited and every attribute it never read ends up in the report as "not mapped", so nothing is lost silently.
 */
public final class Source {
    private final Element element;
    private final String path;
    private final Set<String> read = new HashSet<>();
    private List<Source> children;
    private boolean visited;

    private Source(Element element, String path) {
        this.element = element;
        this.path = path;
    }

    public static Source parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = f.newDocumentBuilder();
            Element root = builder.parse(in).getDocumentElement();
            Source s = new Source(root, root.getTagName());
            s.visited = true;
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    public String name() {
        return element.getTagName();
    }

    public String path() {
        return path;
    }

    /** The attribute's value, or null when absent; marks it read. */
    public String attr(String name) {
        read.add(name);
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    public String attr(String name, String fallback) {
        String v = attr(name);
        return v != null ? v : fallback;
    }

    public boolean has(String name) {
        return element.hasAttribute(name);
    }

    /** Marks attributes as deliberately dropped (they are reported as "ignored", not "not mapped"). */
    public void skip(String... names) {
        read.addAll(List.of(names));
    }

    /** Every attribute, for converters that map attributes generically (they mark them read themselves). */
    public NamedNodeMap rawAttributes() {
        return element.getAttributes();
    }

    public String text() {
        return element.getTextContent().trim();
    }

    /** All child elements, marked visited. */
    public List<Source> children() {
        List<Source> all = kids();
        all.forEach(c -> c.visited = true);
        return all;
    }

    /** The child elements with this tag, marked visited. */
    public List<Source> children(String tag) {
        List<Source> out = new ArrayList<>();
        for (Source c : kids()) {
            if (c.name().equals(tag)) {
                c.visited = true;
                out.add(c);
            }
        }
        return out;
    }

    /** The first child with this tag, or null. */
    public Source child(String tag) {
        for (Source c : kids()) {
            if (c.name().equals(tag)) {
                c.visited = true;
                return c;
            }
        }
        return null;
    }

    /** The text of the first child with this tag, or null. */
    public String childText(String tag) {
        Source c = child(tag);
        return c == null ? null : c.text();
    }

    /** Marks a whole subtree as handled (read or deliberately dropped). */
    public void consumeAll() {
        visited = true;
        NamedNodeMap attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            read.add(attrs.item(i).getNodeName());
        }
        kids().forEach(Source::consumeAll);
    }

    /**
     * The {@code <set name=".." val=".."/>} children as name → value. Each entry is marked read only when
     * {@link SetList#take} asks for it, so unknown names show up in the report.
     */
    public SetList sets(String tag) {
        Map<String, Source> byName = new LinkedHashMap<>();
        for (Source c : children(tag)) {
            byName.put(c.attr("name"), c);
        }
        return new SetList(byName);
    }

    /** Adds what was never read in this subtree to the report under {@code part}. */
    public void reportUnread(String part, ImportReport report) {
        if (!visited) {
            report.notMapped(part, "<" + path + ">");
            return;
        }
        NamedNodeMap attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            String n = attrs.item(i).getNodeName();
            if (!read.contains(n) && !n.startsWith("xmlns") && !n.startsWith("xsi:")) {
                if (name().equals("set") && n.equals("val") && element.hasAttribute("name")) {
                    report.notMapped(part, "<" + path + " name=\"" + element.getAttribute("name") + "\">");
                } else {
                    report.notMapped(part, "<" + path + "> @" + n);
                }
            }
        }
        kids().forEach(c -> c.reportUnread(part, report));
    }

    private List<Source> kids() {
        if (children == null) {
            children = new ArrayList<>();
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    children.add(new Source(e, path + "/" + e.getTagName()));
                }
            }
        }
        return children;
    }

    /** The set-list view of {@link #sets}. */
    public static final class SetList {
        private final Map<String, Source> byName;

        SetList(Map<String, Source> byName) {
            this.byName = byName;
        }

        /** The value of a set, or null; marks it read. */
        public String take(String name) {
            Source s = byName.get(name);
            return s == null ? null : s.attr("val");
        }

        public String take(String name, String fallback) {
            String v = take(name);
            return v != null ? v : fallback;
        }

        public boolean has(String name) {
            return byName.containsKey(name);
        }

        /** Names in source order. */
        public Set<String> names() {
            return byName.keySet();
        }
    }
}
