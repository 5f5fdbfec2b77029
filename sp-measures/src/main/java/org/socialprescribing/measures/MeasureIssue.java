package org.socialprescribing.measures;

import java.util.Locale;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;

/** The issue codes of sp-measures: one list, so codes stay unique and stable. */
public enum MeasureIssue implements IssueCode {
    /** An answer lies outside the item's response codes. */
    ANSWER_OUT_OF_RANGE("answer.out-of-range", Severity.ERROR),
    /** An answer is not a whole number. */
    ANSWER_NOT_INTEGER("answer.not-integer", Severity.ERROR),
    /** An answer names an item the instrument does not have. */
    ANSWER_UNKNOWN_ITEM("answer.unknown-item", Severity.ERROR),
    /** A required item has no answer, so no score can be computed (not an error: the result is incomplete). */
    ANSWER_MISSING("answer.missing", Severity.WARNING),
    /** A definition (instrument, local scale, Outcomes Star) breaks a structural rule. */
    DEFINITION_INVALID("definition.invalid", Severity.ERROR),
    /** A definition document cannot be read (malformed JSON, wrong types). */
    DEFINITION_UNREADABLE("definition.unreadable", Severity.FATAL),
    /** The instrument is known but the SDK does not score it (e.g. a record-only instrument). */
    INSTRUMENT_NOT_SCORABLE("instrument.not-scorable", Severity.ERROR);

    private final String code;
    private final Severity defaultSeverity;

    MeasureIssue(String code, Severity defaultSeverity) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public String toString() {
        return code.toLowerCase(Locale.ROOT);
    }
}
