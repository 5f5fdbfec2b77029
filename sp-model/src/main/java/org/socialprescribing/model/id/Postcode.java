package org.socialprescribing.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * A UK postcode in its normal form: upper case, one space between the outward code (area and district) and
 * the inward code (a digit and two letters), e.g. {@code SW1A 1AA}. Also holds the special cases {@code GIR
 * 0AA}, the overseas territories' {@code ASCN 1ZZ}-style codes and BFPO numbers ({@code BFPO 123}).
 *
 * <p>Two levels of checking, because the Royal Mail letter rules "may change" and only the PAF or the ONS
 * Postcode Directory proves that a postcode exists:
 * <ul>
 *   <li>{@link #parse(String)} rejects what is certainly not a postcode (the loose shape {@code A[A]N[A/N]
 *       NAA}, after ideal-postcodes);
 *   <li>{@link #isStrictlyValid()} also applies the letter rules of each position; a failure is a warning
 *       ({@code postcode.strict-format}), not an error.
 * </ul>
 */
public final class Postcode {

    private static final String FIELD = "postcode";
    private static final Pattern LOOSE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");
    private static final Pattern STRICT = Pattern.compile("(?:(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
            + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}"
            + "|GIR 0AA|(?:ASCN|STHL|TDCU|BBND|BIQQ|FIQQ|PCRN|SIQQ|TKCA) 1ZZ)");
    private static final Pattern SPECIAL =
            Pattern.compile("GIR 0AA|(?:ASCN|STHL|TDCU|BBND|BIQQ|FIQQ|PCRN|SIQQ|TKCA) 1ZZ");
    private static final Pattern BFPO = Pattern.compile("BFPO[0-9]{1,4}");

    private final String value;

    private Postcode(String value) {
        this.value = value;
    }

    /**
     * Parses a postcode: removes all whitespace, upper-cases it and puts one space before the last three
     * characters ({@code ec1a1bb} gives {@code EC1A 1BB}; {@code bfpo 57} gives {@code BFPO 57}).
     *
     * @param text the text to parse, may be null
     * @return the postcode, never null
     * @throws InvalidIdentifierException if the text is null or has neither the shape of a UK postcode nor that
     *     of a special case or BFPO number
     */
    @JsonCreator
    public static Postcode parse(@Nullable String text) {
        String normal = normalise(Text.present(text, FIELD));
        if (!hasPostcodeShape(normal)) {
            throw new InvalidIdentifierException(
                    ModelIssueCode.POSTCODE_FORMAT,
                    FIELD,
                    normal,
                    "is not a UK postcode (outward code, space, digit and two letters)");
        }
        return new Postcode(normal);
    }

    /**
     * Whether {@link #parse(String)} would accept the text (the loose check).
     *
     * @param text the text to check, may be null
     * @return true if the text has the shape of a UK postcode; never throws
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && hasPostcodeShape(normalise(text));
    }

    private static String normalise(String text) {
        String compact = Text.compactUpper(text);
        if (BFPO.matcher(compact).matches()) {
            return "BFPO " + compact.substring(4);
        }
        int length = compact.length();
        return length >= 5 && length <= 7
                ? compact.substring(0, length - 3) + " " + compact.substring(length - 3)
                : compact;
    }

    private static boolean hasPostcodeShape(String normal) {
        return LOOSE.matcher(normal).matches() || SPECIAL.matcher(normal).matches() || isBfpo(normal);
    }

    private static boolean isBfpo(String normal) {
        return normal.startsWith("BFPO ");
    }

    /** @return the normalised postcode, e.g. {@code SW1A 1AA}; the JSON form; never null */
    @JsonValue
    public String value() {
        return value;
    }

    /** @return the part before the space, e.g. {@code SW1A}; {@code BFPO} for a BFPO number */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    /** @return the part after the space, e.g. {@code 1AA}; the number for a BFPO number */
    public String inward() {
        return value.substring(value.indexOf(' ') + 1);
    }

    /** @return true for a British Forces Post Office number, e.g. {@code BFPO 57} */
    public boolean isBfpo() {
        return isBfpo(value);
    }

    /**
     * Whether the postcode also passes the strict check: the letter rules of each position (no Q, V or X first;
     * no I, J or Z second; restricted third and fourth letters; no C, I, K, M, O or V in the inward code), or is
     * one of the special cases or a BFPO number. A {@code false} result is a warning, not an error.
     *
     * @return true if the postcode passes the strict check
     */
    public boolean isStrictlyValid() {
        return STRICT.matcher(value).matches() || isBfpo();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof Postcode && value.equals(((Postcode) other).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Postcode[" + value + "]";
    }
}
