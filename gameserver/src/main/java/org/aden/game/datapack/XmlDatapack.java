package org.aden.game.datapack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
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

    /** @param schemaDir where the XSDs are, when not in the datapack itself (a host's imported copy) */
    public XmlDatapack(Path root, Path schemaDir) {
        this.root = root;
        this.schemaDir = schemaDir;
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
        Schema schema = schema(schemaName);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setSchema(schema);
        try (InputStream in = Files.newInputStream(file)) {
            TreeBuilder builder = new TreeBuilder(file);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.parse(new InputSource(in), builder);
            return builder.rootElement;
        } catch (SAXParseException e) {
            throw new DatapackException(file, e.getLineNumber(), e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new DatapackException(file, 0, e.getMessage());
        } catch (IOException e) {
            throw new DatapackException(file, 0, "cannot read: " + e.getMessage());
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
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                attributes.put(
                        atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i), atts.getValue(i));
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
