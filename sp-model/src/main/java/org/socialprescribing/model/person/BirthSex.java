package org.socialprescribing.model.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.internal.EnumCodes;

/**
 * Sex at birth (observed), as the UK Core {@code BirthSex} extension codes it (value set {@code
 * UKCore-BirthSex}, bound required). The PRSB model maps sex at birth to the NHS Data Dictionary PERSON
 * PHENOTYPIC SEX, whose codes are not verified and so are not used here. Kept apart from {@link StatedGender}
 * and {@link GenderIdentity}: the three answer different questions.
 */
public enum BirthSex {
    /** Male. */
    MALE("M", "Male"),
    /** Female. */
    FEMALE("F", "Female"),
    /** Undifferentiated. */
    UNDIFFERENTIATED("UN", "Undifferentiated"),
    /** Unknown. */
    UNKNOWN("UNK", "unknown");

    private final String code;
    private final String display;

    BirthSex(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** @return the UK Core code, e.g. {@code M} or {@code UNK}, never null */
    public String code() {
        return code;
    }

    /** @return the UK Core display, never null */
    public String display() {
        return display;
    }

    /** @return the JSON form: the code in lower case, e.g. {@code m} or {@code unk} */
    @JsonValue
    public String jsonCode() {
        return code.toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a value by its code, ignoring case.
     *
     * @param code the code, e.g. {@code F}, may be null
     * @return the value, never null
     * @throws InvalidValueException if the code is null or unknown
     */
    @JsonCreator
    public static BirthSex fromCode(@Nullable String code) {
        return EnumCodes.lookup(values(), BirthSex::code, code, "sexAtBirth");
    }
}
