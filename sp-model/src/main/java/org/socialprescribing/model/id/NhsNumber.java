package org.socialprescribing.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.internal.NhsNumberRule;

/**
 * An NHS number (England, Wales and the Isle of Man), also valid for the same-format Scottish CHI and Northern
 * Ireland H&amp;C numbers: 10 digits whose last is a modulus 11 check digit (NHS Data Dictionary, NHS NUMBER).
 *
 * <p>Held as a string, never as an integer, because CHI numbers may start with 0. The ten repdigits
 * ({@code 0000000000} to {@code 9999999999}) pass modulus 11 but are rejected. Numbers starting with 9 are
 * accepted; {@link #isTestRange()} tells that they are never issued to real patients.
 *
 * <p>The number is personal data: {@link #toString()} and every exception message show only the last four
 * digits ({@code *** *** 5919}); use {@link #value()} or {@link #formatted()} to read it deliberately.
 */
public final class NhsNumber {

    private static final String FIELD = "nhsNumber";
    private static final int LENGTH = NhsNumberRule.LENGTH;

    private final String digits;

    private NhsNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses an NHS number, ignoring spaces and hyphens anywhere ({@code 943 476 5919}, {@code 943-476-5919}).
     *
     * @param text the text to parse, may be null
     * @return the NHS number, never null
     * @throws InvalidIdentifierException if the text is null, is not 10 digits, is ten identical digits or fails
     *     the modulus 11 check; the message shows the value masked
     */
    @JsonCreator
    public static NhsNumber parse(@Nullable String text) {
        String digits = Text.without(Text.present(text, FIELD), "-");
        Failure failure = check(digits);
        if (failure != null) {
            throw failure.toException(FIELD, mask(digits));
        }
        return new NhsNumber(digits);
    }

    /**
     * Whether {@link #parse(String)} would accept the text.
     *
     * @param text the text to check, may be null
     * @return true if the text is a valid NHS number; false otherwise, never throws
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && check(Text.without(text, "-")) == null;
    }

    private static @Nullable Failure check(String digits) {
        if (!Text.isAsciiDigits(digits) || digits.length() != LENGTH) {
            return new Failure(ModelIssueCode.NHS_NUMBER_FORMAT, "must be 10 digits");
        }
        if (digits.chars().allMatch(c -> c == digits.charAt(0))) {
            return new Failure(ModelIssueCode.NHS_NUMBER_REPDIGIT, "must not be ten identical digits");
        }
        int expected = checkDigit(digits);
        if (expected == 10) {
            return new Failure(ModelIssueCode.NHS_NUMBER_CHECK_DIGIT, "has no valid check digit (modulus 11 gives 10)");
        }
        int actual = digits.charAt(LENGTH - 1) - '0';
        if (actual != expected) {
            return new Failure(
                    ModelIssueCode.NHS_NUMBER_CHECK_DIGIT,
                    "has check digit " + actual + " but modulus 11 gives " + expected);
        }
        return null;
    }

    /** The modulus 11 check digit of the first nine digits (one rule, shared with the message mask). */
    static int checkDigit(String digits) {
        return NhsNumberRule.checkDigit(digits);
    }

    /** Masks all but the last four characters, in the 3-3-4 layout when the text has 10 characters. */
    static String mask(String text) {
        return NhsNumberRule.mask(text);
    }

    /** @return the 10 digits without spaces, e.g. {@code 9434765919}; the JSON form; never null */
    @JsonValue
    public String value() {
        return digits;
    }

    /** @return the number in its display form, 3-3-4 digits separated by spaces, e.g. {@code 943 476 5919} */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /**
     * The number masked for logs and messages: all but the last four digits hidden.
     *
     * @return e.g. {@code *** *** 5919}, never null
     */
    public String masked() {
        return mask(digits);
    }

    /**
     * Whether the number starts with 9, a range never issued to patients and used for synthetic and test data
     * (the PDS test range and the UK Core examples). Advisory: no official allocation table exists.
     *
     * @return true if the first digit is 9
     */
    public boolean isTestRange() {
        return digits.charAt(0) == '9';
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof NhsNumber && digits.equals(((NhsNumber) other).digits));
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** @return the masked number, e.g. {@code NhsNumber[*** *** 5919]} */
    @Override
    public String toString() {
        return "NhsNumber[" + masked() + "]";
    }
}
