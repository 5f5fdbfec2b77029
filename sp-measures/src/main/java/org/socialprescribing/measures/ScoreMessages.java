package org.socialprescribing.measures;

import org.socialprescribing.model.PersonalData;

/** The wording of answer problems, shared by the object and batch APIs so that both say exactly the same. */
final class ScoreMessages {

    private static final int MAX_SHOWN = 40;

    private ScoreMessages() {}

    static String outOfRange(String key, String value, int min, int max) {
        return key + ": " + shown(value) + " is outside " + min + ".." + max;
    }

    static String notInteger(String key, String value) {
        return key + ": " + shown(value) + " is not an integer";
    }

    static String notInteger(String key) {
        return key + ": not an integer";
    }

    static String unknownItem(String key, String instrument) {
        return shown(key) + ": not an item of " + instrument;
    }

    static String missing(String key) {
        return key + ": no answer";
    }

    /** A value as it may appear in a message or path: one line, NHS numbers masked (before the cut, so
     * that none is left half shown), at most 40 characters.
     */
    static String shown(String value) {
        String oneLine = PersonalData.mask(value).replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }
}
