package org.socialprescribing.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the statistics with values recorded from an independent implementation (SciPy 1.17.1, NumPy 2.4.6 on
 * Python 3.11.7: {@code crosscheck/crosscheck.py}, outputs in {@code crosscheck/expected.csv}, see the README there).
 * Node or Python is not needed to run this test.
 */
class StatisticsCrossCheckTest {

    private static final String DIR = "/org/socialprescribing/measures/stats/crosscheck/";
    private static final double TOLERANCE = 1e-9;

    private record Pair(BigDecimal baseline, BigDecimal followUp) {}

    private static Map<String, List<Pair>> fixtures() throws IOException {
        Map<String, List<Pair>> fixtures = new LinkedHashMap<>();
        for (String[] row : rows("fixtures.csv")) {
            fixtures.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new Pair(new BigDecimal(row[1]), new BigDecimal(row[2])));
        }
        return fixtures;
    }

    private static Map<String, Map<String, Double>> expected() throws IOException {
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        for (String[] row : rows("expected.csv")) {
            if (!row[0].startsWith("#")) {
                expected.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(row[1], Double.parseDouble(row[2]));
            }
        }
        return expected;
    }

    private static List<String[]> rows(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StatisticsCrossCheckTest.class.getResourceAsStream(DIR + name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }

    static Stream<String> fixtureNames() throws IOException {
        return fixtures().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtureNames")
    void statisticsMatchScipy(String fixture) throws IOException {
        List<Pair> pairs = fixtures().get(fixture);
        Map<String, Double> want = expected().get(fixture);
        double[] x = pairs.stream().mapToDouble(p -> p.baseline().doubleValue()).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p.followUp().doubleValue()).toArray();
        PairedMoments m = PairedMoments.of(x, y);
        ChangeHistogram h = ChangeHistogram.ofDecimals(
                pairs.stream().map(p -> p.followUp().subtract(p.baseline())).toList());

        Map<String, Double> got = new LinkedHashMap<>();
        got.put("n", (double) m.n());
        got.put("baseline_mean", m.baselineMean());
        got.put("baseline_sd", Math.sqrt(m.baselineVariance()));
        got.put("follow_up_mean", m.followUpMean());
        got.put("follow_up_sd", Math.sqrt(m.followUpVariance()));
        got.put("mean_change", m.changeMean());
        got.put("change_sd", Math.sqrt(m.changeVariance()));
        PairedTTest.Result t = PairedTTest.test(m).orElseThrow();
        got.put("t", t.t());
        got.put("df", (double) t.df());
        got.put("p_value", t.pValue());
        got.put("ci95_lower", t.meanChange().lower());
        got.put("ci95_upper", t.meanChange().upper());
        SignedRankTest.Result w = SignedRankTest.test(h).orElseThrow();
        got.put("wilcoxon_n", (double) w.n());
        got.put("wilcoxon_zeros", (double) w.zeros());
        got.put("wilcoxon_v", w.v());
        got.put("wilcoxon_p_value", w.pValue());
        got.put("wilcoxon_exact", w.method() == SignedRankTest.Method.EXACT ? 1.0 : 0.0);
        if (w.method() == SignedRankTest.Method.NORMAL_APPROXIMATION) {
            got.put("wilcoxon_abs_z", Math.abs(w.z()));
        }
        put(got, "effect_size_dz", EffectSizes.dz(m));
        put(got, "effect_size_baseline_sd", EffectSizes.baselineSd(m));
        put(got, "effect_size_dav", EffectSizes.dav(m));
        put(got, "hedges_g_av", EffectSizes.hedgesGav(m));

        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(want.keySet());
        want.forEach((name, value) -> assertThat(got.get(name))
                .as(fixture + " " + name)
                .isCloseTo(value, within(TOLERANCE * Math.max(1, Math.abs(value)))));
    }

    @Test
    void wilsonIntervalsMatchScipy() throws IOException {
        Map<String, Map<String, Double>> want = expected();
        for (int[] kn : new int[][] {{0, 10}, {3, 10}, {10, 10}, {2, 4}, {523, 1000}, {1, 1}}) {
            Map<String, Double> interval = want.get("wilson_" + kn[0] + "_" + kn[1]);
            Estimate got = Proportions.wilson(kn[0], kn[1]);
            assertThat(got.lower()).as("lower " + kn[0] + "/" + kn[1]).isCloseTo(interval.get("lower"), within(1e-9));
            assertThat(got.upper()).as("upper " + kn[0] + "/" + kn[1]).isCloseTo(interval.get("upper"), within(1e-9));
        }
    }

    /** Bonett's own published examples (statpsych, {@code ci.stdmean1} and {@code ci.stdmean.ps} help pages). */
    @Test
    void effectSizeIntervalsMatchStatpsychExamples() {
        // ci.stdmean1(.05, 24.5, 3.65, 40, 20): SE 0.2124335, LL 0.8165146, UL 1.649239. As a paired change:
        // mean change 4.5 with SD 3.65 over 40 people.
        PairedMoments oneSample = PairedMoments.ofParts(40, 20, 24.5, 4.5, 0, 0, 3.65 * 3.65 * 39, 0);
        Estimate dz = EffectSizes.dz(oneSample).orElseThrow();
        assertThat(dz.lower()).isCloseTo(0.8165146, within(5e-8));
        assertThat(dz.upper()).isCloseTo(1.649239, within(5e-7));
        // ci.stdmean.ps(.05, 110.4, 102.1, 15.3, 14.6, .75, 25): unweighted standardiser LL 0.2394905, UL 0.8705732;
        // measurement 2 standardiser (here the baseline) LL 0.2366800, UL 0.9003063. Follow-up = measurement 1.
        double v1 = 14.6 * 14.6;
        double v2 = 15.3 * 15.3;
        double c = 0.75 * 15.3 * 14.6;
        PairedMoments paired =
                PairedMoments.ofParts(25, 102.1, 110.4, 8.3, v1 * 24, v2 * 24, (v1 + v2 - 2 * c) * 24, c * 24);
        Estimate dav = EffectSizes.dav(paired).orElseThrow();
        assertThat(dav.lower()).isCloseTo(0.2394905, within(5e-8));
        assertThat(dav.upper()).isCloseTo(0.8705732, within(5e-8));
        Estimate baseline = EffectSizes.baselineSd(paired).orElseThrow();
        assertThat(baseline.lower()).isCloseTo(0.2366800, within(5e-8));
        assertThat(baseline.upper()).isCloseTo(0.9003063, within(5e-8));
    }

    private static void put(Map<String, Double> got, String name, Optional<Estimate> estimate) {
        Function<Estimate, Double> value = Estimate::value;
        estimate.ifPresent(e -> {
            got.put(name, value.apply(e));
            got.put(name + "_ci95_lower", e.lower());
            got.put(name + "_ci95_upper", e.upper());
        });
    }
}
