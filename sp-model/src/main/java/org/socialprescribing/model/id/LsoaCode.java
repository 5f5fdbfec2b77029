package org.socialprescribing.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * A Lower layer Super Output Area code: {@code E01} and 6 digits in England, {@code W01} and 6 digits in
 * Wales, e.g. {@code E01000001}. The format does not tell the vintage (2011 or 2021 LSOAs); a code must be
 * checked against the published list of the vintage in use, which this type does not do.
 */
public final class LsoaCode {

    /** The country an LSOA lies in. */
    public enum Country {
        /** Codes starting {@code E01}. */
        ENGLAND,
        /** Codes starting {@code W01}. */
        WALES
    }

    private static final String FIELD = "lsoaCode";
    private static final Pattern FORMAT = Pattern.compile("[EW]01[0-9]{6}");

    private final String code;

    private LsoaCode(String code) {
        this.code = code;
    }

    /**
     * Parses an LSOA code, trimming it and upper-casing letters.
     *
     * @param text the text to parse, may be null
     * @return the code, never null
     * @throws InvalidIdentifierException if the text is null or is not {@code E01}/{@code W01} and 6 digits
     */
    @JsonCreator
    public static LsoaCode parse(@Nullable String text) {
        String code = Text.trimUpper(Text.present(text, FIELD));
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidIdentifierException(
                    ModelIssueCode.LSOA_CODE_FORMAT, FIELD, code, "must be E01 or W01 followed by 6 digits");
        }
        return new LsoaCode(code);
    }

    /**
     * Whether {@link #parse(String)} would accept the text.
     *
     * @param text the text to check, may be null
     * @return true if the text is a well-formed LSOA code; never throws
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && FORMAT.matcher(Text.trimUpper(text)).matches();
    }

    /** @return the code, e.g. {@code E01000001}; the JSON form; never null */
    @JsonValue
    public String value() {
        return code;
    }

    /** @return the country the LSOA lies in, from the first letter, never null */
    public Country country() {
        return code.charAt(0) == 'E' ? Country.ENGLAND : Country.WALES;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof LsoaCode && code.equals(((LsoaCode) other).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "LsoaCode[" + code + "]";
    }
}
