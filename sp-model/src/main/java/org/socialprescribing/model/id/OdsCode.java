package org.socialprescribing.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * An Organisation Data Service (ODS) organisation code: 3 to 8 upper-case letters or digits (NHS Data
 * Dictionary, Organisation Coding Frames), e.g. {@code G81086} (a GP practice), {@code U12345} (a PCN),
 * {@code RR8} (an NHS trust), {@code QNQ} (an ICB).
 *
 * <p>The format does not prove that a code exists or what kind of organisation it names; only ODS data (the
 * role, e.g. RO76 for a GP practice) does. {@link #looksLikeGpPractice()} and {@link #looksLikePcn()} are
 * advisory shape checks. FHIR system: {@value #FHIR_SYSTEM}.
 */
public final class OdsCode {

    /** The FHIR identifier system of ODS organisation codes (UK Core), spelt with a "z". */
    public static final String FHIR_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

    private static final String FIELD = "odsCode";
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,8}");
    // GP practice shape: secondary source (NHS Weight Management Hub GpPracticeOdsCodeAttribute), see docs.
    private static final Pattern GP_PRACTICE = Pattern.compile("[A-HJ-NP-WY][0-9]{5}|(?:ALD|GUE|JER)[0-9]{3}");
    private static final Pattern PCN = Pattern.compile("U[0-9]{5}");

    /** NHS Data Dictionary default code: GP practice not known. */
    public static final OdsCode PRACTICE_NOT_KNOWN = new OdsCode("V81999");
    /** NHS Data Dictionary default code: GP practice not applicable, or a prison, dental or MoD practice. */
    public static final OdsCode PRACTICE_NOT_APPLICABLE = new OdsCode("V81998");
    /** NHS Data Dictionary default code: referrer not applicable. */
    public static final OdsCode REFERRER_NOT_APPLICABLE = new OdsCode("X99998");
    /** NHS Data Dictionary default code: referrer not known. */
    public static final OdsCode REFERRER_NOT_KNOWN = new OdsCode("X99999");
    /** NHS Data Dictionary default code: non-NHS UK provider that has no code. */
    public static final OdsCode NON_NHS_UK_PROVIDER = new OdsCode("89999");
    /** NHS Data Dictionary default code: non-UK provider. */
    public static final OdsCode NON_UK_PROVIDER = new OdsCode("89997");

    private static final Set<OdsCode> DEFAULT_CODES = Set.of(
            PRACTICE_NOT_KNOWN,
            PRACTICE_NOT_APPLICABLE,
            REFERRER_NOT_APPLICABLE,
            REFERRER_NOT_KNOWN,
            NON_NHS_UK_PROVIDER,
            NON_UK_PROVIDER);

    private final String code;

    private OdsCode(String code) {
        this.code = code;
    }

    /**
     * Parses an ODS organisation code, trimming it and upper-casing letters ({@code " g81086 "} gives
     * {@code G81086}).
     *
     * @param text the text to parse, may be null
     * @return the code, never null
     * @throws InvalidIdentifierException if the text is null or is not 3 to 8 letters or digits
     */
    @JsonCreator
    public static OdsCode parse(@Nullable String text) {
        String code = Text.trimUpper(Text.present(text, FIELD));
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidIdentifierException(
                    ModelIssueCode.ODS_CODE_FORMAT, FIELD, code, "must be 3 to 8 letters or digits");
        }
        return new OdsCode(code);
    }

    /**
     * Whether {@link #parse(String)} would accept the text.
     *
     * @param text the text to check, may be null
     * @return true if the text is a well-formed ODS organisation code; never throws
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && FORMAT.matcher(Text.trimUpper(text)).matches();
    }

    /** @return the upper-case code, e.g. {@code G81086}; the JSON form; never null */
    @JsonValue
    public String value() {
        return code;
    }

    /**
     * Whether the code has the shape of a GP practice code: a letter (not I, O, X or Z) and five digits, or
     * {@code ALD}/{@code GUE}/{@code JER} and three digits. Advisory: PCN codes and the {@code V819xx} default
     * codes have the same shape; only the ODS role tells them apart.
     *
     * @return true if the code has the GP practice shape
     */
    public boolean looksLikeGpPractice() {
        return GP_PRACTICE.matcher(code).matches();
    }

    /**
     * Whether the code has the shape of a Primary Care Network code, {@code U} and five digits. Advisory.
     *
     * @return true if the code has the PCN shape
     */
    public boolean looksLikePcn() {
        return PCN.matcher(code).matches();
    }

    /**
     * Whether the code is one of the NHS Data Dictionary default codes declared as constants here (practice or
     * referrer not known or not applicable, non-NHS or non-UK provider).
     *
     * @return true for a default code
     */
    public boolean isDefaultCode() {
        return DEFAULT_CODES.contains(this);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof OdsCode && code.equals(((OdsCode) other).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "OdsCode[" + code + "]";
    }
}
