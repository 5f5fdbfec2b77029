package org.socialprescribing.fhir.internal;

import ca.uhn.fhir.parser.json.BaseJsonLikeArray;
import ca.uhn.fhir.parser.json.BaseJsonLikeObject;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeWriter;
import ca.uhn.fhir.parser.json.JsonLikeStructure;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * FHIR JSON read into the structure HAPI's JSON parser walks ({@link JsonLikeStructure}, HAPI's extension point for
 * JSON libraries), in one streaming pass that also applies the guard's rules. It stands in for HAPI's Jackson tree,
 * which keeps a hash map per JSON object and a wrapper per value read: here an object is two short arrays, so the
 * read costs less than HAPI's own. Values answer exactly as HAPI's Jackson wrapper answers (decimals as written,
 * {@code null} as the text "null"), so HAPI parses the same resource from either.
 *
 * <p>Kept hand-written because a measurement justifies it: reading an episode Bundle through the guard and this
 * structure took 191 µs and 487 KB, against 220 µs and 610 KB for HAPI's own parse without any guard ({@code
 * FhirBenchmark.readOnly} against {@code hapiParseOnly}, quiet machine, docs/PERFORMANCE.md "FHIR", 2026-11-24). A
 * guard in front of HAPI's Jackson tree would read the JSON twice.
 */
final class CompactJson implements JsonLikeStructure {

    private final JsonObject root;

    private CompactJson(JsonObject root) {
        this.root = root;
    }

    /** Thrown when the input breaks a rule; the caller finds out which, and where, with a precise scan. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads one JSON object, with nothing after it.
     *
     * @param parser a parser positioned before the object
     * @param maxDepth the most levels of objects and arrays allowed
     * @return the structure
     * @throws Refused if the input is not one object, nests too deep or repeats a key in an object
     * @throws IOException if Jackson finds the input malformed
     */
    static CompactJson read(JsonParser parser, int maxDepth) throws IOException, Refused {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new Refused();
        }
        JsonObject root = object(parser, 1, maxDepth);
        if (parser.nextToken() != null) {
            throw new Refused();
        }
        return new CompactJson(root);
    }

    /** @return the root object's {@code resourceType}, or null if it is absent or not a string */
    @Nullable
    String resourceType() {
        BaseJsonLikeValue type = root.get("resourceType");
        return type != null && type.isString() ? type.getAsString() : null;
    }

    private static JsonObject object(JsonParser parser, int depth, int maxDepth) throws IOException, Refused {
        if (depth > maxDepth) {
            throw new Refused();
        }
        JsonObject object = new JsonObject();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            if (!object.put(key, value(parser, parser.nextToken(), depth, maxDepth))) {
                throw new Refused();
            }
        }
        return object;
    }

    private static BaseJsonLikeValue value(JsonParser parser, @Nullable JsonToken token, int depth, int maxDepth)
            throws IOException, Refused {
        if (token == null) {
            throw new Refused();
        }
        switch (token) {
            case START_OBJECT:
                return object(parser, depth + 1, maxDepth);
            case START_ARRAY:
                if (depth + 1 > maxDepth) {
                    throw new Refused();
                }
                JsonArray array = new JsonArray();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next, depth + 1, maxDepth));
                }
                return array;
            case VALUE_STRING:
                String text = parser.getText();
                return new Scalar(ScalarType.STRING, text, text);
            case VALUE_NUMBER_INT:
                // As Jackson's tree keeps whole numbers: int, long or BigInteger by size.
                Number whole = parser.getNumberValue();
                return new Scalar(ScalarType.NUMBER, whole, whole.toString());
            case VALUE_NUMBER_FLOAT:
                // As HAPI reads decimals: exactly as written, never through a double.
                BigDecimal decimal = parser.getDecimalValue();
                return new Scalar(ScalarType.NUMBER, decimal, decimal.toPlainString());
            case VALUE_TRUE:
                return Scalar.TRUE;
            case VALUE_FALSE:
                return Scalar.FALSE;
            case VALUE_NULL:
                return Scalar.NULL;
            default:
                throw new Refused();
        }
    }

    @Override
    public CompactJson getInstance() {
        return this;
    }

    @Override
    public void load(Reader theReader) {
        throw new UnsupportedOperationException("built by CompactJson.read");
    }

    @Override
    public void load(Reader theReader, boolean allowArray) {
        throw new UnsupportedOperationException("built by CompactJson.read");
    }

    @Override
    public BaseJsonLikeObject getRootObject() {
        return root;
    }

    @Override
    public BaseJsonLikeWriter getJsonLikeWriter() {
        throw new UnsupportedOperationException("for reading only");
    }

    @Override
    public BaseJsonLikeWriter getJsonLikeWriter(Writer writer) {
        throw new UnsupportedOperationException("for reading only");
    }

    /** An object: its keys and values in order. FHIR objects are small, so a key is found by a short search. */
    private static final class JsonObject extends BaseJsonLikeObject {
        private static final int INDEXED = 16;

        private String[] keys = new String[8];
        private BaseJsonLikeValue[] values = new BaseJsonLikeValue[8];
        private int size;
        private @Nullable Map<String, BaseJsonLikeValue> index;

        /** @return false if the key is there already */
        boolean put(String key, BaseJsonLikeValue value) {
            if (get(key) != null) {
                return false;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
            if (index != null) {
                index.put(key, value);
            } else if (size > INDEXED) {
                // A hostile object with many keys: a map keeps reading it linear.
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(keys[i], values[i]);
                }
            }
            return true;
        }

        @Override
        public @Nullable BaseJsonLikeValue get(String key) {
            if (index != null) {
                return index.get(key);
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public Iterator<String> keyIterator() {
            return Arrays.asList(keys).subList(0, size).iterator();
        }

        @Override
        public @Nullable Object getValue() {
            return null;
        }
    }

    private static final class JsonArray extends BaseJsonLikeArray {
        private BaseJsonLikeValue[] values = new BaseJsonLikeValue[4];
        private int size;

        void add(BaseJsonLikeValue value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public @Nullable BaseJsonLikeValue get(int index) {
            return index >= 0 && index < size ? values[index] : null;
        }

        @Override
        public @Nullable Object getValue() {
            return null;
        }
    }

    /** A string, number, boolean or null, answering as HAPI's wrapper of the Jackson node would. */
    private static final class Scalar extends BaseJsonLikeValue {
        static final Scalar TRUE = new Scalar(ScalarType.BOOLEAN, Boolean.TRUE, "true");
        static final Scalar FALSE = new Scalar(ScalarType.BOOLEAN, Boolean.FALSE, "false");
        // HAPI's wrapper gives a JSON null's value as Jackson's text for it.
        static final Scalar NULL = new Scalar(null, "null", "null");

        private final @Nullable ScalarType type;
        private final Object value;
        private final String text;

        Scalar(@Nullable ScalarType type, Object value, String text) {
            this.type = type;
            this.value = value;
            this.text = text;
        }

        @Override
        public ValueType getJsonType() {
            return type == null ? ValueType.NULL : ValueType.SCALAR;
        }

        @Override
        public @Nullable ScalarType getDataType() {
            return type;
        }

        @Override
        public Object getValue() {
            return value;
        }

        @Override
        public String getAsString() {
            return text;
        }

        @Override
        public @Nullable Number getAsNumber() {
            return value instanceof Number ? (Number) value : null;
        }

        @Override
        public boolean getAsBoolean() {
            return type == ScalarType.BOOLEAN ? (Boolean) value : super.getAsBoolean();
        }
    }
}
