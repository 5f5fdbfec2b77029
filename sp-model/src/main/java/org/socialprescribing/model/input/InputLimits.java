package org.socialprescribing.model.input;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.StringJoiner;
import org.socialprescribing.model.InvalidValueException;

/**
 * The limits every SDK reader puts on untrusted input before it builds objects from it: how large a document may be,
 * how deeply it may nest, how many values and entries it may hold, how long its texts, numbers and lines may be, how
 * large its numbers may be, and how much validation one document may ask for. One value per {@link InputLimit}; the
 * readers of every module (SDK JSON, FHIR JSON and XML, Open Referral UK JSON, star and local instrument
 * definitions, CSV in the command line) take the same type, so one setting governs them all.
 *
 * <pre>{@code
 * InputLimits limits = InputLimits.defaults().withMaxBytes(1 << 20).with(InputLimit.ENTRIES, 50_000);
 * }</pre>
 *
 * <p>Every limit is checked while the input streams in, so input far beyond a limit costs no more than input just
 * beyond it. Immutable and thread-safe.
 */
public final class InputLimits {

    /** The default byte limit: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** The default nesting limit. */
    public static final int DEFAULT_MAX_DEPTH = 128;
    /** The largest byte limit that may be set: 1 GiB (documents are held in memory). */
    public static final long MAX_BYTES = 1L << 30;
    /** The largest nesting limit that may be set. */
    public static final int MAX_DEPTH = 250;

    private static final InputLimit[] LIMITS = InputLimit.values();
    private static final InputLimits DEFAULTS = new InputLimits(defaultValues());

    private final long[] values;

    private InputLimits(long[] values) {
        this.values = values;
    }

    private static long[] defaultValues() {
        long[] values = new long[LIMITS.length];
        for (InputLimit limit : LIMITS) {
            values[limit.ordinal()] = limit.defaultValue();
        }
        return values;
    }

    /**
     * The default limits (see each {@link InputLimit}).
     *
     * @return the default limits, never null
     */
    public static InputLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with one value changed.
     *
     * @param limit the limit to change, not null
     * @param value its new value, from {@link InputLimit#floor()} to {@link InputLimit#ceiling()}
     * @return the limits, never null
     * @throws InvalidValueException if the value is out of range
     */
    public InputLimits with(InputLimit limit, long value) {
        requireNonNull(limit, "limit");
        if (value < limit.floor() || value > limit.ceiling()) {
            throw new InvalidValueException(
                    limit.key(), Long.toString(value), "must be between " + limit.floor() + " and " + limit.ceiling());
        }
        long[] changed = values.clone();
        changed[limit.ordinal()] = value;
        return new InputLimits(changed);
    }

    /**
     * These limits with another byte limit.
     *
     * @param newMaxBytes the largest document accepted, in bytes of UTF-8, from 1 to {@value #MAX_BYTES}
     * @return the limits, never null
     * @throws InvalidValueException if the value is out of range
     */
    public InputLimits withMaxBytes(long newMaxBytes) {
        return with(InputLimit.BYTES, newMaxBytes);
    }

    /**
     * These limits with another nesting limit.
     *
     * @param newMaxDepth the deepest nesting accepted, from 1 to {@value #MAX_DEPTH}
     * @return the limits, never null
     * @throws InvalidValueException if the value is out of range
     */
    public InputLimits withMaxDepth(int newMaxDepth) {
        return with(InputLimit.DEPTH, newMaxDepth);
    }

    /**
     * The value of one limit.
     *
     * @param limit the limit, not null
     * @return its value
     */
    public long get(InputLimit limit) {
        return values[limit.ordinal()];
    }

    /** @return the largest document accepted, in bytes of UTF-8 */
    public long maxBytes() {
        return get(InputLimit.BYTES);
    }

    /** @return the deepest nesting accepted: JSON objects and arrays, or XML elements counted twice */
    public int maxDepth() {
        return (int) get(InputLimit.DEPTH);
    }

    /** @return the most values one document may hold */
    public long maxValues() {
        return get(InputLimit.VALUES);
    }

    /** @return the most entries one array, object, element or CSV header may hold */
    public int maxEntries() {
        return (int) get(InputLimit.ENTRIES);
    }

    /** @return the longest text value accepted, in characters */
    public int maxStringLength() {
        return (int) get(InputLimit.STRING_LENGTH);
    }

    /** @return the longest number accepted, in characters as written */
    public int maxNumberLength() {
        return (int) get(InputLimit.NUMBER_LENGTH);
    }

    /** @return the largest power of ten of a number accepted, either way */
    public int maxNumberExponent() {
        return (int) get(InputLimit.NUMBER_EXPONENT);
    }

    /** @return the longest CSV record accepted, in characters */
    public int maxLineLength() {
        return (int) get(InputLimit.LINE_LENGTH);
    }

    /** @return the most resources one validation may check */
    public int maxValidatedResources() {
        return (int) get(InputLimit.VALIDATED_RESOURCES);
    }

    /**
     * The exception for input beyond one of these limits.
     *
     * @param limit the limit broken, not null
     * @param where what broke it: {@code input}, a JSON path, a line, not null
     * @return the exception, never null
     */
    public InputLimitException broken(InputLimit limit, String where) {
        return new InputLimitException(limit, get(limit), where);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof InputLimits && Arrays.equals(values, ((InputLimits) other).values));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "InputLimits[", "]");
        for (InputLimit limit : LIMITS) {
            text.add(limit.key() + "=" + values[limit.ordinal()]);
        }
        return text.toString();
    }
}
