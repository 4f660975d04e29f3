package org.aden.game.datapack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads datapack XML: every file is validated against its XSD (datapack/schema/) while it is parsed, and
 * comes back as a tree of {@link XmlElement}s that remember their line numbers. Any schema violation or
 * malformed XML becomes a {@link DatapackException} naming the file and line.
 */
public final class XmlDatapack {
    private final Path root;
    private final Path schemaDir;
    /** Compiled schemas by name: compiling one costs more than parsing a file; a Schema is thread-safe. */
    private final Map<String, Schema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param root the datapack directory (holds schema/ and the data folders) */
    public XmlDatapack(Path root) {
        this(root, root.resolve("schema"));
    }

    /** Parsed files kept between starts, or null: every file is parsed. */
    private final TreeCache cache;

    /** @param schemaDir where the XSDs are, when not in the datapack itself (a host's imported copy) */
    public XmlDatapack(Path root, Path schemaDir) {
        this(root, schemaDir, null);
    }

    private XmlDatapack(Path root, Path schemaDir, TreeCache cache) {
        this.root = root;
        this.schemaDir = schemaDir;
        this.cache = cache;
    }

    /**
     * The same datapack, with the files it parses kept in {@code cacheDir} so that the next read of an unchanged file
     * skips parsing and validating it (see {@link TreeCache}).
     */
    public XmlDatapack cachedIn(Path cacheDir) {
        return new XmlDatapack(root, schemaDir, new TreeCache(cacheDir, schemaDir));
    }

    /** Files whose tree was taken from the cache instead of parsed, since this datapack was made. */
    public int cachedFiles() {
        return cache == null ? 0 : cache.hits();
    }

    public Path root() {
        return root;
    }

    /** All *.xml files directly in {@code folder} (relative to the root), sorted by name. */
    public List<Path> files(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new DatapackException(dir, 0, "datapack folder missing");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DatapackException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Parses one file, validated against {@code schema/<schemaName>}. */
    public XmlElement read(Path file, String schemaName) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file, in, schemaName);
        } catch (IOException e) {
            throw new DatapackException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The files of one folder, each validated against {@code schema/<schemaName>}, in parallel: a tree, or the
     * problem (relative to the root) of a file that fails, in the order of {@link #files}. With a cache, an unchanged
     * file's tree is taken from it.
     */
    public List<Object> readFolder(List<Path> files, String folder, String schemaName) {
        TreeCache.Part cached = cache == null ? null : cache.open(folder);
        List<Object> out = files.parallelStream()
                .map(f -> {
                    try {
                        return (Object) (cached == null ? read(f, schemaName) : readCached(f, schemaName, cached));
                    } catch (DatapackException e) {
                        return e.relativeTo(root);
                    }
                })
                .toList();
        if (cached != null) {
            cached.store();
        }
        return out;
    }

    private XmlElement readCached(Path file, String schemaName, TreeCache.Part cached) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatapackException(file, 0, "cannot read: " + e.getMessage());
        }
        String name = file.getFileName().toString();
        byte[] hash = TreeCache.sha256(content);
        XmlElement tree = cached.get(name, hash, file);
        if (tree == null) {
            try {
                tree = parse(file, new ByteArrayInputStream(content), schemaName);
            } catch (IOException e) {
                throw new DatapackException(file, 0, "cannot read: " + e.getMessage());
            }
            cached.put(name, hash, tree);
        }
        return tree;
    }

    private XmlElement parse(Path file, InputStream in, String schemaName) throws IOException {
        Schema schema = schema(schemaName);
        // the JDK's own parser without a service look-up per file
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setSchema(schema);
        try {
            TreeBuilder builder = new TreeBuilder(file);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.parse(new InputSource(in), builder);
            return builder.rootElement;
        } catch (SAXParseException e) {
            throw new DatapackException(file, e.getLineNumber(), e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new DatapackException(file, 0, e.getMessage());
        }
    }

    private Schema schema(String schemaName) {
        return schemas.computeIfAbsent(schemaName, this::compile);
    }

    private Schema compile(String schemaName) {
        Path xsd = schemaDir.resolve(schemaName);
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return sf.newSchema(xsd.toFile());
        } catch (SAXParseException e) {
            throw new DatapackException(xsd, e.getLineNumber(), e.getMessage());
        } catch (SAXException e) {
            throw new DatapackException(xsd, 0, e.getMessage());
        }
    }

    private static final class TreeBuilder extends DefaultHandler {
        private final Path file;
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private Locator locator;
        XmlElement rootElement;

        TreeBuilder(Path file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String[] attributes = new String[atts.getLength() * 2];
            for (int i = 0; i < atts.getLength(); i++) {
                attributes[2 * i] = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
                attributes[2 * i + 1] = atts.getValue(i);
            }
            XmlElement e = new XmlElement(
                    file,
                    localName.isEmpty() ? qName : localName,
                    locator != null ? locator.getLineNumber() : 0,
                    attributes);
            if (open.isEmpty()) {
                rootElement = e;
            } else {
                open.peek().add(e);
            }
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(ch, start, length);
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e; // schema violations are fatal: broken data must not load
        }
    }
}
