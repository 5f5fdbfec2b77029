package org.socialprescribing.model.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.internal.EnumCodes;

/**
 * NHS Data Dictionary PERSON STATED GENDER CODE: the gender a person states (the PRSB "Gender" item). Source
 * of the codes: a secondary copy of the Data Dictionary list (UK Core test value set
 * {@code UKCore-NHSDataDictionary-PersonStatedGender}); see {@code docs/model-identifiers.md}. Note that
 * {@code 9} and {@code X} mean different things here than in {@link GenderIdentity}.
 */
public enum StatedGender {
    /** Male. */
    MALE("1", "Male"),
    /** Female. */
    FEMALE("2", "Female"),
    /** Indeterminate: unable to be classified as either male or female. */
    INDETERMINATE("9", "Indeterminate"),
    /** Not known: not recorded. */
    NOT_KNOWN("X", "Not Known");

    private final String code;
    private final String display;

    StatedGender(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** @return the NHS Data Dictionary code, e.g. {@code 1} or {@code X}, never null */
    public String code() {
        return code;
    }

    /** @return the label, never null */
    public String display() {
        return display;
    }

    /** @return the JSON form: the code in lower case, e.g. {@code 1} or {@code x} */
    @JsonValue
    public String jsonCode() {
        return code.toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a value by its code, ignoring case.
     *
     * @param code the code, may be null
     * @return the value, never null
     * @throws InvalidValueException if the code is null or unknown
     */
    @JsonCreator
    public static StatedGender fromCode(@Nullable String code) {
        return EnumCodes.lookup(values(), StatedGender::code, code, "statedGender");
    }
}
