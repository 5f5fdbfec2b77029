package org.socialprescribing.openreferral;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimits;

/**
 * An immutable JSON value: what an {@linkplain OrukRecord#extensions() extension} holds. It wraps a Jackson
 * tree that nobody else can reach, so it can be shared freely between threads; {@link #toNode()} hands out
 * copies. Numbers keep their exact decimal digits.
 *
 * <p>Two values are equal when their trees are equal (property order in objects does not matter, numbers are
 * compared by value).
 */
public final class JsonValue {

    /** JSON {@code null}. */
    public static final JsonValue NULL = new JsonValue(JsonSupport.MAPPER.nullNode());

    static final JsonValue EMPTY_ARRAY = new JsonValue(JsonSupport.MAPPER.createArrayNode());

    private final JsonNode node;

    private JsonValue(JsonNode node) {
        this.node = node;
    }

    /**
     * Parses JSON text.
     *
     * @param json one JSON value, not null
     * @return the value, never null
     * @throws OrukFormatException if the text is not exactly one well-formed JSON value
     */
    public static JsonValue parse(String json) {
        requireNonNull(json, "json");
        return ReadContext.readDocument(
                () -> BoundedJson.parser(InputLimits.defaults(), json), InputLimits.defaults(), JsonValue::read);
    }

    /**
     * Copies a Jackson tree.
     *
     * @param node the tree, not null; later changes to it do not affect the value
     * @return the value, never null
     */
    public static JsonValue of(JsonNode node) {
        return new JsonValue(requireNonNull(node, "node").deepCopy());
    }

    /** Reads the value that starts at the parser's current token. */
    static JsonValue read(JsonParser parser, ReadContext context) throws IOException {
        return new JsonValue(JsonSupport.MAPPER.readTree(parser));
    }

    void write(JsonGenerator generator) throws IOException {
        generator.writeTree(node);
    }

    /** @return a copy of the tree, never null; changing it does not change this value */
    public JsonNode toNode() {
        return node.deepCopy();
    }

    /** @return whether this is JSON {@code null} */
    public boolean isNull() {
        return node.isNull();
    }

    /** @return whether this is an empty JSON array, {@code []} */
    public boolean isEmptyArray() {
        return node.isArray() && node.isEmpty();
    }

    /** @return the value as compact JSON text, never null */
    public String toJson() {
        return node.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof JsonValue && node.equals(((JsonValue) other).node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    /** @return the value as compact JSON text */
    @Override
    public String toString() {
        return toJson();
    }
}
