package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.cli.LoopbackFeed.Answer;

/**
 * {@code sp directory import} streams a directory: the real main class, in a JVM limited to a 128 MB heap, imports
 * a loopback API of 200,000 services in 2,000 pages (generated as they are asked for) and writes every one of
 * them. Holding the directory, or one SDK service per record, would need several times that heap. The JVM's GC
 * log gives the peak heap, which the test prints for {@code docs/PERFORMANCE.md}.
 */
class DirectoryImportMemoryTest {

    private static final int PAGES = 2_000;
    private static final int PER_PAGE = 100;
    private static final int SERVICES = PAGES * PER_PAGE;

    /** {@code Pause Young (Allocation Failure) 34M->3M(123M)}: the heap before and after a pause. */
    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    @TempDir
    Path folder;

    @Test
    void import_streamsTwoHundredThousandServicesThroughA128MegabyteHeap() throws Exception {
        try (LoopbackFeed feed = LoopbackFeed.start(DirectoryImportMemoryTest::page)) {
            Path gcLog = folder.resolve("gc.log");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(
                            java.toString(),
                            "-Xmx128m",
                            // The collector the JVM picks itself on a small machine, and no C2 compiler: they
                            // cost the least CPU on a busy one, and the heap needed is the same.
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-Xlog:gc:file=" + gcLog,
                            "-cp",
                            System.getProperty("java.class.path"),
                            Sp.class.getName(),
                            "directory",
                            "import",
                            feed.base())
                    .start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> copy(process.getErrorStream(), err), "stderr");
            errors.start();
            long written = count(process.getInputStream(), "\"name\" : \"Service ");

            boolean exited = process.waitFor(5, TimeUnit.MINUTES);
            if (!exited) {
                process.destroyForcibly();
            }
            errors.join();

            assertThat(exited).as("the forked sp finished").isTrue();
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .isEqualTo(SERVICES + " service(s) imported, 0 record(s) not mapped, 0 warning(s)\n");
            assertThat(process.exitValue()).isEqualTo(ExitCode.OK);
            assertThat(written).as("services written").isEqualTo(SERVICES);
            assertThat(feed.requests()).isEqualTo(PAGES);
            long[] peak = peakHeapMegabytes(Files.readAllLines(gcLog));
            System.out.println("sp directory import, " + SERVICES + " services in " + PAGES + " pages, -Xmx128m: heap"
                    + " at most " + peak[0] + " MB before a GC, at most " + peak[1] + " MB live after one");
            assertThat(peak[0]).isLessThanOrEqualTo(128);
        }
    }

    /** Page {@code n} of the directory, made when it is asked for; small services, each with its organisation. */
    private static Answer page(int n) {
        StringBuilder page = new StringBuilder(PER_PAGE * 160)
                .append("{\"total_items\":")
                .append(SERVICES)
                .append(",\"total_pages\":")
                .append(PAGES)
                .append(",\"page_number\":")
                .append(n)
                .append(",\"size\":")
                .append(PER_PAGE)
                .append(",\"contents\":[");
        for (int i = (n - 1) * PER_PAGE; i < n * PER_PAGE && n >= 1 && n <= PAGES; i++) {
            if (i > (n - 1) * PER_PAGE) {
                page.append(',');
            }
            page.append(DirectoryFeedCommandTest.service(i));
        }
        return Answer.json(page.append("]}").toString());
    }

    /** The largest heap occupancy a GC found before it collected, and the largest it left, in MB. */
    private static long[] peakHeapMegabytes(List<String> gcLog) {
        long before = 0;
        long after = 0;
        for (String line : gcLog) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                before = Math.max(before, megabytes(Long.parseLong(pause.group(1)), pause.group(2)));
                after = Math.max(after, megabytes(Long.parseLong(pause.group(3)), pause.group(4)));
            }
        }
        return new long[] {before, after};
    }

    private static long megabytes(long amount, String unit) {
        switch (unit) {
            case "K":
                return (amount + 1023) / 1024;
            case "G":
                return amount * 1024;
            default:
                return amount;
        }
    }

    /** Counts a pattern's occurrences in a stream, without keeping the stream. */
    private static long count(InputStream in, String text) throws IOException {
        byte[] pattern = text.getBytes(StandardCharsets.UTF_8);
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
