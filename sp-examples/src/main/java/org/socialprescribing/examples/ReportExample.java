package org.socialprescribing.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.report.DemandLedger;
import org.socialprescribing.report.Ledger;
import org.socialprescribing.report.table.ReportTable;
import org.socialprescribing.report.table.SumSuppression;

/** The demand ledger of an episode with two onward referrals, with small numbers held back before publication. */
public final class ReportExample {

    private ReportExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SocialPrescribingEpisode episode = readEpisode();
        // START SNIPPET: report
        Ledger ledger = DemandLedger.builder()
                .addEpisodes(List.of(episode))
                .unitCost(new BigDecimal("12.00")) // used only where a service declares no cost, and marked so
                .build()
                .compute();

        ReportTable demand = ledger.table("demand");
        int all = demand.find(Map.of("level", "all")).orElseThrow();
        System.out.println(demand.cell(all, "referred").shown()); // 2

        // Before publishing: counts from 1 to 9, and every figure that would give one away, are held back.
        ReportTable published = ledger.tables(SumSuppression.below(10)).get(0);
        System.out.println(published.cell(all, "referred").shown()); // [c]
        // END SNIPPET
    }

    private static SocialPrescribingEpisode readEpisode() {
        try (InputStream in = ReportExample.class.getResourceAsStream("referred-episode.json")) {
            return SpJson.parseEpisode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
