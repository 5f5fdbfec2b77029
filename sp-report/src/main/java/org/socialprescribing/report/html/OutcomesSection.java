package org.socialprescribing.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.change.BandTransition;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.Cohorts;
import org.socialprescribing.measures.change.PersonChange;
import org.socialprescribing.measures.star.StarArea;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.Column.Kind;
import org.socialprescribing.report.table.ReportTable;

/**
 * The outcomes part of the cohort report. Each person's baseline is their earliest baseline measurement of an
 * instrument, and their latest reading the latest other measurement of it dated on or after the baseline; people
 * with both are "paired". Statistics come from sp-measures ({@link Cohorts}); counts go through the report's
 * suppression, and the statistics of a group smaller than the suppression's minimum are not shown.
 */
final class OutcomesSection {

    private static final String NOT_RECORDED = "not recorded";

    private final HtmlPage page;
    private final HtmlReports.Settings settings;
    private int nextChart;

    OutcomesSection(HtmlPage page, HtmlReports.Settings settings) {
        this.page = page;
        this.settings = settings;
    }

    /** One person's paired readings of one instrument. */
    record Paired(SocialPrescribingEpisode episode, OutcomeMeasurement baseline, OutcomeMeasurement latest) {}

    void write(List<SocialPrescribingEpisode> episodes, List<StarDefinition> stars) {
        Set<String> starIds = new LinkedHashSet<>();
        stars.forEach(s -> starIds.add(s.id().value()));
        Map<String, List<Paired>> byInstrument = new TreeMap<>();
        for (SocialPrescribingEpisode episode : episodes) {
            pairs(episode)
                    .forEach((instrument, pair) -> byInstrument
                            .computeIfAbsent(instrument, k -> new ArrayList<>())
                            .add(pair));
        }
        page.heading(2, "Outcomes by instrument");
        int instruments = 0;
        for (Map.Entry<String, List<Paired>> entry : byInstrument.entrySet()) {
            if (!starIds.contains(entry.getKey())) {
                instrument(entry.getKey(), entry.getValue());
                instruments++;
            }
        }
        if (instruments == 0) {
            page.paragraph("No instrument was measured at baseline and again later.");
        }
        for (StarDefinition star : stars) {
            stars(star, byInstrument.getOrDefault(star.id().value(), List.of()));
        }
    }

    /** Each instrument's earliest baseline and the latest later reading, when both exist. */
    static Map<String, Paired> pairs(SocialPrescribingEpisode episode) {
        Map<String, Paired> pairs = new LinkedHashMap<>();
        Map<String, List<OutcomeMeasurement>> byInstrument = new LinkedHashMap<>();
        episode.outcomeMeasurements()
                .forEach(m -> byInstrument
                        .computeIfAbsent(m.instrumentId().value(), k -> new ArrayList<>())
                        .add(m));
        byInstrument.forEach((instrument, measurements) -> {
            Optional<OutcomeMeasurement> baseline = measurements.stream()
                    .filter(m -> m.timepoint() == Timepoint.BASELINE)
                    .min(Comparator.comparing(OutcomeMeasurement::date));
            if (baseline.isEmpty()) {
                return;
            }
            OutcomeMeasurement latest = null;
            for (OutcomeMeasurement m : measurements) {
                if (m.timepoint() != Timepoint.BASELINE
                        && !m.date().isBefore(baseline.get().date())
                        && (latest == null || !m.date().isBefore(latest.date()))) {
                    latest = m;
                }
            }
            if (latest != null) {
                pairs.put(instrument, new Paired(episode, baseline.get(), latest));
            }
        });
        return pairs;
    }

    // ---------------------------------------------------------------- scored instruments

    private void instrument(String instrument, List<Paired> pairs) {
        page.heading(3, instrument.toUpperCase(Locale.ROOT));
        Map<String, List<PersonChange>> byComponent = new LinkedHashMap<>();
        Map<String, List<Paired>> whoByComponent = new LinkedHashMap<>();
        for (Paired pair : pairs) {
            if (pair.baseline().score().isEmpty() || pair.latest().score().isEmpty()) {
                continue;
            }
            for (ScoreComponent component : pair.baseline().score().get().components()) {
                try {
                    PersonChange change = threshold(instrument, component.name())
                            .map(t -> PersonChange.between(
                                    pair.baseline().score().get(),
                                    pair.latest().score().get(),
                                    t))
                            .orElseGet(() -> PersonChange.between(
                                    pair.baseline().score().get(),
                                    pair.latest().score().get(),
                                    component.name()));
                    byComponent
                            .computeIfAbsent(component.name(), k -> new ArrayList<>())
                            .add(change);
                    whoByComponent
                            .computeIfAbsent(component.name(), k -> new ArrayList<>())
                            .add(pair);
                } catch (SpException e) {
                    // the latest reading lacks this component (an incomplete ONS4, say): not paired for it
                }
            }
        }
        if (byComponent.isEmpty()) {
            page.paragraph("No scored pairs of readings.");
            return;
        }
        Map<String, double[]> means = new LinkedHashMap<>();
        ReportTable.Builder summary = ReportTable.builder(
                "summary-" + instrument,
                "Change from baseline to latest reading: " + instrument,
                List.of(
                        Column.of("component", "Score", Kind.KEY),
                        Column.of("n", "People paired", Kind.COUNT),
                        Column.of("baseline_mean", "Baseline mean", Kind.TEXT),
                        Column.of("latest_mean", "Latest mean", Kind.TEXT),
                        Column.of("mean_change", "Mean change", Kind.TEXT),
                        Column.of("ci", "95% confidence interval", Kind.TEXT),
                        Column.of("d_z", "Effect size d_z", Kind.TEXT),
                        Column.of("improved", "Improved / unchanged / deteriorated (threshold)", Kind.TEXT)));
        for (Map.Entry<String, List<PersonChange>> entry : byComponent.entrySet()) {
            CohortSummary s = Cohorts.summarise(entry.getValue());
            boolean shown = s.n() >= settings.minimum();
            summary.addRow(List.of(
                    Cell.text(entry.getKey()),
                    shown ? Cell.count(s.n()) : Cell.count(s.n()).suppressed(),
                    shown ? Cell.text(fmt(s.baselineMean())) : Cell.notAvailable(),
                    shown ? Cell.text(fmt(s.followUpMean())) : Cell.notAvailable(),
                    shown ? Cell.text(signed(s.meanChange())) : Cell.notAvailable(),
                    shown && s.meanChangeCi().isPresent()
                            ? Cell.text(signed(s.meanChangeCi().get().lower()) + " to "
                                    + signed(s.meanChangeCi().get().upper()))
                            : Cell.notAvailable(),
                    shown && s.effectSizeDz().isPresent()
                            ? Cell.text(fmt(s.effectSizeDz().getAsDouble()))
                            : Cell.notAvailable(),
                    shown && s.threshold().isPresent()
                            ? Cell.text(s.improved() + " / " + s.unchanged() + " / " + s.deteriorated() + " ("
                                    + s.threshold().get().source().citation() + ")")
                            : s.threshold().isPresent()
                                    ? Cell.text("").suppressed()
                                    : Cell.text("no published threshold")));
            if (shown && s.meanChangeCi().isPresent()) {
                ChangeCi ci =
                        new ChangeCi(s.meanChange(), s.meanChangeCi().get().upper() - s.meanChange());
                means.put(entry.getKey(), new double[] {ci.mean(), ci.halfWidth()});
            }
        }
        if (!means.isEmpty()) {
            page.figure(
                    Charts.svg(
                            Charts.meansWithIntervals(means, "mean change (latest minus baseline), 95% CI"),
                            chartId(),
                            instrument + ": mean change with 95% confidence interval",
                            "Horizontal bars: the mean change from baseline to the latest reading for each score of "
                                    + instrument + ", with error bars for the 95% confidence interval.",
                            720,
                            80 + 50 * means.size()),
                    instrument + ": mean change per score with its 95% confidence interval (t distribution).");
        }
        page.table(summary.build(), settings.suppressedMeans());
        for (Map.Entry<String, List<PersonChange>> entry : byComponent.entrySet()) {
            distribution(instrument, entry.getKey(), entry.getValue());
            equity(instrument, entry.getKey(), whoByComponent.get(entry.getKey()), entry.getValue());
        }
    }

    private record ChangeCi(double mean, double halfWidth) {}

    private static Optional<ChangeThreshold> threshold(String instrument, String component) {
        if (instrument.equals("swemwbs") && component.equals("metric")) {
            return Optional.of(ChangeThreshold.SWEMWBS_SHAH_2018_METRIC);
        }
        if (instrument.equals("phq9") && component.equals("total")) {
            return Optional.of(ChangeThreshold.PHQ9_LOWE_2004);
        }
        if (instrument.equals("gad7") && component.equals("total")) {
            return Optional.of(ChangeThreshold.GAD7_TOUSSAINT_2020);
        }
        return Optional.empty();
    }

    /** Scores before and after: by band when the score has bands, else in equal bins. */
    private void distribution(String instrument, String component, List<PersonChange> changes) {
        boolean banded = changes.stream()
                .allMatch(c -> c.baselineBand().isPresent() && c.followUpBand().isPresent());
        Map<String, long[]> counts = new LinkedHashMap<>();
        if (banded) {
            List<String> bands = new ArrayList<>();
            changes.forEach(c -> {
                if (!bands.contains(c.baselineBand().get())) {
                    bands.add(c.baselineBand().get());
                }
                if (!bands.contains(c.followUpBand().get())) {
                    bands.add(c.followUpBand().get());
                }
            });
            bands.forEach(b -> counts.put(b, new long[2]));
            changes.forEach(c -> {
                counts.get(c.baselineBand().get())[0]++;
                counts.get(c.followUpBand().get())[1]++;
            });
        } else {
            BigDecimal low = changes.stream()
                    .flatMap(c -> Stream.of(c.baseline(), c.followUp()))
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            BigDecimal high = changes.stream()
                    .flatMap(c -> Stream.of(c.baseline(), c.followUp()))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            BigDecimal width = binWidth(high.subtract(low));
            BigDecimal start = low.divide(width, 0, RoundingMode.FLOOR).multiply(width);
            Map<BigDecimal, long[]> bins = new TreeMap<>();
            for (BigDecimal from = start; from.compareTo(high) <= 0; from = from.add(width)) {
                bins.put(from, new long[2]);
            }
            for (PersonChange c : changes) {
                bins.get(bin(c.baseline(), start, width))[0]++;
                bins.get(bin(c.followUp(), start, width))[1]++;
            }
            bins.forEach((from, n) -> counts.put(
                    from.toPlainString() + " to under " + from.add(width).toPlainString(), n));
        }
        ReportTable.Builder table = ReportTable.builder(
                "distribution-" + instrument + "-" + component,
                instrument + " " + component + ": people by " + (banded ? "band" : "score range")
                        + " at baseline and at the latest reading",
                List.of(
                        Column.of(banded ? "band" : "range", banded ? "Band" : "Score range", Kind.KEY),
                        Column.of("baseline", "Baseline (people)", Kind.COUNT),
                        Column.of("latest", "Latest reading (people)", Kind.COUNT)));
        List<Integer> parts = new ArrayList<>();
        long[] total = new long[2];
        counts.forEach((label, n) -> {
            parts.add(table.addRow(List.of(Cell.text(label), Cell.count(n[0]), Cell.count(n[1]))));
            total[0] += n[0];
            total[1] += n[1];
        });
        int all = table.addRow(List.of(Cell.text("all"), Cell.count(total[0]), Cell.count(total[1])));
        table.addSum(all, parts);
        ReportTable shown = settings.suppression().apply(List.of(table.build())).get(0);
        Map<String, Map<String, Number>> series = new LinkedHashMap<>();
        series.put("Baseline", new LinkedHashMap<>());
        series.put("Latest reading", new LinkedHashMap<>());
        for (int r = 0; r < shown.rows().size() - 1; r++) {
            String label = shown.rows().get(r).get(0).shown();
            series.get("Baseline").put(label, HtmlReports.value(shown.cell(r, "baseline")));
            series.get("Latest reading").put(label, HtmlReports.value(shown.cell(r, "latest")));
        }
        page.heading(4, instrument + " " + component + ": before and after");
        page.figure(
                Charts.svg(
                        Charts.bars(series, "people"),
                        chartId(),
                        instrument + " " + component + ": distribution at baseline and latest reading",
                        "Grouped bars per " + (banded ? "band" : "score range")
                                + ": people at baseline (blue) and at their latest reading (orange)."
                                + " Held-back counts are left out.",
                        720,
                        340),
                instrument + " " + component + ": people per " + (banded ? "band" : "score range")
                        + ", baseline and latest reading.");
        page.table(shown, settings.suppressedMeans());
        if (banded) {
            transitions(instrument, component, changes);
        }
    }

    private static BigDecimal binWidth(BigDecimal range) {
        for (String w : new String[] {"1", "2", "5", "10", "20", "50"}) {
            BigDecimal width = new BigDecimal(w);
            if (range.divide(width, 0, RoundingMode.FLOOR).compareTo(BigDecimal.valueOf(8)) < 0) {
                return width;
            }
        }
        return new BigDecimal("100");
    }

    private static BigDecimal bin(BigDecimal value, BigDecimal start, BigDecimal width) {
        return value.subtract(start)
                .divide(width, 0, RoundingMode.FLOOR)
                .multiply(width)
                .add(start);
    }

    private void transitions(String instrument, String component, List<PersonChange> changes) {
        CohortSummary s = Cohorts.summarise(changes);
        ReportTable.Builder table = ReportTable.builder(
                "transitions-" + instrument + "-" + component,
                instrument + " " + component + ": band at baseline and at the latest reading",
                List.of(
                        Column.of("from", "Band at baseline", Kind.KEY),
                        Column.of("to", "Band at latest reading", Kind.KEY),
                        Column.of("people", "People", Kind.COUNT)));
        List<Integer> parts = new ArrayList<>();
        long total = 0;
        for (BandTransition t : s.bandTransitions()) {
            parts.add(table.addRow(List.of(Cell.text(t.from()), Cell.text(t.to()), Cell.count(t.count()))));
            total += t.count();
        }
        table.addSum(table.addRow(List.of(Cell.text("all"), Cell.text("all"), Cell.count(total))), parts);
        page.table(settings.suppression().apply(List.of(table.build())).get(0), settings.suppressedMeans());
    }

    /** Mean change by IMD quintile and ethnic group; groups smaller than the minimum show no statistics. */
    private void equity(String instrument, String component, List<Paired> who, List<PersonChange> changes) {
        ReportTable.Builder table = ReportTable.builder(
                "equity-" + instrument + "-" + component,
                instrument + " " + component + ": change by equity group",
                List.of(
                        Column.of("dimension", "Dimension", Kind.KEY),
                        Column.of("group", "Group", Kind.KEY),
                        Column.of("n", "People paired", Kind.COUNT),
                        Column.of("mean_change", "Mean change", Kind.TEXT),
                        Column.of("ci", "95% confidence interval", Kind.TEXT)));
        Map<String, double[]> imdMeans = new LinkedHashMap<>();
        for (String dimension : List.of("imd_quintile", "ethnic_group")) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < who.size(); i++) {
                indices.add(i);
            }
            Map<String, CohortSummary> groups = new TreeMap<>(Comparator.comparing((String g) -> g.equals(NOT_RECORDED))
                    .thenComparing(Comparator.naturalOrder()));
            groups.putAll(Cohorts.summariseBy(indices, changes::get, i -> group(dimension, who.get(i))));
            List<Integer> parts = new ArrayList<>();
            for (Map.Entry<String, CohortSummary> g : groups.entrySet()) {
                CohortSummary s = g.getValue();
                boolean shown = s.n() >= settings.minimum();
                parts.add(table.addRow(List.of(
                        Cell.text(dimension),
                        Cell.text(g.getKey()),
                        Cell.count(s.n()),
                        shown ? Cell.text(signed(s.meanChange())) : Cell.notAvailable(),
                        shown && s.meanChangeCi().isPresent()
                                ? Cell.text(signed(s.meanChangeCi().get().lower()) + " to "
                                        + signed(s.meanChangeCi().get().upper()))
                                : Cell.notAvailable())));
                if (dimension.equals("imd_quintile")
                        && shown
                        && s.meanChangeCi().isPresent()) {
                    imdMeans.put(
                            "IMD quintile " + g.getKey(),
                            new double[] {s.meanChange(), s.meanChangeCi().get().upper() - s.meanChange()});
                }
            }
            table.addSum(
                    table.addRow(List.of(
                            Cell.text(dimension),
                            Cell.text("all"),
                            Cell.count(changes.size()),
                            Cell.text(""),
                            Cell.text(""))),
                    parts);
        }
        ReportTable shown = settings.suppression().apply(List.of(table.build())).get(0);
        // Statistics of a group whose count is held back are held back with it.
        for (int r = 0; r < shown.rows().size(); r++) {
            if (shown.cell(r, "n").isSuppressed()) {
                shown = shown.withCell(r, 3, Cell.notAvailable()).withCell(r, 4, Cell.notAvailable());
                imdMeans.remove("IMD quintile " + shown.cell(r, "group").shown());
            }
        }
        if (!imdMeans.isEmpty()) {
            page.figure(
                    Charts.svg(
                            Charts.meansWithIntervals(imdMeans, "mean change, 95% CI"),
                            chartId(),
                            instrument + " " + component + ": mean change by IMD quintile",
                            "Horizontal bars per IMD quintile (1 the most deprived) with at least " + settings.minimum()
                                    + " people: mean change with 95% confidence interval.",
                            720,
                            80 + 50 * imdMeans.size()),
                    instrument + " " + component + ": mean change by IMD quintile of the person's area.");
        }
        page.table(shown, settings.suppressedMeans());
    }

    private static String group(String dimension, Paired pair) {
        var person = pair.episode().person();
        if (dimension.equals("imd_quintile")) {
            return person.imdDecile().map(d -> Integer.toString(d.quintile())).orElse(NOT_RECORDED);
        }
        return person.ethnicCategory()
                .map(c -> {
                    int dash = c.display().indexOf(" - ");
                    return dash < 0 ? c.display() : c.display().substring(0, dash);
                })
                .orElse(NOT_RECORDED);
    }

    // ---------------------------------------------------------------- Outcomes Star radars

    private void stars(StarDefinition star, List<Paired> pairs) {
        page.heading(2, star.title() + ": first and latest reading per person");
        page.note("One chart per person with a first and a later reading: the dashed blue line is the first"
                + " reading, the solid orange line the latest. People are named by episode id only. Area names come"
                + " from the licensee's star definition.");
        if (pairs.isEmpty()) {
            page.paragraph("No one has two readings of this star.");
            return;
        }
        for (Paired pair : pairs) {
            Map<String, Map<String, Number>> readings = new LinkedHashMap<>();
            Map<String, Number> first = new LinkedHashMap<>();
            Map<String, Number> latest = new LinkedHashMap<>();
            ReportTable.Builder table = ReportTable.builder(
                    "star",
                    star.title() + ", " + label(pair) + ": readings per area",
                    List.of(
                            Column.of("area", "Area", Kind.KEY),
                            Column.of("first", "First (" + pair.baseline().date() + ")", Kind.TEXT),
                            Column.of("latest", "Latest (" + pair.latest().date() + ")", Kind.TEXT)));
            for (StarArea area : star.areas()) {
                @Nullable Number a = reading(pair.baseline(), area.key());
                @Nullable Number b = reading(pair.latest(), area.key());
                first.put(area.name(), a);
                latest.put(area.name(), b);
                table.addRow(List.of(
                        Cell.text(area.name()),
                        a == null ? Cell.notAvailable() : Cell.text(a.toString()),
                        b == null ? Cell.notAvailable() : Cell.text(b.toString())));
            }
            readings.put("First reading", first);
            readings.put("Latest reading", latest);
            page.heading(3, label(pair));
            page.figure(
                    Charts.svg(
                            Charts.radar(readings, star.scaleMax()),
                            chartId(),
                            star.title() + ": " + label(pair) + ", first and latest reading",
                            "Radar chart with one spoke per area of the star, scale 1 to " + star.scaleMax()
                                    + ": first reading dashed blue, latest reading solid orange.",
                            520,
                            440),
                    star.title() + " for " + label(pair) + ": first reading against latest.");
            page.table(table.build(), settings.suppressedMeans());
        }
    }

    private static String label(Paired pair) {
        return "episode " + pair.episode().episodeId().orElse("(no id)");
    }

    private static @Nullable Number reading(OutcomeMeasurement m, String area) {
        String value = m.answers().get(area);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null; // not a reading on the scale: shown as not available
        }
    }

    // ---------------------------------------------------------------- formatting

    private String chartId() {
        return "chart-" + (++nextChart);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
