package org.socialprescribing.measures.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.socialprescribing.measures.InvalidDefinitionException;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/**
 * Reads a JSON definition document field by field, collecting every problem with its JSON path instead of stopping
 * at the first, so that {@code validate} can report them all and loaders can throw one {@link
 * InvalidDefinitionException}. Never throws on bad input. Not thread-safe: one reader per document.
 */
public final class DefinitionReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<ValidationIssue> issues = new ArrayList<>();
    private final InputLimits limits;

    private DefinitionReader(InputLimits limits) {
        this.limits = limits;
    }

    /** A reader under the default input limits. */
    public DefinitionReader() {
        this(InputLimits.defaults());
    }

    /**
     * Reads a whole document into a value, or throws with every problem found.
     *
     * @param json the JSON text, not null
     * @param read turns the root object into the value, recording problems on the reader, not null
     * @param <T> the value type
     * @return the value, never null
     * @throws InvalidDefinitionException if the text is not JSON or breaks the format or a rule
     */
    public static <T> T readOrThrow(String json, BiFunction<DefinitionReader, JsonNode, Optional<T>> read) {
        DefinitionReader reader = new DefinitionReader(InputLimits.defaults());
        return reader.finish(reader.parse(json).flatMap(root -> read.apply(reader, root)));
    }

    /**
     * Reads a whole UTF-8 document into a value under input limits, or throws with every problem found.
     *
     * @param json the stream, not null (not closed; read no further than the byte limit allows)
     * @param limits the limits on the input, not null
     * @param read turns the root object into the value, recording problems on the reader, not null
     * @param <T> the value type
     * @return the value, never null
     * @throws InvalidDefinitionException if the content is not JSON, breaks a limit, the format or a rule
     */
    public static <T> T readOrThrow(
            InputStream json, InputLimits limits, BiFunction<DefinitionReader, JsonNode, Optional<T>> read) {
        DefinitionReader reader = new DefinitionReader(limits);
        return reader.finish(reader.parse(json).flatMap(root -> read.apply(reader, root)));
    }

    /**
     * Checks a whole document without throwing.
     *
     * @param json the JSON text, not null
     * @param read turns the root object into the value, recording problems on the reader, not null
     * @return every problem found, with JSON paths, never null
     */
    public static ValidationReport validate(
            String json, BiFunction<DefinitionReader, JsonNode, ? extends Optional<?>> read) {
        DefinitionReader reader = new DefinitionReader(InputLimits.defaults());
        reader.parse(json).ifPresent(root -> read.apply(reader, root));
        return reader.report();
    }

    private <T> T finish(Optional<T> value) {
        throwIfInvalid();
        return value.orElseThrow(() -> new IllegalStateException("a reader returned no value without an issue"));
    }

    /**
     * Parses a document.
     *
     * @param json the document, not null
     * @return the root node, or empty (with an issue recorded) if the text is not JSON
     */
    public Optional<JsonNode> parse(String json) {
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            return checkRoot(MAPPER.readTree(parser));
        } catch (InputLimitException e) {
            return overLimit(e);
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    /**
     * Parses a document from a UTF-8 stream.
     *
     * @param json the stream, not null (not closed)
     * @return the root node, or empty (with an issue recorded) if the content is not JSON
     */
    public Optional<JsonNode> parse(InputStream json) {
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return checkRoot(MAPPER.readTree(parser));
        } catch (InputLimitException e) {
            return overLimit(e);
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    private Optional<JsonNode> overLimit(InputLimitException e) {
        issues.add(ValidationIssue.of(MeasureIssue.DEFINITION_UNREADABLE, "", e.getMessage()));
        return Optional.empty();
    }

    private Optional<JsonNode> checkRoot(JsonNode root) {
        if (root == null || !root.isObject()) {
            issues.add(ValidationIssue.of(MeasureIssue.DEFINITION_UNREADABLE, "", "definition must be a JSON object"));
            return Optional.empty();
        }
        return Optional.of(root);
    }

    private Optional<JsonNode> unreadable(IOException e) {
        Optional<InputLimitException> limit = BoundedJson.breach(e, limits);
        if (limit.isPresent()) {
            return overLimit(limit.get());
        }
        String message = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage()
                : e.getMessage();
        issues.add(ValidationIssue.of(MeasureIssue.DEFINITION_UNREADABLE, "", "not readable JSON: " + message));
        return Optional.empty();
    }

    /**
     * Records an issue for every field of an object that is not allowed.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param allowed the allowed field names, not null
     */
    public void onlyFields(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(join(path, name), "unknown field; allowed: " + new TreeSet<>(allowed));
            }
        }
    }

    /**
     * A required non-blank text field.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param field the field name, not null
     * @return the text, or empty (with an issue recorded) if absent, not text or blank
     */
    public Optional<String> text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            error(join(path, field), "is required and must be non-blank text");
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /**
     * An optional text field.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param field the field name, not null
     * @return the text, or empty if absent (an issue is recorded if present but not non-blank text)
     */
    public Optional<String> optionalText(JsonNode node, String path, String field) {
        return node.has(field) ? text(node, path, field) : Optional.empty();
    }

    /**
     * A required integer field.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param field the field name, not null
     * @return the value, or empty (with an issue recorded) if absent or not an int
     */
    public Optional<Integer> integer(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            error(join(path, field), "is required and must be an integer");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /**
     * A required boolean field.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param field the field name, not null
     * @return the value, or empty (with an issue recorded) if absent or not a boolean
     */
    public Optional<Boolean> bool(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            error(join(path, field), "is required and must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /**
     * An optional array field of integers.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param field the field name, not null
     * @return the integers, empty if absent (an issue is recorded if it is not an array of integers)
     */
    public List<Integer> integers(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            error(join(path, field), "must be an array of integers");
            return List.of();
        }
        List<Integer> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isInt()) {
                elements.add(value.get(i).intValue());
            } else {
                error(join(path, field) + "[" + i + "]", "must be an integer");
            }
        }
        return elements;
    }

    /**
     * A required object field.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param field the field name, not null
     * @return the object, or empty (with an issue recorded) if absent or not an object
     */
    public Optional<JsonNode> object(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            error(join(path, field), "is required and must be an object");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * A required array field of objects.
     *
     * @param node the object, not null
     * @param path its JSON path, not null
     * @param field the field name, not null
     * @return the elements, empty (with an issue recorded) if absent, not an array, or an element is not an object
     */
    public List<JsonNode> objects(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            error(join(path, field), "is required and must be an array");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
                elements.add(value.get(i));
            } else {
                error(join(path, field) + "[" + i + "]", "must be an object");
            }
        }
        return elements;
    }

    /**
     * Records an error.
     *
     * @param path the JSON path, not null
     * @param message what is wrong, not null
     */
    public void error(String path, String message) {
        issues.add(ValidationIssue.of(MeasureIssue.DEFINITION_INVALID, path, message));
    }

    /**
     * Adds issues found elsewhere (e.g. by a type's structural check).
     *
     * @param found the issues, not null
     */
    public void addAll(List<ValidationIssue> found) {
        issues.addAll(found);
    }

    /** @return true if no blocking issue has been recorded */
    public boolean isValid() {
        return report().isValid();
    }

    /** @return the issues so far, never null */
    public ValidationReport report() {
        return ValidationReport.of(issues);
    }

    /**
     * Throws if any blocking issue has been recorded.
     *
     * @throws InvalidDefinitionException if the definition is invalid
     */
    public void throwIfInvalid() {
        ValidationReport report = report();
        if (!report.isValid()) {
            throw new InvalidDefinitionException(report);
        }
    }

    /**
     * Joins a parent path and a field name.
     *
     * @param path the parent path, not null (empty for the root)
     * @param field the field name, not null
     * @return the combined path, never null
     */
    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
