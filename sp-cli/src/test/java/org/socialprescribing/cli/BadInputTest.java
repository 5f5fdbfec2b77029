package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what the contract asks for: each gives its documented exit code and one line on stderr, never a
 * stack trace (unless {@code --debug}).
 */
class BadInputTest {

    @TempDir
    Path dir;

    private SpRunner.Result score(String content) {
        return score(content.getBytes(StandardCharsets.UTF_8));
    }

    private SpRunner.Result score(byte[] content) {
        return SpRunner.run("score", "ucla3", TestFiles.write(dir, "in.csv", content));
    }

    private static void assertUsageError(SpRunner.Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: ").contains(message).doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void emptyFile_isAUsageError() {
        SpRunner.Result result = score("");

        assertUsageError(result, "in.csv: the input is empty; expected a header row");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void byteOrderMarkOnly_isAnEmptyInput() {
        assertUsageError(score(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "the input is empty");
    }

    @Test
    void wrongHeader_namesEveryMissingColumn() {
        SpRunner.Result result = score("name,answer1,answer2\nx,1,2\n");

        assertUsageError(result, "in.csv: missing columns id, ucla3_1..ucla3_3; expected id and ucla3_1..ucla3_3");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void missingItemColumn_isNamed() {
        assertUsageError(score("id,ucla3_1,ucla3_3\np1,1,1\n"), "in.csv: missing column ucla3_2; expected");
    }

    @Test
    void missingIdColumn_isNamed() {
        assertUsageError(score("ucla3_1,ucla3_2,ucla3_3\n1,1,1\n"), "in.csv: missing column id; expected");
    }

    @Test
    void repeatedItemColumn_isAUsageError() {
        assertUsageError(
                score("id,ucla3_1,ucla3_2,ucla3_3,ucla3_1\np1,1,1,1,2\n"),
                "column ucla3_1 appears more than once in the header");
    }

    @Test
    void binaryGarbage_isNotUtf8Text() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        assertUsageError(score(garbage), "in.csv: not UTF-8 text");
    }

    @Test
    void malformedUtf8AfterGoodRows_stopsWithAUsageError() {
        byte[] good = (TestFiles.UCLA3_HEADER + "p1,1,1,1\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 9];
        System.arraycopy(good, 0, bad, 0, good.length);
        System.arraycopy(new byte[] {'p', (byte) 0xC3, '(', ',', '1', ',', '1', ',', '1'}, 0, bad, good.length, 9);

        assertUsageError(score(bad), "not UTF-8 text (malformed bytes at or after line");
    }

    @Test
    void headerLineOfSeveralMegabytes_isAWrongHeader() {
        assertUsageError(score("h".repeat(3_000_000) + "\n1,2\n"), "missing columns id, ucla3_1..ucla3_3");
    }

    @Test
    void cellOfSeveralMegabytesBeyondTheLimit_isAUsageErrorNamingTheLine() {
        SpRunner.Result result = score(TestFiles.UCLA3_HEADER + "p1,1,1,1\np2," + "7".repeat(6_000_000) + ",1,1\n");

        assertUsageError(
                result, "in.csv: line 3: a cell is longer than 4194304 characters (limits maxStringLength and");
    }

    @Test
    void idOfSeveralMegabytes_isKeptVerbatim() {
        String id = "p".repeat(3_000_000);

        SpRunner.Result result = score(TestFiles.UCLA3_HEADER + id + ",1,2,3\n");

        assertThat(result.out()).isEqualTo("id,total,status,message\n" + id + ",6,scored,\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void dataLineOfSeveralMegabytesOfFields_isOneInvalidRow() {
        SpRunner.Result result = score(TestFiles.UCLA3_HEADER + "p1" + ",1".repeat(2_000_000) + "\np2,1,1,1\n");

        assertThat(result.out())
                .isEqualTo("id,total,status,message\n"
                        + "p1,,invalid,line 2 has 2000001 fields but the header has 4\n"
                        + "p2,3,scored,\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void unclosedQuote_swallowsTheRestIntoOneRaggedRow() {
        SpRunner.Result result = score(TestFiles.UCLA3_HEADER + "p1,1,1,1\np2,\"1,1,1\np3,1,1,1\n");

        assertThat(result.out())
                .isEqualTo(
                        "id,total,status,message\np1,3,scored,\np2,,invalid,line 3: a quote opened on line 3 is never"
                                + " closed; the line after it was read into one cell\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void missingFile_isAUsageError() {
        assertUsageError(SpRunner.run("score", "ucla3", dir.resolve("nope.csv").toString()), "nope.csv: no such file");
    }

    @Test
    void directory_isAUsageError() {
        assertUsageError(SpRunner.run("score", "ucla3", dir.toString()), "is a directory, not a CSV file");
    }

    @Test
    void debug_addsTheStackTrace() {
        SpRunner.Result result = SpRunner.run(
                "--debug", "score", "ucla3", dir.resolve("nope.csv").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: ").contains("\tat ");
    }

    @Test
    void unknownInstrument_listsTheKnownOnes() {
        assertUsageError(
                SpRunner.run("score", "kessler10", "-"),
                "unknown instrument 'kessler10'; known: ons4, wemwbs, swemwbs, ucla3, ons_loneliness, phq9, gad7, pam");
    }

    @Test
    void recordOnlyInstrument_saysWhyItIsNotScored() {
        assertUsageError(SpRunner.run("score", "pam", "-"), "pam: is not scored by the SDK");
    }

    @Test
    void missingInstrument_isAUsageError() {
        assertUsageError(SpRunner.run("score"), "missing INSTRUMENT");
    }

    @Test
    void star_withoutDefinition_isAUsageError() {
        SpRunner.Result result = SpRunner.run("score", "star", "x.csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: Missing required option: '--definition=STAR.json'");
    }

    @Test
    void star_invalidDefinition_namesTheFirstProblem() {
        String definition = TestFiles.write(
                dir,
                "star.json",
                "{\"id\":\"demo_star\",\"version\":\"1\",\"title\":\"t\",\"scaleMax\":7,"
                        + "\"areas\":[{\"key\":\"area_a\",\"name\":\"Area A\"}],\"stages\":[]}");

        assertUsageError(
                SpRunner.run("score", "star", "x.csv", "--definition", definition),
                "star.json: not a valid star definition: scaleMax: must be 5 or 10");
    }

    @Test
    void star_definitionNotJson_isAUsageError() {
        String definition = TestFiles.write(dir, "star.json", "not json");

        assertUsageError(
                SpRunner.run("score", "star", "x.csv", "--definition", definition),
                "star.json: not a valid star definition");
    }

    @Test
    void star_missingAreaColumn_isNamed() {
        String file = TestFiles.write(dir, "star.csv", "id,area_a,area_c\nr1,1,1\n");

        assertUsageError(
                SpRunner.run("score", "star", file, "--definition", Golden.file("demo-star.json")),
                "star.csv: missing column area_b; expected id and area_a, area_b, area_c");
    }
}
