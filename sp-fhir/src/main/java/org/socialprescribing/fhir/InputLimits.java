package org.socialprescribing.fhir;

import org.socialprescribing.model.InvalidValueException;

/**
 * The limits the SDK puts on FHIR input before any parser builds objects from it: how many bytes (UTF-8) a
 * resource may take and how deeply it may nest. Both protect a service that reads untrusted input from running out
 * of memory or stack.
 *
 * <p>Depth is counted as in JSON: every object and every array is one level. An XML element counts as two levels,
 * because that is how deep its JSON form may go (an object inside an array), so the same resource meets the same
 * limit in either encoding.
 *
 * <p>The defaults, {@value #DEFAULT_MAX_BYTES} bytes (16 MiB) and {@value #DEFAULT_MAX_DEPTH} levels, are far above
 * any real resource: a transaction Bundle holding a Questionnaire with ten levels of nested items reaches about 30
 * levels. The depth can be raised to at most {@value #MAX_DEPTH}: HAPI's validator reads JSON with a parser that
 * stops at 255 levels, and at this depth HAPI's parsers, encoders and validator run without a stack overflow on a
 * default thread stack.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputLimits {

    /** The default byte limit: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** The default nesting limit. */
    public static final int DEFAULT_MAX_DEPTH = 128;
    /** The largest byte limit that may be set: 1 GiB (input is held in memory). */
    public static final long MAX_BYTES = 1L << 30;
    /** The largest nesting limit that may be set. */
    public static final int MAX_DEPTH = 250;

    private static final InputLimits DEFAULTS = new InputLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);

    private final long maxBytes;
    private final int maxDepth;

    private InputLimits(long maxBytes, int maxDepth) {
        if (maxBytes < 1 || maxBytes > MAX_BYTES) {
            throw new InvalidValueException("maxBytes", Long.toString(maxBytes), "must be between 1 and " + MAX_BYTES);
        }
        if (maxDepth < 1 || maxDepth > MAX_DEPTH) {
            throw new InvalidValueException(
                    "maxDepth", Integer.toString(maxDepth), "must be between 1 and " + MAX_DEPTH);
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /**
     * The default limits: {@value #DEFAULT_MAX_BYTES} bytes, {@value #DEFAULT_MAX_DEPTH} levels.
     *
     * @return the default limits, never null
     */
    public static InputLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Limits with the given values.
     *
     * @param maxBytes the largest input accepted, in bytes of UTF-8, from 1 to {@value #MAX_BYTES}
     * @param maxDepth the deepest nesting accepted, from 1 to {@value #MAX_DEPTH}
     * @return the limits, never null
     * @throws InvalidValueException if a value is out of range
     */
    public static InputLimits of(long maxBytes, int maxDepth) {
        return new InputLimits(maxBytes, maxDepth);
    }

    /**
     * These limits with another byte limit.
     *
     * @param newMaxBytes the largest input accepted, in bytes of UTF-8, from 1 to {@value #MAX_BYTES}
     * @return the limits, never null
     * @throws InvalidValueException if the value is out of range
     */
    public InputLimits withMaxBytes(long newMaxBytes) {
        return new InputLimits(newMaxBytes, maxDepth);
    }

    /**
     * These limits with another nesting limit.
     *
     * @param newMaxDepth the deepest nesting accepted, from 1 to {@value #MAX_DEPTH}
     * @return the limits, never null
     * @throws InvalidValueException if the value is out of range
     */
    public InputLimits withMaxDepth(int newMaxDepth) {
        return new InputLimits(maxBytes, newMaxDepth);
    }

    /** @return the largest input accepted, in bytes of UTF-8 */
    public long maxBytes() {
        return maxBytes;
    }

    /** @return the deepest nesting accepted: JSON objects and arrays, or XML elements counted twice */
    public int maxDepth() {
        return maxDepth;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof InputLimits
                        && maxBytes == ((InputLimits) other).maxBytes
                        && maxDepth == ((InputLimits) other).maxDepth);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(maxBytes) * 31 + maxDepth;
    }

    @Override
    public String toString() {
        return "InputLimits[maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + "]";
    }
}
