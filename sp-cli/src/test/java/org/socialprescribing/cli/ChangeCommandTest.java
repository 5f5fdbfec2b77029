package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void swemwbsShah_judgesTheMetricScore() {
        // Raw 21 = 19.25 -> raw 25 = 22.35: +3.10 >= 2.87 (improved); raw 21 -> raw 22 = 19.98: +0.73 (unchanged);
        // raw 26 = 23.21 -> raw 21 = 19.25: -3.96 (deteriorated). Table: sp-measures Swemwbs.CONVERSION [S].
        String baseline = file("b.csv", SWEMWBS_HEADER + "a,1,3,3,3,3,3,3,3\nb,1,3,3,3,3,3,3,3\nc,2,4,4,3,4,3,4,4\n");
        String followUp = file("f.csv", SWEMWBS_HEADER + "a,,4,4,4,4,3,3,3\nb,,4,3,3,3,3,3,3\nc,,3,3,3,3,3,3,3\n");

        SpRunner.Result result =
                SpRunner.run("change", "swemwbs", baseline, followUp, "--threshold", "swemwbs_shah_2018");

        assertThat(result.out())
                .isEqualTo(
                        "id,component,baseline,baseline_band,follow_up,follow_up_band,change,category,status,message\n"
                                + "a,metric,19.25,,22.35,,3.10,improved,compared,\n"
                                + "b,metric,19.25,,19.98,,0.73,unchanged,compared,\n"
                                + "c,metric,23.21,,19.25,,-3.96,deteriorated,compared,\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
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
                .startsWith("{\"group\":\"all\",\"component\":\"metric\",\"n\":1,\"baseline_mean\":19.25,"
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
                "change", "swemwbs", "b.csv", "f.csv", "--threshold", "swemwbs_shah_2018", "--component", "raw");

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
