package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code sp score} streams: the real main class, in a JVM limited to a 64 MB heap, scores two million WEMWBS rows
 * piped to its stdin (about 70 MB of CSV, more than the heap) and writes one result per row. Holding the rows, or
 * one result object per row, would run out of memory long before the end.
 */
class ConstantMemoryTest {

    private static final int ROWS = 2_000_000;

    @Test
    void score_streamsTwoMillionRowsThroughA64MegabyteHeap() throws Exception {
        Process process = ForkedSp.start("64m", "score", "wemwbs", "-");
        Thread feeder = new Thread(() -> feed(process.getOutputStream()), "feeder");
        feeder.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errors = new Thread(() -> copy(process.getErrorStream(), err), "stderr");
        errors.start();
        long[] counts = countLines(process.getInputStream());

        boolean exited = process.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        feeder.join();
        errors.join();

        assertThat(exited).as("the forked sp finished").isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("wemwbs: 2000000 rows: 1950000 scored, 40000 incomplete, 10000 invalid\n");
        assertThat(counts[0]).as("lines: header plus one per row").isEqualTo(ROWS + 1);
        assertThat(counts[1]).as("invalid rows").isEqualTo(ROWS / 200);
        assertThat(process.exitValue()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    /** Writes the rows: every 50th misses an answer, every 200th has a 6 (out of range). */
    private static void feed(OutputStream stdin) {
        try (OutputStream out = new BufferedOutputStream(stdin, 1 << 16)) {
            StringBuilder header = new StringBuilder("id");
            for (int i = 1; i <= 14; i++) {
                header.append(",wemwbs_").append(i);
            }
            out.write(header.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
            for (int r = 0; r < ROWS; r++) {
                String third = r % 200 == 0 ? "6" : r % 50 == 1 ? "" : String.valueOf(1 + r % 5);
                String row = "person" + r + ",1,2," + third + ",4,5,1,2,3,4,5,1,2,3,4\n";
                out.write(row.getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts lines, and lines of invalid rows, without keeping the output. */
    private static long[] countLines(InputStream stdout) throws IOException {
        long lines = 0;
        long invalid = 0;
        byte[] pattern = ",invalid,".getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n = stdout.read(buffer); n >= 0; n = stdout.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    lines++;
                }
                matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    invalid++;
                    matched = 0;
                }
            }
        }
        return new long[] {lines, invalid};
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
