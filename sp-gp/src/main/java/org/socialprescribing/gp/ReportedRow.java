package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import org.socialprescribing.model.PersonalData;

/**
 * A row (or GP Connect resource) that was not mapped, with why: counted in {@link ImportSummary#rowsReported()}, so
 * that rows in = rows mapped + rows reported. The message names the column and rule and quotes the value with NHS
 * numbers masked.
 *
 * @param row the row number, from 1 for the first data row (for GP Connect, the Bundle entry's index from 1)
 * @param code why, a stable code, not null
 * @param message what is wrong, masked, one line, not null
 */
public record ReportedRow(long row, GpIssueCode code, String message) {

    /** Masks the message and makes it one line. */
    public ReportedRow {
        requireNonNull(code, "code");
        message = PersonalData.mask(requireNonNull(message, "message")).replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return "row " + row + ": " + code.code() + ": " + message;
    }
}
