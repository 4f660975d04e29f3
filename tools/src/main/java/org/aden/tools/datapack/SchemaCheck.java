package org.aden.tools.datapack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates a datapack folder against its schemas: every XML file under {@code FOLDER/} is checked against
 * {@code schema/FOLDER.xsd}. Each problem is one line "file:line: message".
 */
public final class SchemaCheck {
    private final Path datapack;
    private final Path schemaDir;
    private final Map<String, Schema> schemas = new HashMap<>();

    public SchemaCheck(Path datapack) {
        this(datapack, datapack.resolve("schema"));
    }

    public SchemaCheck(Path datapack, Path schemaDir) {
        this.datapack = datapack;
        this.schemaDir = schemaDir;
    }

    /** The result of a check: files checked and the problems found (empty when everything is valid). */
    public record Result(int files, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result run() {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Path folder : folders()) {
            String part = folder.getFileName().toString();
            Path xsd = schemaDir.resolve(part + ".xsd");
            List<Path> xml = xmlFiles(folder);
            if (!Files.isRegularFile(xsd)) {
                if (!xml.isEmpty()) {
                    problems.add(datapack.relativize(folder) + ": no schema " + datapack.relativize(xsd));
                }
                continue;
            }
            for (Path file : xml) {
                problems.addAll(validate(part, xsd, file));
                files++;
            }
        }
        return new Result(files, problems);
    }

    /** Problems of one file against one schema. */
    public List<String> validate(String part, Path xsd, Path file) {
        List<String> problems = new ArrayList<>();
        String name = datapack.relativize(file).toString();
        try {
            Validator v = schema(part, xsd).newValidator();
            v.setErrorHandler(new Collector(name, problems));
            v.validate(new StreamSource(file.toFile()));
        } catch (SAXParseException e) {
            problems.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            problems.add(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private Schema schema(String part, Path xsd) throws SAXException {
        Schema s = schemas.get(part);
        if (s == null) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            s = f.newSchema(xsd.toFile());
            schemas.put(part, s);
        }
        return s;
    }

    private List<Path> folders() {
        try (Stream<Path> s = Files.list(datapack)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals("schema"))
                    .filter(p -> !p.getFileName().toString().equals("html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> xmlFiles(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects every error of a file instead of stopping at the first; stops after 20 to keep output short. */
    private record Collector(String file, List<String> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            problems.add(file + ":" + e.getLineNumber() + ": " + e.getMessage());
            if (problems.size() >= 20) {
                throw new SAXException("too many problems in " + file + ", stopping here");
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
            throw e;
        }
    }
}
