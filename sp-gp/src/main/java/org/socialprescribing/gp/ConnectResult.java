package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.socialprescribing.model.ValidationIssue;

/**
 * What reading a GP Connect structured record gave: the import's figures (its ReferralRequests and Observations are
 * the rows) and notes about the record as a whole: a Patient whose NHS number is not valid, content of the Patient
 * or practice that the SDK's model has no home for.
 *
 * @param summary the figures, never null
 * @param notes notes about the record, never null
 */
public record ConnectResult(ImportSummary summary, List<ValidationIssue> notes) {

    /** Copies the notes. */
    public ConnectResult {
        requireNonNull(summary, "summary");
        notes = List.copyOf(notes);
    }
}
