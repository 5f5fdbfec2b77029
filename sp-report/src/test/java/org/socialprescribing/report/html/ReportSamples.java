package org.socialprescribing.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.measures.star.StarDefinitions;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.report.Ledger;
import org.socialprescribing.report.LedgerSamples;
import org.socialprescribing.report.table.SumSuppression;

/** The sample pages the HTML tests look at: the ledger's worked example plus invented ONS4 and star readings. */
final class ReportSamples {

    static final String STAR_JSON = "{\"id\": \"demo_star\", \"version\": \"1\", \"title\": \"Demonstration star\","
            + " \"scaleMax\": 10, \"areas\": [{\"key\": \"area_a\", \"name\": \"Area A\"},"
            + " {\"key\": \"area_b\", \"name\": \"Area B\"}, {\"key\": \"area_c\", \"name\": \"Area C\"},"
            + " {\"key\": \"area_d\", \"name\": \"Area D\"}, {\"key\": \"area_e\", \"name\": \"Area E\"}],"
            + " \"stages\": [{\"code\": \"stage_1\", \"name\": \"Stage 1\", \"min\": 1, \"max\": 2},"
            + " {\"code\": \"stage_2\", \"name\": \"Stage 2\", \"min\": 3, \"max\": 4},"
            + " {\"code\": \"stage_3\", \"name\": \"Stage 3\", \"min\": 5, \"max\": 6},"
            + " {\"code\": \"stage_4\", \"name\": \"Stage 4\", \"min\": 7, \"max\": 8},"
            + " {\"code\": \"stage_5\", \"name\": \"Stage 5\", \"min\": 9, \"max\": 10}]}";

    private ReportSamples() {}

    static StarDefinition star() {
        return StarDefinitions.parse(STAR_JSON);
    }

    /** The worked-example cohort with ONS4 and star readings at baseline and review. */
    static List<SocialPrescribingEpisode> cohort() {
        Scorer ons4 = InstrumentRegistry.standard().scorer("ons4");
        List<SocialPrescribingEpisode> episodes = new ArrayList<>();
        int i = 0;
        for (SocialPrescribingEpisode e : LedgerSamples.cohort()) {
            i++;
            LocalDate day = LocalDate.of(2025, 1, 10);
            episodes.add(e.withOutcomeMeasurements(
                    ons4(ons4, day, Timepoint.BASELINE, 3 + i % 3, 4, 3 + i % 2, 7),
                    ons4(ons4, day.plusWeeks(12), Timepoint.REVIEW, 6 + i % 3, 7, 6, 4 - i % 2),
                    star(day, Timepoint.BASELINE, 2 + i % 3),
                    star(day.plusWeeks(12), Timepoint.REVIEW, 5 + i % 3)));
        }
        return episodes;
    }

    private static OutcomeMeasurement ons4(Scorer scorer, LocalDate day, Timepoint when, int... codes) {
        Answers answers = Answers.ofCodes("ons4", codes);
        return OutcomeMeasurement.builder()
                .instrumentId(scorer.instrument().id())
                .instrumentVersion(scorer.instrument().version())
                .timepoint(when)
                .date(day)
                .collector(Collector.LINK_WORKER)
                .putAllAnswers(answers.asMap())
                .score(scorer.score(answers))
                .build();
    }

    private static OutcomeMeasurement star(LocalDate day, Timepoint when, int base) {
        StarDefinition star = star();
        Map<String, String> values = new LinkedHashMap<>();
        for (int a = 0; a < star.areas().size(); a++) {
            values.put(star.areas().get(a).key(), Integer.toString(Math.min(10, base + a % 3)));
        }
        return OutcomeMeasurement.builder()
                .instrumentId(star.id())
                .instrumentVersion(star.version())
                .timepoint(when)
                .date(day)
                .collector(Collector.LINK_WORKER)
                .putAllAnswers(values)
                .build();
    }

    static Ledger ledger(List<SocialPrescribingEpisode> episodes) {
        return LedgerSamples.builder(episodes)
                .unitCost(new BigDecimal("10.00"))
                .build()
                .compute();
    }

    static HtmlReports.Settings settings(String title) {
        return new HtmlReports.Settings(title, SumSuppression.below(2), 2, "Counts of 1 are held back ([c]).");
    }

    /** File name to page. */
    static Map<String, String> pages() {
        List<SocialPrescribingEpisode> episodes = cohort();
        Ledger ledger = ledger(episodes);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("demand.html", HtmlReports.demand(ledger, settings("Demand")));
        pages.put(
                "outcomes.html",
                HtmlReports.outcomes(episodes, List.of(star()), Optional.of(ledger), settings("Outcomes")));
        return pages;
    }
}
