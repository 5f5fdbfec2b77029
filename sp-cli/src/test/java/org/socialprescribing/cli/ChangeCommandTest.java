package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sp change}: thresholds, components, strata, formats and the usage errors of a join. */
class ChangeCommandTest {

    private static final String SWEMWBS_HEADER =
            "id,imd_decile,swemwbs_1,swemwbs_2,swemwbs_3,swemwbs_4,swemwbs_5,swemwbs_6,swemwbs_7\n";

    @TempDir
    Path dir;

    private String file(String name, String content) {
        return TestFiles.write(dir, name, content);
    }

    @Test
    void swemwbsShahMetric_judgesTheMetricScore() {
        // Raw 21 = 19.25 -> raw 25 = 22.35: +3.10 >= 2.87 (improved); raw 21 -> raw 22 = 19.98: +0.73 (unchanged);
        // raw 26 = 23.21 -> raw 21 = 19.25: -3.96 (deteriorated). Table: sp-measures Swemwbs.CONVERSION [S].
        String baseline = file("b.csv", SWEMWBS_HEADER + "a,1,3,3,3,3,3,3,3\nb,1,3,3,3,3,3,3,3\nc,2,4,4,3,4,3,4,4\n");
        String followUp = file("f.csv", SWEMWBS_HEADER + "a,,4,4,4,4,3,3,3\nb,,4,3,3,3,3,3,3\nc,,3,3,3,3,3,3,3\n");

        SpRunner.Result result =
                SpRunner.run("change", "swemwbs", baseline, followUp, "--threshold", "swemwbs_shah_2018_metric");

        assertThat(result.out())
                .isEqualTo(
                        "id,component,baseline,baseline_band,follow_up,follow_up_band,change,category,status,message\n"
                                + "a,metric,19.25,,22.35,,3.10,improved,compared,\n"
                                + "b,metric,19.25,,19.98,,0.73,unchanged,compared,\n"
                                + "c,metric,23.21,,19.25,,-3.96,deteriorated,compared,\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void swemwbsShahRaw_judgesTheRawScoreAndTheOldNameIsRefused() {
        // Raw 21 -> 25: +4 >= 2.87 (improved); 21 -> 22: +1 (unchanged); 26 -> 21: -5 (deteriorated).
        String baseline = file("b.csv", SWEMWBS_HEADER + "a,1,3,3,3,3,3,3,3\nb,1,3,3,3,3,3,3,3\nc,2,4,4,3,4,3,4,4\n");
        String followUp = file("f.csv", SWEMWBS_HEADER + "a,,4,4,4,4,3,3,3\nb,,4,3,3,3,3,3,3\nc,,3,3,3,3,3,3,3\n");

        SpRunner.Result raw =
                SpRunner.run("change", "swemwbs", baseline, followUp, "--threshold", "swemwbs_shah_2018_raw", "-q");
        SpRunner.Result old = SpRunner.run("change", "swemwbs", baseline, followUp, "--threshold", "swemwbs_shah_2018");

        assertThat(raw.out())
                .contains(
                        "a,raw,21,,25,,4,improved,compared,",
                        "b,raw,21,,22,,1,unchanged,compared,",
                        "c,raw,26,,21,,-5,deteriorated,compared,");
        assertThat(old.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(old.err()).contains("swemwbs_shah_2018_metric", "swemwbs_shah_2018_raw");
    }

    @Test
    void summary_namesEachStatisticAndCountsReliableChangeAndAttrition() {
        String baseline = file(
                "b.csv",
                SWEMWBS_HEADER + "a,1,3,3,3,3,3,3,3\nb,1,3,3,3,3,3,3,3\nc,2,4,4,3,4,3,4,4\n" + "d,2,1,1,1,1,1,1,1\n");
        String followUp = file(
                "f.csv",
                SWEMWBS_HEADER + "a,,4,4,4,4,3,3,3\nb,,4,3,3,3,3,3,3\nc,,3,3,3,3,3,3,3\n" + "e,,3,3,3,3,3,3,3\n");
        String summary = dir.resolve("summary.csv").toString();

        SpRunner.Result result = SpRunner.run(
                "change", "swemwbs", baseline, followUp, "--component", "metric", "--summary", summary, "-q");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = TestFiles.lines(summary);
        assertThat(lines.get(0))
                .contains(
                        "group,component,n,n_baseline_only,n_follow_up_only,n_not_compared,",
                        ",t,df,p_value,",
                        ",wilcoxon_v,wilcoxon_n,wilcoxon_zeros,wilcoxon_z,wilcoxon_p_value,wilcoxon_method,",
                        ",hedges_g_av,hedges_g_av_ci95_lower,hedges_g_av_ci95_upper,",
                        ",rci_sem,rci_critical_change,rci_reliably_improved,rci_reliably_deteriorated,");
        // Changes +3.10, +0.73, -3.96 on metric; SEM 1.03 gives a critical change of 2.855: one reliably improved,
        // one reliably deteriorated. d has no follow-up, e no baseline.
        assertThat(lines.get(1)).startsWith("all,metric,3,1,1,0,").contains(",1.03,2.855014,1,1,");
    }

    @Test
    void onsLoneliness_isReportedAsCategoriesNotMeans() {
        String header = "id,ons_loneliness_1\n";
        String baseline = file("b.csv", header + "a,1\nb,2\nc,5\n");
        String followUp = file("f.csv", header + "a,3\nb,2\nc,4\n");
        String summary = dir.resolve("summary.csv").toString();
        String distributions = dir.resolve("distributions.csv").toString();

        SpRunner.Result result = SpRunner.run(
                "change", "ons_loneliness", baseline, followUp, "--summary", summary, "--distributions", distributions);

        assertThat(result.out()).contains("a,loneliness,1,often_always,3,occasionally,,,compared,");
        List<String> row = List.of(TestFiles.lines(summary).get(1).split(",", -1));
        assertThat(row.subList(0, 6)).containsExactly("all", "loneliness", "3", "0", "0", "0");
        assertThat(row.subList(6, row.size() - 1)).allMatch(String::isEmpty);
        assertThat(row.get(row.size() - 1))
                .isEqualTo("never->hardly_ever:1;often_always->occasionally:1;some_of_the_time->some_of_the_time:1");
        assertThat(TestFiles.lines(distributions))
                .contains(
                        "all,loneliness,baseline,often_always,3,1,0.333333,0.061492,0.79234",
                        "all,loneliness,follow_up,hardly_ever,3,1,0.333333,0.061492,0.79234");
        assertThat(result.err()).contains("categorical");
    }

    @Test
    void publication_suppressesSmallCountsAndWhatWouldGiveThemAway() {
        String publication = dir.resolve("publication.csv").toString();

        SpRunner.Result result = SpRunner.run(
                "change",
                "phq9",
                Golden.file("change-phq9-baseline.csv"),
                Golden.file("change-phq9-followup.csv"),
                "--threshold",
                "phq9_lowe_2004",
                "--by",
                "imd_decile",
                "--publication",
                publication,
                "--min-count",
                "3",
                "-q");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = TestFiles.lines(publication);
        assertThat(lines.get(0)).isEqualTo("component,stratum,category,count");
        // Deciles 1 and 2 each have 1 improved, 1 unchanged: every 1 and 2 is hidden; zeros and the total 4 are not.
        assertThat(lines)
                .contains(
                        "total,imd_decile=1,improved,[c]", "total,imd_decile=1,deteriorated,0", "total,total,total,4");
        assertThat(lines.stream().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)))
                .allMatch(count -> count.equals("[c]") || count.equals("0") || count.equals("4"));
        assertThat(SpRunner.run("change", "phq9", "b.csv", "f.csv", "--publication", publication)
                        .err())
                .contains("--min-count");
    }

    @Test
    void withoutThreshold_comparesEveryComponentWithoutCategory() {
        String baseline = file("b.csv", SWEMWBS_HEADER + "a,1,3,3,3,3,3,3,3\n");
        String followUp = file("f.csv", SWEMWBS_HEADER + "a,1,4,4,4,4,3,3,3\n");

        SpRunner.Result result = SpRunner.run("change", "swemwbs", baseline, followUp, "-q");

        assertThat(result.out()).endsWith("a,raw,21,,25,,4,,compared,\na,metric,19.25,,22.35,,3.10,,compared,\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void component_limitsTheComparison() {
        String baseline = file("b.csv", SWEMWBS_HEADER + "a,1,3,3,3,3,3,3,3\n");
        String followUp = file("f.csv", SWEMWBS_HEADER + "a,1,4,4,4,4,3,3,3\n");

        SpRunner.Result result = SpRunner.run("change", "swemwbs", baseline, followUp, "--component", "raw");

        assertThat(result.out().lines()).hasSize(2).last().isEqualTo("a,raw,21,,25,,4,,compared,");
    }

    @Test
    void jsonFormat_writesPersonRowsAndSummaryAsJsonLines() {
        String baseline = file("b.csv", SWEMWBS_HEADER + "a,1,3,3,3,3,3,3,3\n");
        String followUp = file("f.csv", SWEMWBS_HEADER + "a,1,4,4,4,4,3,3,3\n");
        Path summary = dir.resolve("summary.jsonl");

        SpRunner.Result result = SpRunner.run(
                "change",
                "swemwbs",
                baseline,
                followUp,
                "--component",
                "metric",
                "--format",
                "json",
                "--summary",
                summary.toString());

        assertThat(result.out())
                .isEqualTo("{\"id\":\"a\",\"component\":\"metric\",\"baseline\":19.25,\"baseline_band\":null,"
                        + "\"follow_up\":22.35,\"follow_up_band\":null,\"change\":3.10,\"category\":null,"
                        + "\"status\":\"compared\",\"message\":null}\n");
        assertThat(TestFiles.read(summary))
                .startsWith("{\"group\":\"all\",\"component\":\"metric\",\"n\":1,\"n_baseline_only\":0,"
                        + "\"n_follow_up_only\":0,\"n_not_compared\":0,\"baseline_mean\":19.25,"
                        + "\"baseline_sd\":null,");
    }

    @Test
    void thresholdOfAnotherInstrument_isAUsageError() {
        SpRunner.Result result = SpRunner.run("change", "gad7", "b.csv", "f.csv", "--threshold", "phq9_lowe_2004");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err())
                .startsWith("sp: --threshold phq9_lowe_2004 is not a threshold for gad7 "
                        + "(thresholds for gad7: gad7_toussaint_2020)");
    }

    @Test
    void thresholdForInstrumentWithoutOne_saysThereIsNone() {
        SpRunner.Result result = SpRunner.run("change", "ons4", "b.csv", "f.csv", "--threshold", "any");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("ons4 has no sourced meaningful-change threshold");
    }

    @Test
    void componentOtherThanTheThresholds_isAUsageError() {
        SpRunner.Result result = SpRunner.run(
                "change", "swemwbs", "b.csv", "f.csv", "--threshold", "swemwbs_shah_2018_metric", "--component", "raw");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("applies to component metric, not raw");
    }

    @Test
    void unknownComponent_listsTheComponents() {
        SpRunner.Result result = SpRunner.run("change", "ons4", "b.csv", "f.csv", "--component", "total");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err())
                .contains("--component total is not a score of ons4; its components: life_satisfaction, worthwhile, "
                        + "happiness, anxiety");
    }

    @Test
    void byColumnMissingFromBaseline_isNamed() {
        String baseline = file("b.csv", "id,ucla3_1,ucla3_2,ucla3_3\na,1,1,1\n");

        SpRunner.Result result = SpRunner.run("change", "ucla3", baseline, baseline, "--by", "imd_decile");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: ").contains("b.csv: missing column imd_decile");
    }

    @Test
    void repeatedId_isAUsageErrorThatDoesNotShowTheId() {
        String baseline = file("b.csv", "id,ucla3_1,ucla3_2,ucla3_3\n9434765919,1,1,1\nx,1,1,1\n9434765919,2,2,2\n");

        SpRunner.Result result = SpRunner.run("change", "ucla3", baseline, baseline);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err())
                .startsWith("sp: ")
                .contains("b.csv: lines 2 and 4 have the same id")
                .doesNotContain("9434765919");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void blankId_isAUsageError() {
        String baseline = file("b.csv", "id,ucla3_1,ucla3_2,ucla3_3\na,1,1,1\n ,1,1,1\n");

        SpRunner.Result result = SpRunner.run("change", "ucla3", baseline, baseline);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("b.csv: line 3 has no id");
    }

    @Test
    void byClashingWithAResultColumn_isAUsageError() {
        SpRunner.Result result = SpRunner.run("change", "ucla3", "b.csv", "f.csv", "--by", "component");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--by component would clash with a result column");
    }

    @Test
    void nobodyCompared_saysSoInTheSummary() {
        String baseline = file("b.csv", "id,ucla3_1,ucla3_2,ucla3_3\na,1,1,1\n");
        String followUp = file("f.csv", "id,ucla3_1,ucla3_2,ucla3_3\nb,1,1,1\n");

        SpRunner.Result result = SpRunner.run("change", "ucla3", baseline, followUp);

        assertThat(result.out()).endsWith("a,total,3,,,,,,no_follow_up,\nb,total,,,3,,,,no_baseline,\n");
        assertThat(result.err()).contains("total: nobody has both a baseline and a follow-up score");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }
}
