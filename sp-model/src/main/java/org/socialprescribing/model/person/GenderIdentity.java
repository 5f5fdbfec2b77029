package org.socialprescribing.model.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.internal.EnumCodes;

/** NHS Data Dictionary GENDER IDENTITY CODE: the gender a person identifies with (the PRSB "gender identity"). */
public enum GenderIdentity {
    /** Male, including trans man. */
    MALE("1", "Male (including trans man)"),
    /** Female, including trans woman. */
    FEMALE("2", "Female (including trans woman)"),
    /** Non-binary. */
    NON_BINARY("3", "Non-binary"),
    /** Other, not listed. */
    OTHER("4", "Other (not listed)"),
    /** Not stated: the person was asked and declined to answer. */
    NOT_STATED("Z", "Not stated"),
    /** Not known: the default code. */
    NOT_KNOWN("X", "Not known");

    private final String code;
    private final String display;

    GenderIdentity(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** @return the NHS Data Dictionary code, e.g. {@code 3} or {@code Z}, never null */
    public String code() {
        return code;
    }

    /** @return the NHS Data Dictionary label, never null */
    public String display() {
        return display;
    }

    /** @return the JSON form: the code in lower case, e.g. {@code 3} or {@code z} */
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
    public static GenderIdentity fromCode(@Nullable String code) {
        return EnumCodes.lookup(values(), GenderIdentity::code, code, "genderIdentity");
    }
}
