package org.socialprescribing.model.input;

import java.util.Locale;
import java.util.Optional;

/**
 * One limit that the SDK's readers put on untrusted input. Each has a name (the one the {@code sp --limit} option
 * takes), a default and the largest value it may be given. {@link InputLimits} holds a value for each.
 *
 * <p>The defaults are far above real social prescribing data and low enough that a reader stays within a small heap
 * whatever it is given (see {@code SECURITY.md} for the measurements).
 */
public enum InputLimit {

    /**
     * The largest document (JSON, XML, a definition file), in bytes of UTF-8; text already in memory counts its UTF-8
     * length. Streamed CSV has no total limit: it is read row by row. Default 16 MiB, at most 1 GiB (documents are
     * held in memory).
     */
    BYTES("maxBytes", 16L * 1024 * 1024, 1L << 30, "is larger than %d bytes"),

    /**
     * The deepest nesting: JSON objects and arrays each count one level, an XML element two. Default 128, at most
     * 250 (HAPI FHIR's validator reads no deeper than 255 levels).
     */
    DEPTH("maxDepth", 128, 250, "nests deeper than %d levels"),

    /**
     * The most values in one document: every JSON object, array, string, number, {@code true}, {@code false} and
     * {@code null}; every XML element and attribute. Bounds the objects a reader builds. Default 1,000,000.
     */
    VALUES("maxValues", 1_000_000, 1L << 30, "holds more than %d values"),

    /**
     * The most entries in one container: elements of a JSON array, members of a JSON object, child elements of an
     * XML element, columns of a CSV header. Default 10,000.
     */
    ENTRIES("maxEntries", 10_000, 1L << 30, "has more than %d entries in one array, object or header"),

    /** The longest text value, in characters: a JSON string or property name, an XML value, a CSV cell. Default 4 Mi. */
    STRING_LENGTH("maxStringLength", 4L * 1024 * 1024, 1L << 30, "holds a text longer than %d characters"),

    /** The longest number as written, in characters (JSON, or an XML value written as a number). Default 100. */
    NUMBER_LENGTH("maxNumberLength", 100, 10_000, "holds a number written with more than %d characters"),

    /**
     * The largest power of ten of a number, either way: {@code 1.5e7} has 7, {@code 0.001} has -3, so the default of
     * 1000 accepts every non-zero number from 1e-1000 to below 1e1001 in magnitude. At most 100,000.
     */
    NUMBER_EXPONENT("maxNumberExponent", 1000, 100_000, "holds a number beyond 1e%d in magnitude (or below 1e-%<d)"),

    /** The longest CSV record (the header included), in characters. Default 4 Mi. */
    LINE_LENGTH("maxLineLength", 4L * 1024 * 1024, 1L << 30, "has a line longer than %d characters"),

    /**
     * The most resources one validation may check (a Bundle's entries, contained resources and the Bundle itself):
     * offline validation costs far more per resource than reading. Default 1,000.
     */
    VALIDATED_RESOURCES("maxValidatedResources", 1_000, 1_000_000, "holds more than %d resources to validate");

    private final String key;
    private final long defaultValue;
    private final long ceiling;
    private final String rule;

    InputLimit(String key, long defaultValue, long ceiling, String rule) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.ceiling = ceiling;
        this.rule = rule;
    }

    /** @return the limit's name, e.g. {@code maxBytes}, never null */
    public String key() {
        return key;
    }

    /** @return the value used unless another is set */
    public long defaultValue() {
        return defaultValue;
    }

    /** @return the largest value that may be set; the smallest is 1 (0 for {@link #NUMBER_EXPONENT}) */
    public long ceiling() {
        return ceiling;
    }

    /** @return the smallest value that may be set */
    public long floor() {
        return this == NUMBER_EXPONENT ? 0 : 1;
    }

    /**
     * The rule broken by input beyond this limit, in words.
     *
     * @param max the limit's value
     * @return e.g. {@code is larger than 16777216 bytes (limit maxBytes)}, never null
     */
    public String rule(long max) {
        return String.format(Locale.ROOT, rule, max) + " (limit " + key + ")";
    }

    /**
     * The limit with a name.
     *
     * @param key a name such as {@code maxBytes}, not null
     * @return the limit, or empty if no limit has that name
     */
    public static Optional<InputLimit> byKey(String key) {
        for (InputLimit limit : values()) {
            if (limit.key.equals(key)) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }
}
