package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code sp score} contract on small hand-written files: reading, writing, options and exit codes. */
class ScoreCommandTest {

    @TempDir
    Path dir;

    private SpRunner.Result scoreUcla3(String content, String... options) {
        String file = TestFiles.write(dir, "in.csv", content);
        String[] args = new String[options.length + 3];
        args[0] = "score";
        args[1] = "ucla3";
        args[2] = file;
        System.arraycopy(options, 0, args, 3, options.length);
        return SpRunner.run(args);
    }

    @Test
    void score_readsByteOrderMarkAndCrlfLines() {
        SpRunner.Result result = scoreUcla3("\uFEFFid,ucla3_1,ucla3_2,ucla3_3\r\np1,1,2,3\r\np2,3,3,3\r\n");

        assertThat(result.out()).isEqualTo("id,total,status,message\np1,6,scored,\np2,9,scored,\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void score_readsQuotedFieldsWithCommasNewlinesAndQuotes() {
        SpRunner.Result result = scoreUcla3(
                "id,note,ucla3_1,ucla3_2,ucla3_3\n\"p,1\",\"a, b\nc \"\"d\"\"\",1,\"2\",3\n\"p\n2\",x,1,1,1\n");

        assertThat(result.out()).isEqualTo("id,total,status,message\n\"p,1\",6,scored,\n\"p\n2\",3,scored,\n");
    }

    @Test
    void score_ignoresBlankLines() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,1,1,1\n\n\np2,2,2,2\n");

        assertThat(result.out()).isEqualTo("id,total,status,message\np1,3,scored,\np2,6,scored,\n");
    }

    @Test
    void score_incompleteRowsAreNotDataProblems() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,1,1,\n");

        assertThat(result.out()).isEqualTo("id,total,status,message\np1,,incomplete,missing ucla3_3\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEqualTo("ucla3: 1 row: 0 scored, 1 incomplete, 0 invalid\n");
    }

    @Test
    void score_raggedRowsAreInvalidAndDoNotStopTheFile() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,1,1\np2,1,1,1,9\np3,2,2,2\n");

        assertThat(result.out())
                .isEqualTo("id,total,status,message\n"
                        + "p1,,invalid,line 2 has 3 fields but the header has 4\n"
                        + "p2,,invalid,line 3 has 5 fields but the header has 4\n"
                        + "p3,6,scored,\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e0", "one", "--1", "+", "0x1"})
    void score_nonIntegerAnswer_namesColumnAndValue(String answer) {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,1," + answer + ",1\n");

        assertThat(result.out()).contains("p1,,invalid,ucla3_2: " + answer + " is not an integer\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void score_hugeNumber_isQuotedAsWritten() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,99999999999999999999,1,1\n");

        assertThat(result.out()).contains("p1,,invalid,ucla3_1: 99999999999999999999 is outside 1..3\n");
    }

    @Test
    void score_longCellInMessage_isShortenedToOneLine() {
        String cell = "x".repeat(100);
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,\"" + cell + "\n\",1,1\n");

        assertThat(result.out()).contains("p1,,invalid,ucla3_1: " + "x".repeat(40) + "... is not an integer\n");
    }

    @Test
    void score_signsAndSpacesAroundIntegers_areAccepted() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1, +1 ,01,  \n");

        assertThat(result.out()).contains("p1,,incomplete,missing ucla3_3\n");
    }

    @Test
    void score_sameOutputWhateverTheChunkSize() {
        StringBuilder rows = new StringBuilder(TestFiles.UCLA3_HEADER);
        for (int i = 0; i < 50; i++) {
            rows.append('p').append(i).append(',').append(i % 4).append(",2,").append(i % 3 == 0 ? "" : "3");
            rows.append('\n');
        }
        String whole = scoreUcla3(rows.toString()).out();

        for (String chunk : new String[] {"1", "3", "7", "64"}) {
            assertThat(scoreUcla3(rows.toString(), "--chunk-size", chunk).out()).isEqualTo(whole);
        }
        assertThat(whole.lines()).hasSize(51);
    }

    @Test
    void score_headerOnly_writesTheHeaderAndExitsZero() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER);

        assertThat(result.out()).isEqualTo("id,total,status,message\n");
        assertThat(result.err()).isEqualTo("ucla3: 0 rows: 0 scored, 0 incomplete, 0 invalid\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void score_quiet_printsNoSummary() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,9,1,1\n", "--quiet");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void score_output_writesTheFileAndNothingToStdout() {
        Path output = dir.resolve("out.csv");

        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,1,1,1\n", "--output", output.toString(), "-q");

        assertThat(result.out()).isEmpty();
        assertThat(TestFiles.read(output)).isEqualTo("id,total,status,message\np1,3,scored,\n");
    }

    @Test
    void score_outputInMissingFolder_isAUsageError() {
        SpRunner.Result result = scoreUcla3(
                TestFiles.UCLA3_HEADER + "p1,1,1,1\n",
                "-o",
                dir.resolve("no/such/out.csv").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err())
                .startsWith("sp: ")
                .contains("cannot be written")
                .doesNotContain("\tat ");
    }

    @Test
    void score_formatIsCaseInsensitive() {
        SpRunner.Result result = scoreUcla3(TestFiles.UCLA3_HEADER + "p1,1,1,1\n", "--format", "JSON");

        assertThat(result.out()).isEqualTo("{\"id\":\"p1\",\"total\":3,\"status\":\"scored\",\"message\":null}\n");
    }

    @Test
    void scoreJson_escapesIdsAsJsonStrings() {
        SpRunner.Result result = scoreUcla3("id,ucla3_1,ucla3_2,ucla3_3\n\"a\"\"b\n\",1,1,1\n", "--format", "json");

        assertThat(result.out())
                .isEqualTo("{\"id\":\"a\\\"b\\n\",\"total\":3,\"status\":\"scored\",\"message\":null}\n");
    }

    @Test
    void score_readsStdinForDash() {
        InputStream stdin = System.in;
        try {
            System.setIn(
                    new ByteArrayInputStream((TestFiles.UCLA3_HEADER + "p1,3,2,1\n").getBytes(StandardCharsets.UTF_8)));

            SpRunner.Result result = SpRunner.run("score", "ucla3", "-");

            assertThat(result.out()).isEqualTo("id,total,status,message\np1,6,scored,\n");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void score_phq9RiskFlagShownOnIncompleteRowWhenItem9Answered() {
        String file = TestFiles.write(
                dir, "phq9.csv", "id,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\np1,,,,,,,,,2\n");

        SpRunner.Result result = SpRunner.run("score", "phq9", file);

        assertThat(result.out()).endsWith("p1,,,true,incomplete,missing phq9_1..phq9_8\n");
    }

    @Test
    void score_swemwbsPrefersSwemwbsColumnsWhenBothSetsArePresent() {
        String header = "id,wemwbs_1,wemwbs_2,wemwbs_3,wemwbs_4,wemwbs_5,wemwbs_6,wemwbs_7,wemwbs_8,wemwbs_9,"
                + "wemwbs_10,wemwbs_11,wemwbs_12,wemwbs_13,wemwbs_14,"
                + "swemwbs_1,swemwbs_2,swemwbs_3,swemwbs_4,swemwbs_5,swemwbs_6,swemwbs_7\n";
        String file = TestFiles.write(dir, "both.csv", header + "p1,9,9,9,9,9,9,9,9,9,9,9,9,9,9,1,1,1,1,1,1,1\n");

        SpRunner.Result result = SpRunner.run("score", "swemwbs", file);

        assertThat(result.out()).endsWith("p1,7,7.00,scored,\n");
    }

    @Test
    void topLevelHelp_listsTheCommands() {
        SpRunner.Result result = SpRunner.run("--help");

        assertThat(result.out()).contains("  score ", "  instruments ", "  change ");
    }

    @Test
    void help_describesTheContract() {
        SpRunner.Result result = SpRunner.run("score", "--help");

        assertThat(result.out())
                .contains("INSTRUMENT", "--format", "--output", "--quiet", "star", "Exit codes:")
                .doesNotContain("--chunk-size");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }
}
