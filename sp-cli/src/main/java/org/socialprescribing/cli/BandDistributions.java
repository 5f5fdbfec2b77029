package org.socialprescribing.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.ScoringRule;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.stats.Estimate;
import org.socialprescribing.measures.stats.Proportions;

/**
 * The ONS-style band distributions of {@code sp change --distributions FILE}: for each group and banded component,
 * the share of the compared people in each band at baseline and at follow-up, with 95% Wilson intervals. Bands are
 * listed in the instrument's order, empty bands included.
 */
final class BandDistributions {

    private BandDistributions() {}

    /** @return the columns */
    static List<RowWriter.Column> columns() {
        return List.of(
                RowWriter.Column.text("group"),
                RowWriter.Column.text("component"),
                RowWriter.Column.text("timepoint"),
                RowWriter.Column.text("band"),
                RowWriter.Column.number("n"),
                RowWriter.Column.number("count"),
                RowWriter.Column.number("share"),
                RowWriter.Column.number("share_ci95_lower"),
                RowWriter.Column.number("share_ci95_upper"));
    }

    /**
     * Writes the distributions.
     *
     * @param instrument the instrument
     * @param summaries the groups' summaries, labelled
     * @param writer where the rows go
     */
    static void write(Instrument instrument, List<Map.Entry<String, CohortSummary>> summaries, RowWriter writer) {
        for (Map.Entry<String, CohortSummary> group : summaries) {
            CohortSummary s = group.getValue();
            Optional<BandTable> table = bandsOf(instrument, s.component());
            if (table.isEmpty()) {
                continue;
            }
            write(writer, group.getKey(), s.component(), "baseline", table.get(), s.baselineBandCounts());
            write(writer, group.getKey(), s.component(), "follow_up", table.get(), s.followUpBandCounts());
        }
    }

    private static void write(
            RowWriter writer,
            String group,
            String component,
            String timepoint,
            BandTable table,
            Map<String, Integer> counts) {
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (n == 0) {
            return;
        }
        for (Band band : table.bands()) {
            int count = counts.getOrDefault(band.code(), 0);
            Estimate share = Proportions.wilson(count, n);
            writer.write(new String[] {
                group,
                component,
                timepoint,
                band.code(),
                String.valueOf(n),
                String.valueOf(count),
                CohortReport.decimal(share.value()),
                CohortReport.decimal(share.lower()),
                CohortReport.decimal(share.upper())
            });
        }
    }

    /**
     * The band table of a component: a summed scale's bands belong to its total, a separately scored item's to it.
     *
     * @param instrument the instrument
     * @param component the component name
     * @return the table, or empty when the component is unbanded
     */
    static Optional<BandTable> bandsOf(Instrument instrument, String component) {
        ScoringRule rule = instrument.scoringRule();
        if (rule instanceof SummedScale summed) {
            return summed.totalName().equals(component) ? summed.bands() : Optional.empty();
        }
        if (rule instanceof SeparateItems separate) {
            return instrument.items().stream()
                    .filter(item -> item.name().equals(component))
                    .map(Item::key)
                    .flatMap(key -> Optional.ofNullable(separate.bands().get(key)).stream())
                    .findFirst();
        }
        return Optional.empty();
    }
}
