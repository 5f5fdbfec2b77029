package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code sp gp import} in bounded memory: the real main class, in a JVM limited to a 64 MB heap, imports a
 * 500,000-row extract piped to its stdin (100,000 persons, about 30 MB of CSV) and writes one episode line per person,
 * whether the rows come in random person order (the default path: an external sort in temporary files) or grouped by
 * person ({@code --grouped}: streamed). Holding the rows or the episodes would run out of memory. The 10-million-row
 * run under 256 MB is {@code sp-bench/gp}.
 */
class GpImportMemoryTest {

    private static final int ROWS = 500_000;

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @Test
    void import_sortsHalfAMillionRowsInRandomOrderThroughA64MegabyteHeap() throws Exception {
        run(true, "gp", "import", "-", "--today", "2026-12-07", "--temp-dir", temp.toString());
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("no temporary file is left").isEmpty();
        }
    }

    @Test
    void import_streamsHalfAMillionGroupedRowsThroughA64MegabyteHeap() throws Exception {
        run(false, "gp", "import", "-", "--today", "2026-12-07", "--grouped");
    }

    private static void run(boolean scattered, String... args) throws Exception {
        Process process = ForkedSp.start("64m", args);
        Thread feeder = new Thread(() -> feed(process.getOutputStream(), scattered), "feeder");
        feeder.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errors = new Thread(
                () -> {
                    try {
                        process.getErrorStream().transferTo(err);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "stderr");
        errors.start();
        long lines = countLines(process.getInputStream());
        boolean exited = process.waitFor(10, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        feeder.join();
        errors.join();

        assertThat(exited).as("the forked sp finished").isTrue();
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr)
                .contains("stdin: 500000 rows: 499500 mapped, 500 reported (gp.code.unknown 500);"
                        + " 100000 persons, 100000 episodes");
        assertThat(lines).as("one episode line per person").isEqualTo(ROWS / 5);
        assertThat(process.exitValue()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    /**
     * Five rows a person: a referral and four scores; every 1,000th row has a code no table maps. Scattered, row r
     * holds row (r * 7919 + 13) mod ROWS of the grouped order (7919 is prime and divides no power of ten: a
     * permutation), so each person's rows lie far apart.
     */
    private static void feed(OutputStream stdin, boolean scattered) {
        String[] codes = {"871731000000106", "718466001", "718426000", "718426000", "720433000"};
        String[] values = {"", "21", "44", "52", "9"};
        String[] days = {"2024-03-01", "2024-03-01", "2024-03-15", "2024-09-15", "2024-09-15"};
        try (OutputStream out = new BufferedOutputStream(stdin, 1 << 16)) {
            out.write("person_id,date,code,code_system,value,practice_ods\n".getBytes(StandardCharsets.US_ASCII));
            for (int r = 0; r < ROWS; r++) {
                int i = scattered ? (int) ((r * 7919L + 13) % ROWS) : r;
                int k = i % 5;
                String code = i % 1000 == 999 ? "99999" : codes[k];
                String row = "P" + i / 5 + "," + days[k] + "," + code + ",snomed," + values[k] + ",A12345\n";
                out.write(row.getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countLines(InputStream stdout) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n = stdout.read(buffer); n >= 0; n = stdout.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }
}
