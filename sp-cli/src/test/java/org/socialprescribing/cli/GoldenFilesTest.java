package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the real entry point on the golden files of every instrument and compares stdout byte for byte. Where each
 * expected value comes from is in {@code src/test/resources/golden/README.md}.
 */
class GoldenFilesTest {

    @ParameterizedTest(name = "sp score {0} {1}")
    @CsvSource({
        "ons4,    ons4.in.csv,                ons4.out.csv,                '9 rows: 5 scored, 2 incomplete, 2 invalid'",
        "wemwbs,  wemwbs.in.csv,              wemwbs.out.csv,              '8 rows: 4 scored, 1 incomplete, 3 invalid'",
        "swemwbs, swemwbs.in.csv,             swemwbs.out.csv,             '9 rows: 7 scored, 1 incomplete, 1 invalid'",
        "swemwbs, swemwbs-from-wemwbs.in.csv, swemwbs-from-wemwbs.out.csv, '6 rows: 4 scored, 1 incomplete, 1 invalid'",
        "ucla3,   ucla3.in.csv,               ucla3.out.csv,               '7 rows: 4 scored, 1 incomplete, 2 invalid'",
        "phq9,    phq9.in.csv,                phq9.out.csv,                '14 rows: 11 scored, 2 incomplete, 1 invalid'",
        "gad7,    gad7.in.csv,                gad7.out.csv,                '10 rows: 8 scored, 1 incomplete, 1 invalid'",
        "ons_loneliness, ons_loneliness.in.csv, ons_loneliness.out.csv,    '7 rows: 5 scored, 1 incomplete, 1 invalid'"
    })
    void score_matchesGoldenCsv(String instrument, String input, String expected, String summary) {
        SpRunner.Result result = SpRunner.run("score", instrument, Golden.file(input));

        assertThat(result.out()).isEqualTo(Golden.read(expected));
        assertThat(result.err()).isEqualTo(instrument + ": " + summary + "\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @ParameterizedTest(name = "sp score {0} --format json")
    @CsvSource({"phq9, phq9.in.csv, phq9.out.jsonl", "swemwbs, swemwbs.in.csv, swemwbs.out.jsonl"})
    void scoreJson_matchesGoldenJsonLines(String instrument, String input, String expected) {
        SpRunner.Result result = SpRunner.run("score", instrument, Golden.file(input), "--format", "json");

        assertThat(result.out()).isEqualTo(Golden.read(expected));
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void scoreStar_matchesGoldenCsv() {
        SpRunner.Result result = SpRunner.run(
                "score", "star", Golden.file("star.in.csv"), "--definition", Golden.file("demo-star.json"));

        assertThat(result.out()).isEqualTo(Golden.read("star.out.csv"));
        assertThat(result.err()).isEqualTo("demo_star: 6 rows: 3 scored, 1 incomplete, 2 invalid\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void changePhq9_withThresholdAndStrata_matchesGoldenRowsAndSummary(@TempDir Path dir) {
        Path summary = dir.resolve("summary.csv");

        SpRunner.Result result = SpRunner.run(
                "change",
                "phq9",
                Golden.file("change-phq9-baseline.csv"),
                Golden.file("change-phq9-followup.csv"),
                "--threshold",
                "phq9_lowe_2004",
                "--by",
                "imd_decile",
                "--summary",
                summary.toString());

        assertThat(result.out()).isEqualTo(Golden.read("change-phq9.out.csv"));
        assertThat(summary).usingCharset(StandardCharsets.UTF_8).hasContent(Golden.read("change-phq9.summary.csv"));
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err())
                .contains("people: 4 in both files, 1 without follow-up, 1 without baseline")
                .contains("threshold phq9_lowe_2004: 5 points on total, lower is better (Löwe et al. 2004")
                .contains("total all: n=4, mean change -2.75 (95% CI -9.03147 to 3.53147), t -1.393261, p 0.257826, "
                        + "d_z -0.696631, improved 2, unchanged 2, deteriorated 0");
    }

    @Test
    void changeOns4_withoutThreshold_comparesEachItemAndReportsInvalidBaseline(@TempDir Path dir) {
        Path summary = dir.resolve("summary.csv");

        SpRunner.Result result = SpRunner.run(
                "change",
                "ons4",
                Golden.file("change-ons4-baseline.csv"),
                Golden.file("change-ons4-followup.csv"),
                "--summary",
                summary.toString());

        assertThat(result.out()).isEqualTo(Golden.read("change-ons4.out.csv"));
        assertThat(summary).usingCharset(StandardCharsets.UTF_8).hasContent(Golden.read("change-ons4.summary.csv"));
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.err()).contains("no threshold: raw change and band transitions only");
    }
}
