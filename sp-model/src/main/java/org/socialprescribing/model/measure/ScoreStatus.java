package org.socialprescribing.model.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.internal.EnumCodes;

/**
 * Whether a response produced a score: the status every {@link ScoreResult} carries. Written in JSON and CSV as its lower-case {@linkplain #code() code}.
 */
public enum ScoreStatus {
    /** Every required item was answered and valid; the score is complete. */
    SCORED,
    /** No answer was invalid but a required item is missing: no total is computed (ONS4 still scores the items it has). */
    INCOMPLETE,
    /** At least one answer is out of range, not an integer or names an unknown item; nothing is scored. */
    INVALID;

    // Made once: sp score writes a status on every row, and lower-casing the name each time showed in its profile.
    private final String code = EnumCodes.lowerCaseName(this);

    /**
     * The lower-case code used in JSON and CSV, e.g. {@code scored}.
     *
     * @return the code, never null
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Finds the constant with a code.
     *
     * @param code the lower-case code, not null
     * @return the constant, never null
     * @throws InvalidValueException if the code is null or unknown
     */
    @JsonCreator
    public static ScoreStatus fromCode(@Nullable String code) {
        return EnumCodes.lookup(values(), ScoreStatus::code, code, "scoreStatus");
    }
}
