package org.socialprescribing.model.input;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpException;

/**
 * Input broke one of the {@link InputLimits}: it is too large, too deep, holds too many values or too long a text,
 * line or number. The {@linkplain #field() field} says where (a JSON path, a line, or {@code input} for the whole),
 * the {@linkplain #rule() rule} which limit and its value, e.g. {@code input: is larger than 16777216 bytes (limit
 * maxBytes)}. No part of the input is quoted.
 *
 * <p>The SDK's readers report it as their own error type (an {@code InvalidJsonException}, a {@code
 * FhirFormatException}, ...) with the same message; {@link #find(Throwable)} finds it among the causes.
 */
public final class InputLimitException extends SpException {

    private static final long serialVersionUID = 1L;

    private final InputLimit limit;
    private final long max;

    /**
     * Creates an exception.
     *
     * @param limit the limit broken, not null
     * @param max the limit's value
     * @param where what broke it: {@code input}, a JSON path, a line, not null
     */
    public InputLimitException(InputLimit limit, long max, String where) {
        super(
                ModelIssueCode.INPUT_LIMIT,
                where,
                null,
                requireNonNull(limit, "limit").rule(max),
                null);
        this.limit = limit;
        this.max = max;
    }

    /** @return the limit broken, never null */
    public InputLimit limit() {
        return limit;
    }

    /** @return the limit's value when it was broken */
    public long max() {
        return max;
    }

    /**
     * The limit exception behind another exception, if any: the exception itself or one of its causes.
     *
     * @param thrown any exception, or null
     * @return the limit exception, or empty
     */
    public static Optional<InputLimitException> find(@Nullable Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputLimitException) {
                return Optional.of((InputLimitException) t);
            }
        }
        return Optional.empty();
    }
}
