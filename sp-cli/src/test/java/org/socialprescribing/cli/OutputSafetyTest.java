package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.ReportTable;

/**
 * Output is written safely: never over an input, never left partial looking complete, every failure one line naming
 * the file; CSV text cells are guarded against spreadsheet formulas unless exact output is asked for.
 */
class OutputSafetyTest {

    private static final String ROWS = TestFiles.UCLA3_HEADER + "P1,1,2,3\nP2,3,3,3\n";

    @TempDir
    Path dir;

    @Test
    void anOutputThatIsTheInput_isRefusedBeforeAnythingIsRead() throws IOException {
        String input = TestFiles.write(dir, "same.csv", ROWS);
        Path hardLink = Files.createLink(dir.resolve("hard.csv"), Path.of(input));
        Path symLink = Files.createSymbolicLink(dir.resolve("sym.csv"), Path.of(input));

        for (String output : new String[] {input, hardLink.toString(), symLink.toString()}) {
            SpRunner.Result result = SpRunner.run("score", "ucla3", input, "-o", output);

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err())
                    .isEqualTo("sp: " + output + ": is also an input (" + input
                            + "); writing it would destroy the input, so write the results to another file\n");
        }
        assertThat(Files.readString(Path.of(input))).isEqualTo(ROWS);
    }

    @Test
    void changeRefusesASummaryThatIsTheOutputOrAnInput() {
        String baseline = TestFiles.write(dir, "baseline.csv", ROWS);
        String followUp = TestFiles.write(dir, "followup.csv", ROWS);
        String out = dir.resolve("out.csv").toString();

        assertThat(SpRunner.run("change", "ucla3", baseline, followUp, "-o", out, "--summary", out)
                        .err())
                .contains("is also the --output file");
        SpRunner.Result onInput = SpRunner.run("change", "ucla3", baseline, followUp, "--summary", followUp);
        assertThat(onInput.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(onInput.err()).contains(followUp + ": is also an input");
        assertThat(TestFiles.read(Path.of(followUp))).isEqualTo(ROWS);
    }

    @Test
    void aFailureHalfWay_leavesThePreviousOutputAndNoTemporaryFile() throws IOException {
        StringBuilder csv = new StringBuilder(TestFiles.UCLA3_HEADER);
        for (int i = 0; i < 20_000; i++) {
            csv.append("P").append(i).append(",1,2,3\n");
        }
        csv.append("P,1,2,\"").append("x".repeat(40_000)).append('\n');
        String input = TestFiles.write(dir, "answers.csv", csv.toString());
        Path out = Files.writeString(dir.resolve("out.csv"), "previous results\n");

        SpRunner.Result result = SpRunner.run(
                "score", "ucla3", input, "-o", out.toString(), "--quiet", "--limit", "maxStringLength=10000");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: " + input + ": line 20002: a cell is longer than");
        assertThat(Files.readString(out)).isEqualTo("previous results\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("answers.csv", "out.csv");
        }
    }

    @Test
    void aReplacedOutput_keepsItsPermissions() throws IOException {
        String input = TestFiles.write(dir, "answers.csv", ROWS);
        Path out = Files.writeString(dir.resolve("out.csv"), "old\n");
        assumeTrue(Files.getFileStore(out).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));

        assertThat(SpRunner.run("score", "ucla3", input, "-o", out.toString()).exitCode())
                .isEqualTo(ExitCode.OK);

        assertThat(Files.readString(out)).startsWith("id,total,status,message\nP1,6,scored,");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-------");
    }

    @Test
    void aDeviceThatCannotBeWritten_isAOneLineErrorNamingIt() {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        String input = TestFiles.write(dir, "answers.csv", ROWS);

        SpRunner.Result result = SpRunner.run("score", "ucla3", input, "-o", "/dev/full");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("sp: /dev/full: cannot be written (No space left on device)\n");
    }

    @Test
    void formulaCells_areNeutralisedInTextColumnsOnly_unlessExactOutputIsAsked() {
        String baseline = TestFiles.write(dir, "baseline.csv", TestFiles.UCLA3_HEADER + "=1+1,3,3,3\n@me,3,3,3\n");
        String followUp = TestFiles.write(dir, "followup.csv", TestFiles.UCLA3_HEADER + "=1+1,1,1,1\n@me,3,3,2\n");

        SpRunner.Result guarded = SpRunner.run("change", "ucla3", baseline, followUp, "--quiet");
        assertThat(guarded.out())
                .contains("'=1+1,total,9,,3,,-6,,compared,")
                .contains("'@me,total,9,,8,,-1,,compared,")
                .doesNotContain("'-6")
                .doesNotContain("\n=1+1");

        SpRunner.Result exact = SpRunner.run("change", "ucla3", baseline, followUp, "--quiet", "--exact-csv");
        assertThat(exact.out()).contains("\n=1+1,total,9,,3,,-6,,compared,").contains("\n@me,total,");

        SpRunner.Result json = SpRunner.run("change", "ucla3", baseline, followUp, "--quiet", "--format", "json");
        assertThat(json.out()).contains("{\"id\":\"=1+1\",").contains("\"change\":-6");
    }

    @Test
    void reportTables_neutraliseKeysAndTexts_butNeverAmounts() {
        ReportTable.Builder table = ReportTable.builder(
                "demand",
                "Demand",
                List.of(
                        Column.of("provider", "Provider", Column.Kind.KEY),
                        Column.of("note", "Note", Column.Kind.TEXT),
                        Column.of("gap", "Gap", Column.Kind.PUBLIC_MONEY)));
        table.addRow(List.of(Cell.text("=HYPERLINK(1)"), Cell.text("@note"), Cell.number(new BigDecimal("-120.50"))));
        ReportTable built = table.build();

        assertThat(TableCsv.write(built, false)).isEqualTo("provider,note,gap\n'=HYPERLINK(1),'@note,-120.50\n");
        assertThat(TableCsv.write(built, true)).isEqualTo("provider,note,gap\n=HYPERLINK(1),@note,-120.50\n");
    }

    @Test
    void everyFormulaCharacterOfTheOwaspList_isNeutralised() {
        for (String cell : new String[] {"=x", "+x", "-x", "@x", "\tx", "\rx"}) {
            assertThat(CsvRowWriter.neutralised(cell)).isEqualTo("'" + cell);
        }
        for (String cell : new String[] {"", "x", "'=x", " =x", "1", "P-1"}) {
            assertThat(CsvRowWriter.neutralised(cell)).isEqualTo(cell);
        }
    }
}
