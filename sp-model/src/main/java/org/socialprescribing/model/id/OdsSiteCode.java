package org.socialprescribing.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * An ODS site code: 5 to 9 upper-case letters or digits (NHS Data Dictionary, SITE CODE: {@code min an5 max
 * an9}), e.g. {@code RR813} or {@code TAK01}. FHIR system: {@value #FHIR_SYSTEM}.
 */
public final class OdsSiteCode {

    /** The FHIR identifier system of ODS site codes (UK Core). */
    public static final String FHIR_SYSTEM = "https://fhir.nhs.uk/Id/ods-site-code";

    private static final String FIELD = "odsSiteCode";
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{5,9}");

    private final String code;

    private OdsSiteCode(String code) {
        this.code = code;
    }

    /**
     * Parses an ODS site code, trimming it and upper-casing letters.
     *
     * @param text the text to parse, may be null
     * @return the code, never null
     * @throws InvalidIdentifierException if the text is null or is not 5 to 9 letters or digits
     */
    @JsonCreator
    public static OdsSiteCode parse(@Nullable String text) {
        String code = Text.trimUpper(Text.present(text, FIELD));
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidIdentifierException(
                    ModelIssueCode.ODS_SITE_CODE_FORMAT, FIELD, code, "must be 5 to 9 letters or digits");
        }
        return new OdsSiteCode(code);
    }

    /**
     * Whether {@link #parse(String)} would accept the text.
     *
     * @param text the text to check, may be null
     * @return true if the text is a well-formed ODS site code; never throws
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && FORMAT.matcher(Text.trimUpper(text)).matches();
    }

    /** @return the upper-case code, e.g. {@code RR813}; the JSON form; never null */
    @JsonValue
    public String value() {
        return code;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof OdsSiteCode && code.equals(((OdsSiteCode) other).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "OdsSiteCode[" + code + "]";
    }
}
