package org.socialprescribing.model.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.internal.EnumCodes;

/**
 * When in a person's social prescribing episode an outcome was measured. Written in JSON and CSV as its lower-case {@linkplain #code() code}.
 */
public enum Timepoint {
    /** At or soon after the first contact, before support starts. */
    BASELINE,
    /** During support, at a planned review. */
    REVIEW,
    /** When the person leaves the link worker's support. */
    DISCHARGE,
    /** Any other time, e.g. a follow-up months after discharge. */
    OTHER;

    /**
     * The lower-case code used in JSON and CSV, e.g. {@code baseline}.
     *
     * @return the code, never null
     */
    @JsonValue
    public String code() {
        return EnumCodes.lowerCaseName(this);
    }

    /**
     * Finds the constant with a code.
     *
     * @param code the lower-case code, not null
     * @return the constant, never null
     * @throws InvalidValueException if the code is null or unknown
     */
    @JsonCreator
    public static Timepoint fromCode(@Nullable String code) {
        return EnumCodes.lookup(values(), Timepoint::code, code, "timepoint");
    }
}
