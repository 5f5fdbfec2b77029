package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random input never makes {@code sp score} fail badly: only the exit codes 0, 1 and 2, never a stack trace or an
 * exception's name on stderr, and under a valid header exactly one result row per input row.
 */
class RandomInputPropertiesTest {

    private static final List<String> CELLS = List.of(
            "",
            " ",
            "1",
            "2",
            "3",
            "0",
            "4",
            "-1",
            "+2",
            " 3 ",
            "1.5",
            "x",
            "\"",
            "\"\"",
            "\"2\"",
            ",",
            "\n",
            "\r\n",
            "\r",
            "\uFEFF",
            "é",
            "9999999999",
            "\"a,\nb\"");

    @Property(tries = 200)
    void anyBytes_giveOnlyDocumentedExitCodes(@ForAll("anyContent") byte[] content) throws IOException {
        SpRunner.Result result = run(content);

        assertThat(result.exitCode()).isIn(ExitCode.OK, ExitCode.DATA_PROBLEMS, ExitCode.USAGE);
        assertThat(result.err())
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContain("Error");
        if (result.exitCode() == ExitCode.USAGE) {
            assertThat(result.err()).startsWith("sp: ");
        }
    }

    @Property(tries = 200)
    void anyRowsUnderAValidHeader_giveOneResultPerRow(@ForAll("rows") String rows) throws IOException {
        String content = TestFiles.UCLA3_HEADER + rows;

        SpRunner.Result result = run(content.getBytes(StandardCharsets.UTF_8));

        assertThat(result.exitCode()).isIn(ExitCode.OK, ExitCode.DATA_PROBLEMS);
        List<CsvRecord> in = records(content);
        List<CsvRecord> out = records(result.out());
        assertThat(out).hasSize(in.size());
        assertThat(out.get(0).getFields()).containsExactly("id", "total", "status", "message");
        for (int r = 1; r < out.size(); r++) {
            assertThat(out.get(r).getFieldCount()).isEqualTo(4);
            assertThat(out.get(r).getField(2)).isIn("scored", "incomplete", "invalid");
        }
        assertThat(result.exitCode() == ExitCode.DATA_PROBLEMS)
                .isEqualTo(out.stream().skip(1).anyMatch(r -> r.getField(2).equals("invalid")));
    }

    @Provide
    Arbitrary<byte[]> anyContent() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> text = Arbitraries.strings()
                .withChars("id,ucla3_123\"\n\r x.-\uFEFF")
                .ofMaxLength(300)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> headed = text.map(s -> concat(TestFiles.UCLA3_HEADER, s));
        return Arbitraries.oneOf(bytes, text, headed);
    }

    @Provide
    Arbitrary<String> rows() {
        Arbitrary<String> row =
                Arbitraries.of(CELLS).list().ofMinSize(1).ofMaxSize(6).map(cells -> String.join(",", cells));
        return row.list().ofMaxSize(12).map(list -> list.stream().collect(Collectors.joining("\n", "", "\n")));
    }

    private static byte[] concat(String header, byte[] rest) {
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    private static SpRunner.Result run(byte[] content) throws IOException {
        Path file = Files.createTempFile("sp-random", ".csv");
        try {
            Files.write(file, content);
            return SpRunner.run("score", "ucla3", file.toString(), "--quiet");
        } finally {
            Files.delete(file);
        }
    }

    /** The records as the command's reader sees them (blank lines skipped, ragged rows allowed). */
    static List<CsvRecord> records(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(text)) {
            return reader.stream().collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
