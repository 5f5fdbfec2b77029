package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a dependency arrow of ARCHITECTURE.md points the wrong way. sp-examples sees every module on
 * its class path, so this is the one place that can check them all.
 */
class ArchitectureTest {

    private static final String ROOT = "org.socialprescribing";
    private static final String FIXTURE_ROOT = "org.socialprescribing.examples.archfixture";

    @Test
    void sdkModules_followTheDependencyArrows() {
        JavaClasses sdk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        // The rules allow an empty "that" clause (the fixture tree has no fhir package), so make sure every module's
        // classes were imported here: otherwise a rule could pass without checking anything.
        for (String module : List.of(
                "model",
                "measures",
                "openreferral",
                "fhir",
                "fhir.validation",
                "gp",
                "report",
                "cli",
                "spark",
                "testkit",
                "examples")) {
            assertThat(sdk.stream().map(c -> c.getPackageName()))
                    .as("the import sees the classes of %s", module)
                    .anyMatch(name -> name.startsWith(ROOT + "." + module));
        }
        for (ArchRule rule : ArchitectureRules.forRoot(ROOT)) {
            assertThatCode(() -> rule.check(sdk)).as(rule.getDescription()).doesNotThrowAnyException();
        }
    }

    /**
     * The fixture tree under {@code archfixture} mirrors the module packages and breaks the rules on purpose: a
     * "model" class that imports HAPI and one that imports the CLI, and a public {@code Immutable*} class (what a
     * value type without {@code @SpStyle} would generate). The same rules must report all three.
     */
    @Test
    void aModelClassImportingHapiOrTheCli_breaksTheBuild() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE_ROOT);
        List<String> violations = ArchitectureRules.forRoot(FIXTURE_ROOT).stream()
                .map(rule -> rule.evaluate(fixture))
                .filter(EvaluationResult::hasViolation)
                .flatMap(result -> result.getFailureReport().getDetails().stream())
                .collect(Collectors.toList());
        assertThat(violations)
                .anyMatch(line -> line.contains("HapiUsingModelType") && line.contains("ca.uhn.fhir"))
                .anyMatch(line -> line.contains("CliUsingModelType") && line.contains(".cli."))
                .anyMatch(line -> line.contains("ImmutableFixtureValue") && line.contains("PUBLIC"))
                .noneMatch(line -> line.contains("WellBehavedMeasure"));
    }
}
