package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus: one case per class of fault the SDK was attacked with (issue 11 and the classes the other
 * tests cover), each run as the real command line in a forked JVM with a 256 MB heap, as a user would run it. Every
 * case asserts its documented exit code and message, and every case asserts what no run may do: print a stack trace
 * or a Java class name, or print a valid NHS number on stdout or stderr.
 *
 * <p>Cases are data, in {@code hostile/cases.json} beside this class: a name, the fault it stands for, the files it
 * needs (literal text, or generated at test time so that large inputs are never committed; see {@link
 * HostileInputs}), the arguments, and what must happen. To add a case, add an entry there.
 */
class HostileCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;
    private static final int KEPT = 1 << 20;
    private static final Pattern STACK_TRACE =
            Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception|Caused by|\\b(java|javax|jdk|sun)\\.[a-z]+\\.|Error:");
    private static final Pattern MESSAGE_LINE =
            Pattern.compile("^\\S[^\\n]*: [^\\n]*$|^$|^Try 'sp[a-z -]*--help' for more information\\.$");

    @TempDir
    Path root;

    @TestFactory
    Stream<DynamicTest> everyCase_givesOnlyItsDocumentedOutcome() throws IOException {
        JsonNode cases;
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("hostile/cases.json")) {
            cases = JSON.readTree(in);
        }
        // Two cases at a time (CI has two cores): each is a JVM of its own, mostly starting up.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode each : cases) {
            Future<Outcome> outcome = pool.submit(() -> run(each));
            tests.add(DynamicTest.dynamicTest(each.get("name").asText(), () -> check(each, outcome.get())));
        }
        pool.shutdown();
        return tests.stream();
    }

    /** What one case did, or why it did not run here (a device this system lacks). */
    private record Outcome(
            @Nullable String skipped,
            boolean ended,
            int exit,
            String stdout,
            String stderr,
            Path dir,
            Map<String, String> paths,
            Map<String, String> before,
            Map<String, String> after) {}

    private Outcome run(JsonNode spec) throws Exception {
        Path dir = Files.createDirectory(root.resolve(spec.get("name").asText()));
        Map<String, String> paths = new HashMap<>();
        for (Map.Entry<String, JsonNode> file : spec.path("files").properties()) {
            String device = file.getValue().path("device").asText("");
            if (!device.isEmpty()) {
                if (!Files.exists(Path.of(device))) {
                    return skipped(device, dir);
                }
                paths.put(file.getKey(), device);
            } else {
                paths.put(
                        file.getKey(),
                        HostileInputs.write(file.getValue(), dir, file.getKey(), paths)
                                .toString());
            }
        }
        Map<String, String> before = digests(dir);
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Sp.class.getName()));
        for (JsonNode arg : spec.path("args")) {
            command.add(substitute(arg.asText(), paths, dir));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        String stdin = spec.path("stdin").asText("");
        builder.redirectInput(ProcessBuilder.Redirect.from(
                new File(stdin.isEmpty() ? "/dev/null" : paths.getOrDefault(stdin, stdin))));
        String stdoutDevice = spec.path("stdoutTo").asText("");
        if (!stdoutDevice.isEmpty()) {
            if (!Files.exists(Path.of(stdoutDevice))) {
                return skipped(stdoutDevice, dir);
            }
            builder.redirectOutput(ProcessBuilder.Redirect.to(new File(stdoutDevice)));
        }
        Process process = builder.start();
        int closeAfter = spec.path("closeStdoutAfter").asInt(-1);
        CompletableFuture<String> out =
                CompletableFuture.supplyAsync(() -> drain(process.getInputStream(), closeAfter));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream(), -1));
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        return new Outcome(
                null,
                ended,
                process.exitValue(),
                out.get(30, TimeUnit.SECONDS),
                err.get(30, TimeUnit.SECONDS),
                dir,
                paths,
                before,
                digests(dir));
    }

    private static Outcome skipped(String device, Path dir) {
        return new Outcome(device + " is not available here", true, 0, "", "", dir, Map.of(), Map.of(), Map.of());
    }

    private static void check(JsonNode spec, Outcome outcome) throws IOException {
        assumeTrue(outcome.skipped() == null, outcome.skipped());
        String name = spec.get("name").asText();
        String stdout = outcome.stdout();
        String stderr = outcome.stderr();
        Path dir = outcome.dir();
        Map<String, String> paths = outcome.paths();
        assertThat(outcome.ended())
                .as(name + ": ended within " + TIMEOUT_SECONDS + " s")
                .isTrue();

        JsonNode expect = spec.get("expect");
        assertThat(outcome.exit())
                .as(name + ": exit code; stderr was: " + cut(stderr))
                .isEqualTo(expect.get("exit").asInt());
        if (expect.has("stderr")) {
            assertThat(Pattern.compile(substitute(expect.get("stderr").asText(), paths, dir))
                            .matcher(stderr)
                            .find())
                    .as(name + ": stderr matches " + expect.get("stderr").asText() + "; it was: " + cut(stderr))
                    .isTrue();
        }
        if (expect.has("stderrNot")) {
            assertThat(Pattern.compile(expect.get("stderrNot").asText())
                            .matcher(stderr)
                            .find())
                    .as(name + ": stderr does not match "
                            + expect.get("stderrNot").asText())
                    .isFalse();
        }
        if (expect.has("stdout")) {
            assertThat(Pattern.compile(expect.get("stdout").asText())
                            .matcher(stdout)
                            .find())
                    .as(name + ": stdout matches " + expect.get("stdout").asText() + "; it was: " + cut(stdout))
                    .isTrue();
        }
        if (expect.path("stdoutEmpty").asBoolean(false)) {
            assertThat(stdout).as(name + ": stdout").isEmpty();
        }
        if (expect.path("stderrEmpty").asBoolean(false)) {
            assertThat(stderr).as(name + ": stderr").isEmpty();
        }
        for (JsonNode file : expect.path("unchanged")) {
            String path = paths.get(file.asText());
            assertThat(outcome.after().get(path))
                    .as(name + ": " + file.asText() + " unchanged")
                    .isEqualTo(outcome.before().get(path));
        }
        for (JsonNode file : expect.path("absent")) {
            assertThat(Files.exists(dir.resolve(file.asText())))
                    .as(name + ": " + file.asText() + " absent")
                    .isFalse();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tmp")))
                    .as(name + ": no temporary file left behind")
                    .isEmpty();
        }

        // What no run may ever do.
        assertThat(STACK_TRACE.matcher(stderr).find())
                .as(name + ": no stack trace or Java class on stderr: " + cut(stderr))
                .isFalse();
        for (String line : stderr.split("\n", -1)) {
            assertThat(MESSAGE_LINE.matcher(line).matches())
                    .as(name + ": stderr line has the shape 'SOURCE: message': " + cut(line))
                    .isTrue();
        }
        assertThat(NhsNumbersInText.validAt(stdout))
                .as(name + ": no valid NHS number on stdout")
                .isEmpty();
        assertThat(NhsNumbersInText.validAt(stderr))
                .as(name + ": no valid NHS number on stderr")
                .isEmpty();
    }

    private static String substitute(String text, Map<String, String> paths, Path dir) {
        String result = text.replace("{dir}", dir.toString());
        for (Map.Entry<String, String> path : paths.entrySet()) {
            result = result.replace("{" + path.getKey() + "}", path.getValue());
        }
        return result;
    }

    /** Reads a stream to its end, keeping the first megabyte; closes it early after {@code closeAfter} bytes. */
    private static String drain(InputStream in, int closeAfter) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (kept.size() < KEPT) {
                    kept.write(buffer, 0, Math.min(n, KEPT - kept.size()));
                }
                total += n;
                if (closeAfter >= 0 && total >= closeAfter) {
                    break; // the reader goes away, as 'head' does
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> digests = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    digests.put(file.toString(), digest(file));
                }
            }
        }
        return digests;
    }

    private static String digest(Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String cut(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
