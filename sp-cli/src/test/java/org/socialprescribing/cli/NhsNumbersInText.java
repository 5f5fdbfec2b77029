package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds NHS numbers in clear in text: any ten digits (alone, or written 3-3-4 with spaces or hyphens) that pass the
 * modulus 11 check, so that a test can prove a run printed none. Only their positions are reported, never the
 * numbers.
 */
final class NhsNumbersInText {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9])([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})(?![0-9])");

    private NhsNumbersInText() {}

    /**
     * The offsets of valid NHS numbers in the text.
     *
     * @param text any text
     * @return the offsets, empty if none
     */
    static List<Integer> validAt(String text) {
        List<Integer> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isValid(m.group(1) + m.group(2) + m.group(3))) {
                found.add(m.start());
            }
        }
        return found;
    }

    /** The modulus 11 check of the NHS Data Dictionary: weights 10..2, check digit 11 - (sum mod 11), 10 invalid. */
    static boolean isValid(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
