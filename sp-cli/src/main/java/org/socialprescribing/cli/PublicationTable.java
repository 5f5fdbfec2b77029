package org.socialprescribing.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.disclosure.SuppressedTable;
import org.socialprescribing.measures.disclosure.Suppression;
import org.socialprescribing.measures.disclosure.SuppressionPolicy;

/**
 * The publication table of {@code sp change --publication FILE --min-count K}, in long format ({@code component,
 * stratum, category, count}): per component, the counts of compared people in each {@code --by} stratum (or {@code
 * all} without one) and category (improved / unchanged / deteriorated under a threshold, else the follow-up band,
 * else {@code compared}), with {@code total} rows for the strata's and categories' totals. Protected by sp-measures'
 * {@link Suppression}: counts under K and the cells that would give them away are written {@value
 * SuppressedTable#MARK}.
 */
final class PublicationTable {

    private PublicationTable() {}

    /** @return the columns, long format: component, stratum, category, count */
    static List<RowWriter.Column> columns() {
        return List.of(
                RowWriter.Column.text("component"),
                RowWriter.Column.text("stratum"),
                RowWriter.Column.text("category"),
                RowWriter.Column.text("count"));
    }

    /**
     * Writes the protected table of one component.
     *
     * @param writer where the rows go
     * @param instrument the instrument
     * @param groups the per-stratum summaries of the component (only {@code all} when there are no strata)
     * @param judged true with a threshold
     * @param policy the suppression policy
     */
    static void write(
            RowWriter writer,
            Instrument instrument,
            List<Map.Entry<String, CohortSummary>> groups,
            boolean judged,
            SuppressionPolicy policy) {
        if (groups.isEmpty()) {
            return;
        }
        String component = groups.get(0).getValue().component();
        Optional<BandTable> bands = BandDistributions.bandsOf(instrument, component);
        List<String> categories = judged
                ? List.of("improved", "unchanged", "deteriorated")
                : bands.map(t -> t.bands().stream()
                                .map(b -> "follow_up_" + b.code())
                                .toList())
                        .orElse(List.of("compared"));
        long[][] counts = new long[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            CohortSummary s = groups.get(g).getValue();
            if (judged) {
                counts[g] = new long[] {s.improved(), s.unchanged(), s.deteriorated()};
            } else if (bands.isPresent()) {
                List<Band> list = bands.get().bands();
                counts[g] = new long[list.size()];
                for (int b = 0; b < list.size(); b++) {
                    counts[g][b] =
                            s.followUpBandCounts().getOrDefault(list.get(b).code(), 0);
                }
            } else {
                counts[g] = new long[] {s.n()};
            }
        }
        SuppressedTable table = Suppression.apply(counts, policy);
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                writer.write(new String[] {
                    component,
                    r < table.rows() ? groups.get(r).getKey() : "total",
                    c < table.columns() ? categories.get(c) : "total",
                    table.cell(r, c)
                });
            }
        }
    }
}
