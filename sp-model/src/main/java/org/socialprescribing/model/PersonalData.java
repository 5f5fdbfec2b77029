package org.socialprescribing.model;

import org.socialprescribing.model.internal.NhsNumberRule;

/**
 * The one masking rule for text that may quote input: every NHS number in it is shown as {@code NhsNumber}
 * masks its own value, {@code *** *** 5919}. The SDK applies it where messages are built (its exceptions,
 * {@link ValidationIssue}, the command line's messages, score messages, FHIR OperationOutcomes, directory
 * warnings), so that a number given in the wrong field (a birth date, a postcode, an answer) is never printed in
 * clear. Applications can apply it to their own messages and logs.
 *
 * <p>What counts as an NHS number: ten ASCII digits whose last is the modulus 11 check digit of the other nine
 * (ten identical digits included), written either
 *
 * <ul>
 *   <li>together ({@code 9434765919}), as a run of exactly ten digits: a longer run of digits (a SNOMED CT code, a
 *       timestamp) is another number and stays as it is; or
 *   <li>in the display layout 3-3-4, the groups separated by one space (any Unicode space) or hyphen ({@code 943
 *       476 5919}, {@code 943-476-5919}); the first group must start a digit run and the last must end one.
 * </ul>
 *
 * Letters and other characters next to the digits do not protect them: {@code NHS9434765919} is masked. One in
 * eleven ten-digit numbers that are not NHS numbers passes the check and is masked as well; in a message, that is
 * the safe mistake.
 */
public final class PersonalData {

    private static final int LENGTH = NhsNumberRule.LENGTH;

    private PersonalData() {}

    /**
     * Masks every NHS number in a text (see the class comment for what counts as one).
     *
     * @param text the text, not null
     * @return the text with each NHS number replaced by its masked form, e.g. {@code *** *** 5919}; the same
     *     instance when it holds none; never null
     * @throws NullPointerException if text is null
     */
    public static String mask(String text) {
        // Most messages hold fewer than ten digits: this count, a loop the JIT keeps branch-free, settles them at
        // about half the cost of the scan below (measured: MaskingBenchmark, docs/PERFORMANCE.md).
        if (digits(text) < LENGTH) {
            return text;
        }
        int length = text.length();
        StringBuilder masked = null;
        int copied = 0;
        int i = 0;
        while (i < length) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            // i starts a run of digits: the character before it, if any, is not a digit.
            int runEnd = runEnd(text, i);
            int end = runEnd - i == LENGTH ? together(text, i) : runEnd - i == 3 ? grouped(text, i) : -1;
            if (end < 0) {
                i = runEnd;
                continue;
            }
            if (masked == null) {
                masked = new StringBuilder(length + 2);
            }
            masked.append(text, copied, i).append(NhsNumberRule.MASKED_PREFIX).append(text, end - 4, end);
            copied = end;
            i = end;
        }
        return masked == null ? text : masked.append(text, copied, length).toString();
    }

    /** The end of a run of exactly ten digits at start if it passes the check, or -1. */
    private static int together(String text, int start) {
        return NhsNumberRule.passesCheck(text.subSequence(start, start + LENGTH)) ? start + LENGTH : -1;
    }

    /** The end of a 3-3-4 number starting with the three-digit run at start if it passes the check, or -1. */
    private static int grouped(String text, int start) {
        int second = start + 4;
        int third = second + 4;
        int end = third + 4;
        if (end > text.length()
                || !isSeparator(text.charAt(start + 3))
                || !isSeparator(text.charAt(second + 3))
                || runEnd(text, second) != second + 3
                || runEnd(text, third) != end) {
            return -1;
        }
        String digits =
                text.substring(start, start + 3) + text.substring(second, second + 3) + text.substring(third, end);
        return NhsNumberRule.passesCheck(digits) ? end : -1;
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += isDigit(text.charAt(i)) ? 1 : 0;
        }
        return count;
    }

    private static int runEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The separators {@code NhsNumber.parse} accepts between digits: any Unicode space, or a hyphen. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
