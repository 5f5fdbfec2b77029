package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The figures of an import: every row is counted once, as mapped or reported, so {@code rowsIn == rowsMapped +
 * rowsReported}; the reported rows by code; the episodes built and the items the GP record could not give them.
 *
 * @param rowsIn the data rows (or GP Connect resources read as events) seen
 * @param rowsMapped the rows mapped into an episode
 * @param rowsReported the rows reported
 * @param persons the persons with at least one row that passed the row checks
 * @param episodes the episodes built
 * @param reportedByCode how many rows were reported for each reason, never null
 * @param missingItems how many episodes lack each {@code CompleteForNationalDataset} item, by issue code, never null
 * @param unmappedColumns the extract's columns outside the contract, never null
 */
public record ImportSummary(
        long rowsIn,
        long rowsMapped,
        long rowsReported,
        long persons,
        long episodes,
        Map<GpIssueCode, Long> reportedByCode,
        Map<String, Long> missingItems,
        List<String> unmappedColumns) {

    /**
     * Checks that every row is counted.
     *
     * @throws IllegalStateException if rows in differ from rows mapped plus rows reported (a bug, never input)
     */
    public ImportSummary {
        reportedByCode = Map.copyOf(requireNonNull(reportedByCode, "reportedByCode"));
        missingItems = Map.copyOf(requireNonNull(missingItems, "missingItems"));
        unmappedColumns = List.copyOf(requireNonNull(unmappedColumns, "unmappedColumns"));
        if (rowsIn != rowsMapped + rowsReported) {
            throw new IllegalStateException("rows in (" + rowsIn + ") != rows mapped (" + rowsMapped
                    + ") + rows reported (" + rowsReported + ")");
        }
    }
}
