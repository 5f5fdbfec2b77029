package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the vendor project in {@code consumer/} the way a vendor would: a separate Maven project that imports
 * sp-bom, sp-platform and then hapi-fhir-bom, and depends on sp-model, sp-measures, sp-openreferral, sp-fhir and
 * sp-fhir-validation without versions. It runs offline ({@code -o}) against the jars this reactor has just built,
 * staged in a local repository under {@code target/consumer-repo} whose tail is the build's own local repository
 * (Maven 3.9's {@code maven.repo.local.tail}), so nothing is installed in the shared one. Its test creates, edits,
 * validates, serialises, exports and scores an episode, through a product-owned {@code FhirContext}.
 *
 * <p>Then the versions it resolved are compared with the tested set: what the reactor resolved for the same modules
 * ({@code target/tested-dependencies.txt}, written by every module's build). They must be equal, artifact for
 * artifact. Before sp-platform, nine versions differed (woodstox 7.1.0 for 6.4.0, httpclient5 5.1.3
 * for 5.4.3, ...); with hapi-fhir-bom imported before it, seven are lowered (Jackson 2.21.2 to 2.20.0, Hibernate
 * Validator 9.1.6 to 8.0.0, ...). The build needs the modules' jars, so a run without them (tests of
 * sp-examples alone, before {@code package}) skips with a message.
 */
class ConsumerProjectTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target").toAbsolutePath();
    private static final List<String> USED_MODULES =
            List.of("sp-model", "sp-measures", "sp-openreferral", "sp-fhir", "sp-fhir-validation");
    /** Modules the vendor adds in test scope: staged, but not part of the runtime set compared below. */
    private static final List<String> TEST_MODULES = List.of("sp-testkit");
    /** The POM-only artifacts the used modules' POMs need: their parents and the two BOMs. */
    private static final Map<String, Path> POMS = Map.of(
            "sp-parent", REPOSITORY.resolve("pom.xml"),
            "sp-platform", REPOSITORY.resolve("sp-platform/pom.xml"),
            "sp-bom", REPOSITORY.resolve("sp-bom/pom.xml"));
    /** A line of {@code dependency:list}: group:artifact:type[:classifier]:version:scope, maybe a module note. */
    private static final Pattern LISTED =
            Pattern.compile("^\\s+([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+):(compile|runtime)\\b");

    private static String version;
    private static Path consumer;
    private static int exitCode;
    private static String log;

    @BeforeAll
    static void buildTheConsumerProject() throws Exception {
        version = property("sp.version");
        for (String module : staged()) {
            assumeTrue(
                    Files.exists(jar(module)) && Files.exists(tested(module)),
                    "no " + jar(module) + " or its tested-dependencies.txt yet (run ./mvnw verify)");
        }
        Path repo = WORK.resolve("consumer-repo");
        for (String module : staged()) {
            stage(repo, module, REPOSITORY.resolve(module).resolve("pom.xml"), Optional.of(jar(module)));
        }
        for (Map.Entry<String, Path> pom : POMS.entrySet()) {
            stage(repo, pom.getKey(), pom.getValue(), Optional.empty());
        }
        consumer = WORK.resolve("consumer");
        copyTree(Path.of("consumer"), consumer);

        Path mvnw = REPOSITORY.resolve(isWindows() ? "mvnw.cmd" : "mvnw");
        List<String> command = new ArrayList<>(List.of(
                mvnw.toString(),
                "-B",
                "-o",
                "-f",
                consumer.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + repo,
                "-Dmaven.repo.local.tail=" + property("sp.localRepository"),
                "-Dsp.version=" + version,
                "-Dhapi.version=" + property("sp.hapiVersion"),
                "-Djunit.version=" + property("sp.junitVersion"),
                "-Dcompiler.plugin.version=" + property("sp.compilerPluginVersion"),
                "-Dsurefire.plugin.version=" + property("sp.surefirePluginVersion"),
                "-Dresources.plugin.version=" + property("sp.resourcesPluginVersion"),
                "-Ddependency.plugin.version=" + property("sp.dependencyPluginVersion"),
                "test",
                "dependency:list",
                "-DincludeScope=runtime",
                "-Dsort=true",
                "-DoutputFile=" + consumer.resolve("resolved.txt")));
        Path output = WORK.resolve("consumer.log");
        Process process = new ProcessBuilder(command)
                .directory(consumer.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the consumer build took more than 10 minutes; see " + output);
        }
        exitCode = process.exitValue();
        log = Files.readString(output, StandardCharsets.UTF_8);
    }

    @Test
    void theVendorProjectBuildsAndItsTestsPass() {
        assertThat(exitCode)
                .as("exit code of the consumer build (log: target/consumer.log)")
                .isZero();
        // VendorUseTest's three tests and VendorPropertiesTest's property (sp-testkit's generators, run by jqwik).
        assertThat(log).contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0");
    }

    @Test
    void itResolvesExactlyTheTestedVersions() throws IOException {
        assertThat(exitCode)
                .as("exit code of the consumer build (log: target/consumer.log)")
                .isZero();
        Map<String, String> resolved = thirdParty(consumer.resolve("resolved.txt"));
        Map<String, String> tested = new TreeMap<>();
        for (String module : USED_MODULES) {
            tested.putAll(thirdParty(tested(module)));
        }
        assertThat(resolved)
                .as("third-party artifacts resolved by the vendor project")
                .isNotEmpty();
        assertThat(resolved)
                .as("the vendor's versions against the tested ones (sp-platform imported before hapi-fhir-bom)")
                .containsExactlyInAnyOrderEntriesOf(tested);
    }

    @Test
    void hapisBomImportedAfterThePlatform_lowersNeitherJacksonNorHibernateValidator() throws IOException {
        assertThat(exitCode)
                .as("exit code of the consumer build (log: target/consumer.log)")
                .isZero();
        Map<String, String> resolved = thirdParty(consumer.resolve("resolved.txt"));
        assertThat(resolved)
                .containsEntry("com.fasterxml.jackson.core:jackson-databind", property("sp.jacksonVersion"))
                .containsEntry("org.hibernate.validator:hibernate-validator", property("sp.hibernateValidatorVersion"));
    }

    /** Third-party artifacts of a {@code dependency:list} file, {@code group:artifact[:classifier]} to version. */
    private static Map<String, String> thirdParty(Path listing) throws IOException {
        Map<String, String> found = new TreeMap<>();
        for (String line : Files.readAllLines(listing, StandardCharsets.UTF_8)) {
            Matcher m = LISTED.matcher(line);
            if (m.find() && !m.group(1).equals("org.socialprescribing")) {
                String key = m.group(1) + ":" + m.group(2) + (m.group(4) == null ? "" : ":" + m.group(4));
                found.put(key, m.group(5));
            }
        }
        return found;
    }

    private static void stage(Path repo, String artifact, Path pom, Optional<Path> jar) throws IOException {
        Path folder = repo.resolve("org/socialprescribing").resolve(artifact).resolve(version);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar.isPresent()) {
            Files.copy(
                    jar.get(), folder.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<String> staged() {
        List<String> all = new ArrayList<>(USED_MODULES);
        all.addAll(TEST_MODULES);
        return all;
    }

    private static Path jar(String module) {
        return REPOSITORY.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    private static Path tested(String module) {
        return REPOSITORY.resolve(module).resolve("target").resolve("tested-dependencies.txt");
    }

    private static String property(String name) {
        String value = System.getProperty(name, "");
        assumeTrue(!value.isEmpty() && !value.startsWith("${"), "system property " + name + " is set by Maven");
        return value;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
