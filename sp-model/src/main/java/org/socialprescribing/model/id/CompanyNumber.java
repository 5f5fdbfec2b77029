package org.socialprescribing.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * A Companies House registration number: always 8 letters or digits, e.g. {@code 09506232} (England and Wales)
 * or {@code SC234456} (Scotland). Shorter all-digit input is left-padded with zeros ({@code 9506232} gives
 * {@code 09506232}). {@link #orgId()} gives the org-id.guide identifier {@code GB-COH-09506232}.
 *
 * <p>Only the length and alphabet are checked; register prefixes ({@code SC}, {@code NI}, {@code OC}, ...) are
 * checked only by the advisory {@link #hasKnownPattern()}.
 */
public final class CompanyNumber {

    private static final String FIELD = "companyNumber";
    private static final String ORG_ID_PREFIX = "GB-COH-";
    private static final int LENGTH = 8;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{8}");
    // Empirical pattern from chguide.co.uk (secondary source), wrapped so that it anchors as a whole. It matched
    // 13.6 million real numbers but omits RC, CE and CS, so it is only a hint.
    private static final Pattern KNOWN = Pattern.compile("(?:((AC|ZC|FC|GE|LP|OC|SE|SA|SZ|SF|GS|SL|SO|SC|ES|NA|NZ|NF"
            + "|GN|NL|NC|R0|NI|EN|\\d{2}|SG|FE)\\d{5}(\\d|C|R))|((RS|SO)\\d{3}(\\d{3}|\\d{2}[WSRCZF]|\\d(FI|RS|SA|IP"
            + "|US|EN|AS)|CUS))|((NI|SL)\\d{5}[\\dA])|(OC(([\\dP]{5}[CWERTB])|([\\dP]{4}(OC|CU)))))");

    private final String number;

    private CompanyNumber(String number) {
        this.number = number;
    }

    /**
     * Parses a company number: removes whitespace, upper-cases letters, left-pads all-digit input to 8 digits,
     * and accepts the org-id form {@code GB-COH-09506232}.
     *
     * @param text the text to parse, may be null
     * @return the company number, never null
     * @throws InvalidIdentifierException if the text is null or is not 8 letters or digits after padding
     */
    @JsonCreator
    public static CompanyNumber parse(@Nullable String text) {
        String normal = normalise(Text.present(text, FIELD));
        if (!FORMAT.matcher(normal).matches()) {
            throw new InvalidIdentifierException(
                    ModelIssueCode.COMPANY_NUMBER_FORMAT, FIELD, normal, "must be 8 letters or digits");
        }
        return new CompanyNumber(normal);
    }

    /**
     * Whether {@link #parse(String)} would accept the text.
     *
     * @param text the text to check, may be null
     * @return true if the text is a well-formed company number; never throws
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && FORMAT.matcher(normalise(text)).matches();
    }

    private static String normalise(String text) {
        String compact = Text.compactUpper(text);
        if (compact.startsWith(ORG_ID_PREFIX)) {
            compact = compact.substring(ORG_ID_PREFIX.length());
        }
        return Text.isAsciiDigits(compact) && compact.length() < LENGTH
                ? "0".repeat(LENGTH - compact.length()) + compact
                : compact;
    }

    /** @return the 8-character number, e.g. {@code 09506232}; the JSON form; never null */
    @JsonValue
    public String value() {
        return number;
    }

    /** @return the org-id.guide identifier, e.g. {@code GB-COH-09506232}, never null */
    public String orgId() {
        return ORG_ID_PREFIX + number;
    }

    /**
     * Whether the number matches the empirical pattern of known register prefixes (secondary source:
     * chguide.co.uk). Advisory: a {@code false} result is worth a warning, not a rejection, because the pattern
     * omits some registers ({@code RC}, {@code CE}, {@code CS}).
     *
     * @return true if the number has a known prefix pattern
     */
    public boolean hasKnownPattern() {
        return KNOWN.matcher(number).matches();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof CompanyNumber && number.equals(((CompanyNumber) other).number));
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return "CompanyNumber[" + number + "]";
    }
}
