package org.socialprescribing.measures;

import org.socialprescribing.model.SpException;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * The SDK does not compute scores for this instrument (a record-only measure such as PAM, whose algorithm is not
 * published). The message gives the reason; a score supplied by the owner can still be recorded.
 */
public class NotScorableException extends SpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param instrument the instrument, not null
     * @param reason why the SDK does not score it, not null
     */
    public NotScorableException(InstrumentId instrument, String reason) {
        super(
                MeasureIssue.INSTRUMENT_NOT_SCORABLE,
                instrument.value(),
                null,
                "is not scored by the SDK: " + reason,
                null);
    }
}
