package org.socialprescribing.model.internal;

/**
 * The NHS number's modulus 11 check digit and its masked form, in one place for {@link
 * org.socialprescribing.model.id.NhsNumber} (which parses one number) and {@link
 * org.socialprescribing.model.PersonalData} (which finds numbers in messages). Not API.
 */
public final class NhsNumberRule {

    /** The number of digits in an NHS number. */
    public static final int LENGTH = 10;

    /** What stands for the first six digits of a masked number: {@code *** *** 5919}. */
    public static final String MASKED_PREFIX = "*** *** ";

    private NhsNumberRule() {}

    /**
     * The modulus 11 check digit of the first nine digits (NHS Data Dictionary, NHS NUMBER): weights 10 down to 2,
     * check = 11 - (sum mod 11), 11 becomes 0, and 10 means that no valid check digit exists.
     *
     * @param digits at least nine ASCII digits, not null
     * @return the check digit 0..9, or 10 if the nine digits cannot start a valid number
     */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /**
     * Whether ten ASCII digits pass the modulus 11 check. Repdigits pass it too: the message mask hides them
     * like any other passing number, although {@code NhsNumber} refuses them as identifiers.
     *
     * @param digits exactly ten ASCII digits, not null
     * @return true if the last digit is the check digit of the first nine
     */
    public static boolean passesCheck(CharSequence digits) {
        return checkDigit(digits) == digits.charAt(LENGTH - 1) - '0';
    }

    /**
     * The masked form: all but the last four characters hidden, in the 3-3-4 layout when the text has ten.
     *
     * @param text the number as given, not null
     * @return e.g. {@code *** *** 5919}, never null
     */
    public static String mask(CharSequence text) {
        int length = text.length();
        if (length == LENGTH) {
            return MASKED_PREFIX + text.subSequence(LENGTH - 4, LENGTH);
        }
        int shown = length > 4 ? 4 : 0;
        return "*".repeat(length - shown) + text.subSequence(length - shown, length);
    }
}
