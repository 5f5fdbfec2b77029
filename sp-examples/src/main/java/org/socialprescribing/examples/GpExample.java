package org.socialprescribing.examples;

import java.time.LocalDate;
import java.util.List;
import org.socialprescribing.gp.ExtractHeader;
import org.socialprescribing.gp.GpEpisode;
import org.socialprescribing.gp.GpExtractImport;
import org.socialprescribing.gp.GpImportListener;
import org.socialprescribing.gp.ImportSummary;
import org.socialprescribing.gp.ReportedRow;
import org.socialprescribing.model.measure.OutcomeMeasurement;

/** A GP coded-event extract, fed row by row, becomes episodes; what cannot be mapped is reported and counted. */
public final class GpExample {

    private GpExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // START SNIPPET: gp
        GpImportListener listener = new GpImportListener() {
            @Override
            public void episode(GpEpisode built) {
                OutcomeMeasurement score = built.episode().outcomeMeasurements().get(0);
                System.out.println(built.episode().status() + ", " + score.instrumentId() + " "
                        + score.score().orElseThrow().messages().get(0).code()); // SWEMWBS: raw or metric?
                System.out.println(built.completeness().issues().size() + " items the GP record cannot give");
            }

            @Override
            public void reported(ReportedRow row) {
                System.out.println(row); // row 3: gp.value.out-of-range: value: '71' is outside 14..70 ...
            }
        };
        GpExtractImport extract = GpExtractImport.builder() // the standard code table; add local codes with plus()
                .today(LocalDate.of(2026, 12, 7))
                .start(ExtractHeader.of(List.of("person_id", "date", "code", "code_system", "value")), listener);
        extract.row(1, List.of("P1", "2024-03-01", "871731000000106", "snomed", "")); // referral to social prescribing
        extract.row(2, List.of("P1", "2024-03-01", "718466001", "snomed", "21")); // SWEMWBS score
        extract.row(3, List.of("P1", "2024-06-01", "718426000", "snomed", "71")); // WEMWBS out of range
        ImportSummary summary = extract.finish();
        System.out.println(summary.rowsIn() + " rows = " + summary.rowsMapped() + " mapped + " + summary.rowsReported()
                + " reported");
        // END SNIPPET
    }
}
