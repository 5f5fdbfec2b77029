package org.socialprescribing.model.id;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/** Input clean-up shared by the identifier parsers. Upper-casing is ASCII only, so no letter changes length. */
final class Text {

    private Text() {}

    /** Returns the text, or throws the documented exception (not an NPE) if it is null. */
    static String present(@Nullable String text, String field) {
        if (text == null) {
            throw new InvalidIdentifierException(ModelIssueCode.MISSING_VALUE, field, null, "is missing");
        }
        return text;
    }

    /** Removes every whitespace character (including no-break spaces) and upper-cases ASCII letters. */
    static String compactUpper(String text) {
        return upper(without(text, ""));
    }

    /** Trims whitespace at both ends and upper-cases ASCII letters. */
    static String trimUpper(String text) {
        return upper(text.strip());
    }

    /** Removes whitespace and the given separator characters. */
    static String without(String text, String separators) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c) && separators.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String upper(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
