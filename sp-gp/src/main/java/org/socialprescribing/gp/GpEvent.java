package org.socialprescribing.gp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;

/**
 * One coded GP entry that passed the row checks: whose it is, when, what it means, and its value. The same for an
 * extract row and a GP Connect resource, so both go through the same episode rules.
 *
 * @param row the row number (or Bundle entry index) it came from
 * @param nhsNumber the person's NHS number, if the row identifies them by it
 * @param personId the person's pseudonymous id, if the row identifies them by it
 * @param date the date of the entry
 * @param mapping what the code means
 * @param value the numeric value of a score
 * @param practice the practice that recorded it
 * @param recordId the entry's id in the source system
 */
record GpEvent(
        long row,
        Optional<NhsNumber> nhsNumber,
        Optional<String> personId,
        LocalDate date,
        CodeMapping mapping,
        Optional<BigDecimal> value,
        Optional<OdsCode> practice,
        Optional<String> recordId) {

    /** @return where the entry sorts among the same day's entries: a referral first, a decline last */
    int sameDayOrder() {
        // No default: a new kind fails to compile until its place in the day is chosen.
        return switch (mapping.kind()) {
            case REFERRAL -> 0;
            case LINK_WORKER_CONTACT, REVIEW, SIGNPOSTING, SCORE -> 1;
            case DECLINED -> 2;
        };
    }
}
