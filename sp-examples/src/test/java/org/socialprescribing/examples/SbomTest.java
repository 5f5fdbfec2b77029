package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every published module's build writes a CycloneDX SBOM ({@code target/bom.json}), and it names at least the
 * third-party set the module was tested with ({@code target/tested-dependencies.txt}), version for version. A
 * vendor's scanner reads the SBOM; this keeps it from describing anything other than what we tested. Before the
 * modules are packaged (tests of sp-examples alone), or in an offline build (the plugin then writes none), the test
 * skips.
 */
class SbomTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    /** Built but never published: benchmarks and these examples. */
    private static final Set<String> UNPUBLISHED = Set.of("sp-bench", "sp-examples");
    /** A line of {@code dependency:list}: group:artifact:type[:classifier]:version:scope. */
    private static final Pattern LISTED =
            Pattern.compile("^\\s+([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+):(compile|runtime)\\b");
    /** A Maven package URL: pkg:maven/group/artifact@version?qualifiers. */
    private static final Pattern PURL = Pattern.compile("^pkg:maven/([^/]+)/([^@]+)@([^?]+)");

    @Test
    void everyPublishedModuleHasAnSbomNamingItsTestedDependencies() throws IOException {
        assumeFalse(
                "offline=true".equals(System.getProperty("sp.offline")),
                "cyclonedx-maven-plugin needs online mode: an offline build (-o) writes no SBOM");
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(REPOSITORY)) {
            children.filter(dir -> Files.exists(dir.resolve("target").resolve("tested-dependencies.txt")))
                    .filter(dir -> !UNPUBLISHED.contains(dir.getFileName().toString()))
                    .sorted()
                    .forEach(modules::add);
        }
        assumeTrue(!modules.isEmpty(), "no module has been packaged yet (run ./mvnw verify)");
        for (Path module : modules) {
            Path sbom = module.resolve("target").resolve("bom.json");
            assertThat(sbom).as("SBOM of %s", module.getFileName()).exists();
            JsonNode bom = new ObjectMapper().readTree(sbom.toFile());
            assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
            assertThat(bom.path("metadata").path("component").path("name").asText())
                    .isEqualTo(module.getFileName().toString());
            Set<String> described = new TreeSet<>();
            for (JsonNode component : bom.path("components")) {
                Matcher purl = PURL.matcher(component.path("purl").asText());
                if (purl.find()) {
                    described.add(purl.group(1) + ":" + purl.group(2) + ":" + purl.group(3));
                }
            }
            assertThat(described)
                    .as("components of %s's SBOM", module.getFileName())
                    .containsAll(tested(module.resolve("target").resolve("tested-dependencies.txt")));
        }
    }

    private static Set<String> tested(Path list) throws IOException {
        Set<String> tested = new TreeSet<>();
        for (String line : Files.readAllLines(list)) {
            Matcher listed = LISTED.matcher(line);
            if (listed.find()) {
                tested.add(listed.group(1) + ":" + listed.group(2) + ":" + listed.group(5));
            }
        }
        return tested;
    }
}
