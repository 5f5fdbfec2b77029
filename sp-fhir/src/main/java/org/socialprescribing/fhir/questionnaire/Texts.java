package org.socialprescribing.fhir.questionnaire;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.PersonalData;

/** Small text rules shared by the readers and writers of this package. */
final class Texts {

    private static final int MAX_SHOWN = 40;

    private Texts() {}

    /**
     * An answer code written the one way the SDK writes it: an optional minus sign and digits without leading zeros
     * ({@code 4}, {@code -1}, {@code 0}), so that it reads back as the same text.
     *
     * @param text the answer as given
     * @return the code, or null if the text is not written that way or does not fit an int
     */
    static @Nullable Integer parseCode(String text) {
        if (text.isEmpty() || text.length() > 11) {
            return null;
        }
        try {
            int code = Integer.parseInt(text);
            return Integer.toString(code).equals(text) ? code : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value as it may appear in a message: one line, NHS numbers masked (before the cut, so
     * that none is left half shown), at most 40 characters.
     */
    static String shown(String value) {
        String oneLine = PersonalData.mask(value).replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }

    /**
     * A value as it may appear in a message when it must be shown whole (the Questionnaire a response names): one
     * line, never shortened. The reader's input limits bound its length.
     */
    static String full(String value) {
        return value.replaceAll("\\p{Cntrl}", "?");
    }

    /** A FHIR code: no leading, trailing or repeated whitespace, and not empty. */
    static boolean isCode(String text) {
        return text.matches("[^\\s]+( [^\\s]+)*");
    }
}
