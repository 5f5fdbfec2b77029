package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./sp} launcher's JVM options by command (docs/cli.md), read from its dry run, which prints the java
 * command and never builds: the compilers, the young generation and the heap cap follow the command and the number
 * of files, and {@code SP_JAVA_OPTS} overrides them.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "sp");
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String LARGE_YOUNG = "-Xmn512m";
    private static final String SERVER_YOUNG = "-Xmn1g";
    private static final String PARALLEL = "-XX:+UseParallelGC";

    @Test
    void shortCommands_runWithC1Only() throws Exception {
        assertThat(options("--version")).contains(C1_ONLY, "-XX:+UseSerialGC");
        assertThat(options("instruments", "phq9")).contains(C1_ONLY);
        assertThat(options("fhir", "validate", "bundle.json")).contains(C1_ONLY).doesNotContain(LARGE_YOUNG);
    }

    @Test
    void streamingCommands_keepC2() throws Exception {
        assertThat(options("score", "swemwbs", "answers.csv"))
                .contains("-Xmx128m")
                .doesNotContain(C1_ONLY);
        assertThat(options("gp", "import", "extract.csv")).doesNotContain(C1_ONLY);
    }

    @Test
    void fhirValidate_countsItsFilesAndNotOptionValues() throws Exception {
        List<String> one = options(
                "--limit",
                "maxBytes=100",
                "fhir",
                "validate",
                "--package",
                "uk-core",
                "--profile",
                "https://p",
                "--format",
                "json",
                "bundle.json");
        assertThat(one).contains(C1_ONLY).doesNotContain(LARGE_YOUNG);
        assertThat(options("fhir", "validate", "a.json", "b.json")).contains(C1_ONLY);
        if (bigMachine()) {
            assertThat(options("fhir", "validate", "a.json", "b.json")).contains(LARGE_YOUNG);
        }
        assertThat(options(fhirValidate(499))).contains(C1_ONLY);
        assertThat(options(fhirValidate(500))).doesNotContain(C1_ONLY);
    }

    @Test
    void fhirServe_keepsC2AndTheParallelCollector_andItsClientRunsShort() throws Exception {
        assertThat(options("fhir", "serve", "--package", "uk-core"))
                .doesNotContain(C1_ONLY, "-XX:+UseSerialGC")
                .contains(PARALLEL);
        if (ramKb() >= 8_000_000L) {
            assertThat(options("fhir", "serve")).contains(SERVER_YOUNG).doesNotContain(LARGE_YOUNG);
        }
        List<String> files = new ArrayList<>(List.of("fhir", "validate", "--server", "http://127.0.0.1:1/fhir"));
        files.addAll(Collections.nCopies(600, "bundle.json"));
        assertThat(options(files.toArray(new String[0])))
                .contains(C1_ONLY, "-XX:+UseSerialGC")
                .doesNotContain(LARGE_YOUNG, PARALLEL);
        assertThat(options("fhir", "validate", "--server=http://127.0.0.1:1/fhir", "a.json", "b.json"))
                .contains(C1_ONLY)
                .doesNotContain(LARGE_YOUNG);
    }

    @Test
    void spJavaOpts_overrideTheLaunchersChoices() throws Exception {
        List<String> g1 = run(Map.of("SP_JAVA_OPTS", "-XX:+UseG1GC"), "fhir", "validate", "a.json", "b.json");
        assertThat(g1).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC", LARGE_YOUNG);
        List<String> heap = run(Map.of("SP_JAVA_OPTS", "-Xmx2g"), "fhir", "serve");
        assertThat(heap).contains("-Xmx2g", PARALLEL).doesNotContain(LARGE_YOUNG, SERVER_YOUNG);
        List<String> serial = run(Map.of("SP_JAVA_OPTS", "-XX:+UseSerialGC"), "fhir", "serve");
        assertThat(serial).doesNotContain(PARALLEL, SERVER_YOUNG);
    }

    private static String[] fhirValidate(int files) {
        List<String> args = new ArrayList<>(List.of("fhir", "validate"));
        args.addAll(Collections.nCopies(files, "bundle.json"));
        return args.toArray(new String[0]);
    }

    private static List<String> options(String... args) throws Exception {
        return run(Map.of(), args);
    }

    /** The launcher's java command for these arguments: its words up to {@code -jar}. */
    private static List<String> run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SP_JAVA_OPTS");
        builder.environment().put("SP_LAUNCHER_DRY_RUN", "1");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(out).isZero();
        List<String> words = List.of(out.split(" "));
        assertThat(words).as(out).startsWith("java").contains("-jar");
        return words.subList(0, words.indexOf("-jar"));
    }

    /** As the launcher decides: 4,000,000 kB of RAM or more. */
    private static boolean bigMachine() throws IOException {
        return ramKb() >= 4_000_000L;
    }

    /** The RAM in kB, as the launcher reads it; 0 where /proc/meminfo cannot be read. */
    private static long ramKb() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.isReadable(meminfo)) {
            return 0;
        }
        return Files.readAllLines(meminfo).stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(0L);
    }
}
