package org.socialprescribing.model.input;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Jackson parsers that enforce every {@link InputLimits limit} on JSON while it streams in: the document's size,
 * nesting, number of values and entries per array or object, the length of strings, names and numbers, and the
 * magnitude of numbers (so that {@code 1e999999999} is refused before anything turns it into a billion digits).
 * Every SDK module reads JSON through these parsers; Jackson's own limits ({@link StreamReadConstraints}) do the
 * checks that must happen inside a token, the wrapper the rest.
 *
 * <p>A broken limit is an {@link InputLimitException} naming the JSON path, thrown from the parser's {@code next...}
 * methods (Jackson's data binding wraps it; {@link #breach} finds it again). Duplicate keys are refused unless the
 * caller turns {@link JsonParser.Feature#STRICT_DUPLICATE_DETECTION} off on the parser.
 */
public final class BoundedJson {

    private static final JsonFactory DEFAULT_FACTORY = newFactory(InputLimits.defaults());
    private static volatile Cached last = new Cached(InputLimits.defaults(), DEFAULT_FACTORY);

    private BoundedJson() {}

    /**
     * A factory whose parsers apply Jackson's share of the limits (size, nesting, string, name and number length).
     * Parsers from it are not bounded in values, entries or number magnitude until {@linkplain #wrap wrapped}.
     *
     * @param limits the limits, not null
     * @return the factory, never null (shared: do not reconfigure it)
     */
    public static JsonFactory factory(InputLimits limits) {
        if (limits.equals(InputLimits.defaults())) {
            return DEFAULT_FACTORY;
        }
        Cached cached = last;
        if (!cached.limits.equals(limits)) {
            cached = new Cached(limits, newFactory(limits));
            last = cached;
        }
        return cached.factory;
    }

    private static JsonFactory newFactory(InputLimits limits) {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxBytes())
                        // One more than the limit: the wrapper checks the limit itself, with the container's path.
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxNumberLength(limits.maxNumberLength())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .build())
                .build();
    }

    /**
     * A bounded parser over text. The text's UTF-8 size is checked first.
     *
     * @param limits the limits, not null
     * @param json the JSON text, not null
     * @return the parser, never null
     * @throws InputLimitException if the text is larger than the byte limit
     * @throws IOException if Jackson cannot open the parser
     */
    public static JsonParser parser(InputLimits limits, String json) throws IOException {
        BoundedInput.checkText(json, limits);
        return wrap(factory(limits).createParser(json), limits);
    }

    /**
     * A bounded parser over bytes (UTF-8, or UTF-16/32 as Jackson detects).
     *
     * @param limits the limits, not null
     * @param json the JSON bytes, not null
     * @return the parser, never null
     * @throws InputLimitException if there are more bytes than the byte limit
     * @throws IOException if Jackson cannot open the parser
     */
    public static JsonParser parser(InputLimits limits, byte[] json) throws IOException {
        if (json.length > limits.maxBytes()) {
            throw limits.broken(InputLimit.BYTES, "input");
        }
        return wrap(factory(limits).createParser(json), limits);
    }

    /**
     * A bounded parser over a stream, which is read no further than one buffer past the byte limit. Closing the
     * parser closes the stream unless the caller disables {@link JsonParser.Feature#AUTO_CLOSE_SOURCE}.
     *
     * @param limits the limits, not null
     * @param json the stream, not null
     * @return the parser, never null
     * @throws IOException if the stream cannot be read
     */
    public static JsonParser parser(InputLimits limits, InputStream json) throws IOException {
        return wrap(factory(limits).createParser(BoundedInput.limit(json, limits)), limits);
    }

    /**
     * Adds the limits Jackson does not check itself (values, entries, number magnitude) to a parser, and reports
     * Jackson's own limit errors as {@link InputLimitException}s. Use a parser from {@link #factory} so that Jackson's
     * share is checked too.
     *
     * @param parser the parser, before its first token, not null
     * @param limits the limits, not null
     * @return the bounded parser, never null
     */
    public static JsonParser wrap(JsonParser parser, InputLimits limits) {
        return new LimitedParser(requireNonNull(parser, "parser"), requireNonNull(limits, "limits"));
    }

    /**
     * The limit broken behind an exception from a bounded parser or from Jackson's data binding over one: an {@link
     * InputLimitException} among the causes, or Jackson's own limit error described as one.
     *
     * @param thrown the exception, or null
     * @param limits the limits the parser had, not null
     * @return the limit exception, or empty if no limit was broken
     */
    public static Optional<InputLimitException> breach(@Nullable Throwable thrown, InputLimits limits) {
        Optional<InputLimitException> found = InputLimitException.find(thrown);
        if (found.isPresent()) {
            return found;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                StreamConstraintsException e = (StreamConstraintsException) t;
                return Optional.of(limits.broken(limitOf(e), pathOf(e.getProcessor())));
            }
        }
        return Optional.empty();
    }

    /** Which limit Jackson's message is about; its text is stable across Jackson 2.15 to 2.21 (tested). */
    private static InputLimit limitOf(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document nesting depth")) {
            return InputLimit.DEPTH;
        }
        if (message.startsWith("Token count")) {
            return InputLimit.VALUES;
        }
        if (message.startsWith("Number value length")) {
            return InputLimit.NUMBER_LENGTH;
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return InputLimit.STRING_LENGTH;
        }
        if (message.startsWith("BigDecimal scale")) {
            return InputLimit.NUMBER_EXPONENT;
        }
        return InputLimit.BYTES; // "Document length", and anything newer: the input is too large either way
    }

    private static String pathOf(@Nullable Object processor) {
        return processor instanceof JsonParser ? path(((JsonParser) processor).getParsingContext()) : "input";
    }

    /** The JSON path of a parser's position, {@code $} at the root: {@code $.contents[3].name}. */
    static String path(@Nullable JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, "." + shown(c.getCurrentName()));
            }
        }
        return "$" + path;
    }

    /** A key as a path shows it: at most 40 characters, control characters replaced. */
    private static String shown(String key) {
        String cut = key.length() <= 40 ? key : key.substring(0, 40) + "...";
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * The magnitude of a number as JSON writes it: the power of ten of its first significant digit, computed from
     * the text without building the number ({@code 1.5e7} gives 7, {@code 0.001} gives -3, zero gives 0).
     *
     * @param number a JSON number, not null
     * @return its power of ten; exponents beyond 10^12 are counted as 10^12
     */
    public static long exponentOf(String number) {
        int n = number.length();
        int i = 0;
        if (i < n && (number.charAt(i) == '-' || number.charAt(i) == '+')) {
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(number.charAt(i))) {
            i++;
        }
        int intEnd = i;
        int fracStart = i;
        int fracEnd = i;
        if (i < n && number.charAt(i) == '.') {
            fracStart = ++i;
            while (i < n && isDigit(number.charAt(i))) {
                i++;
            }
            fracEnd = i;
        }
        long exponent = 0;
        if (i < n && (number.charAt(i) == 'e' || number.charAt(i) == 'E')) {
            i++;
            boolean negative = i < n && number.charAt(i) == '-';
            if (i < n && (number.charAt(i) == '-' || number.charAt(i) == '+')) {
                i++;
            }
            for (; i < n && isDigit(number.charAt(i)); i++) {
                // Saturates far beyond any limit, so that no exponent overflows.
                exponent = Math.min(exponent * 10 + (number.charAt(i) - '0'), 1_000_000_000_000L);
            }
            exponent = negative ? -exponent : exponent;
        }
        for (int d = intStart; d < intEnd; d++) {
            if (number.charAt(d) != '0') {
                return exponent + (intEnd - d - 1);
            }
        }
        for (int d = fracStart; d < fracEnd; d++) {
            if (number.charAt(d) != '0') {
                return exponent - (d - fracStart + 1);
            }
        }
        return 0; // zero, whatever its exponent
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final class Cached {
        final InputLimits limits;
        final JsonFactory factory;

        Cached(InputLimits limits, JsonFactory factory) {
            this.limits = limits;
            this.factory = factory;
        }
    }

    /**
     * Counts values and entries and checks numbers as tokens pass. Every method that moves the parser goes through
     * {@link #nextToken}, so no token escapes the count (Jackson's delegate would otherwise forward {@code
     * nextFieldName} and {@code skipChildren} straight to the parser underneath).
     */
    private static final class LimitedParser extends JsonParserDelegate {

        private final InputLimits limits;
        private final long maxValues;
        private final int maxEntries;
        private final int maxDepth;
        private final int maxExponent;
        /** Entries so far in each open container, by depth (1 = the root container). */
        private final int[] entries;

        private final boolean[] isArray;
        private int depth;
        private long values;

        LimitedParser(JsonParser parser, InputLimits limits) {
            super(parser);
            this.limits = limits;
            this.maxValues = limits.maxValues();
            this.maxEntries = limits.maxEntries();
            this.maxDepth = limits.maxDepth();
            this.maxExponent = limits.maxNumberExponent();
            this.entries = new int[maxDepth + 2];
            this.isArray = new boolean[maxDepth + 2];
        }

        @Override
        public @Nullable JsonToken nextToken() throws IOException {
            JsonToken token;
            try {
                token = delegate.nextToken();
            } catch (StreamConstraintsException e) {
                throw limits.broken(limitOf(e), path(delegate.getParsingContext()));
            }
            if (token != null) {
                count(token);
            }
            return token;
        }

        private void count(JsonToken token) throws IOException {
            switch (token.id()) {
                case JsonTokenId.ID_FIELD_NAME:
                    entry();
                    return;
                case JsonTokenId.ID_END_OBJECT:
                case JsonTokenId.ID_END_ARRAY:
                    depth--;
                    return;
                default:
                    break;
            }
            if (++values > maxValues) {
                throw broken(InputLimit.VALUES);
            }
            if (depth > 0 && isArray[depth]) {
                entry();
            }
            switch (token.id()) {
                case JsonTokenId.ID_START_OBJECT:
                case JsonTokenId.ID_START_ARRAY:
                    if (depth + 1 > maxDepth) {
                        JsonStreamContext opened = delegate.getParsingContext();
                        throw limits.broken(InputLimit.DEPTH, path(opened == null ? null : opened.getParent()));
                    }
                    depth++;
                    entries[depth] = 0;
                    isArray[depth] = token == JsonToken.START_ARRAY;
                    return;
                case JsonTokenId.ID_NUMBER_INT:
                case JsonTokenId.ID_NUMBER_FLOAT:
                    if (Math.abs(exponentOf(delegate.getText())) > maxExponent) {
                        throw broken(InputLimit.NUMBER_EXPONENT);
                    }
                    return;
                default:
                    return;
            }
        }

        private void entry() {
            if (++entries[depth] > maxEntries) {
                throw broken(InputLimit.ENTRIES);
            }
        }

        private InputLimitException broken(InputLimit limit) {
            return limits.broken(limit, path(delegate.getParsingContext()));
        }

        @Override
        public @Nullable JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public @Nullable String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? delegate.currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(delegate.currentName());
        }

        @Override
        public @Nullable String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? delegate.getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getLongValue() : defaultValue;
        }

        @Override
        public @Nullable Boolean nextBooleanValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken current = delegate.currentToken();
            if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken token = nextToken();
                if (token == null) {
                    return this;
                }
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }
    }
}
