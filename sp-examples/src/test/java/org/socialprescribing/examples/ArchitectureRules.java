package org.socialprescribing.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dependency arrows of ARCHITECTURE.md as ArchUnit rules, written against a root package so that the same rules
 * check the SDK ({@code org.socialprescribing}) and, in a test, a fixture tree that breaks them on purpose.
 *
 * <pre>
 * model  &lt;-  measures, openreferral  &lt;-  fhir  &lt;-  fhir.validation
 * model, measures  &lt;-  report, spark (spark also uses gp's extract row checks, never FHIR)
 * all of these  &lt;-  cli  &lt;-  examples, bench
 * model, measures, fhir  &lt;-  gp  &lt;-  cli, spark (spark: the extract row checks only)
 * model, measures  &lt;-  testkit  &lt;-  cli (the demo's cohort), examples, bench (and tests)
 * </pre>
 *
 * Only gp reads FHIR STU3 (HAPI's DSTU3 structures and its version converter).
 *
 * Light modules (model, measures, openreferral) never reach HAPI/FHIR, CSV, CLI or Spark code; nothing depends on
 * the command line, the examples or the benchmarks. No module reaches into another module's {@code internal}
 * packages (sp-fhir-validation, inside the {@code fhir} tree, is released with sp-fhir and may use its internals):
 * the same as sp-model's and sp-openreferral's {@code module-info} enforce for module-path users. The {@code
 * Immutable*} types Immutables generates are package-private ({@code @SpStyle}): the compiler keeps callers on the
 * value type's {@code builder()}, {@code toBuilder()} and {@code with*} methods, and a rule checks that no
 * {@code Immutable*} class is public (a value type without the style would make one).
 */
final class ArchitectureRules {

    /** Packages of libraries the light modules must not use (ARCHITECTURE.md: "Light modules"). */
    static final String[] HEAVY_LIBRARIES = {
        "ca.uhn..", "org.hl7..", "de.siegmar.fastcsv..", "org.apache.commons.csv..", "picocli..", "org.apache.spark.."
    };

    private ArchitectureRules() {}

    static List<ArchRule> forRoot(String root) {
        String model = root + ".model..";
        String measures = root + ".measures..";
        String openReferral = root + ".openreferral..";
        String fhir = root + ".fhir..";
        String report = root + ".report..";
        String gp = root + ".gp..";
        String cli = root + ".cli..";
        String spark = root + ".spark..";
        String examples = root + ".examples..";
        String bench = root + ".bench..";
        String testkit = root + ".testkit..";
        String fhirValidation = root + ".fhir.validation..";
        List<ArchRule> internals = new ArrayList<>();
        for (String module : List.of("model", "measures", "openreferral", "fhir", "report", "cli", "spark")) {
            internals.add(noClasses()
                    .that()
                    .resideOutsideOfPackage(root + "." + module + "..")
                    // A hand-written part is kept only with a figure against the library it stands in for: its
                    // benchmark has to reach it.
                    .and()
                    .doNotHaveFullyQualifiedName(root + ".bench.DateParsingBenchmark")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(root + "." + module + "..internal..")
                    .as("no class outside " + module + " uses its internal packages")
                    .allowEmptyShould(true));
        }
        // Immutables makes ImmutableX package-private under @SpStyle (visibility PACKAGE), so the compiler already
        // stops other modules from naming it. This catches a value type that does not use the style.
        internals.add(noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .haveSimpleNameStartingWith("Immutable")
                .should()
                .bePublic()
                .as("generated Immutable* types are package-private (@SpStyle): the API names only the value type,"
                        + " its Builder and its with... methods")
                .allowEmptyShould(true));
        internals.add(noClasses()
                .that()
                .resideInAPackage(fhir)
                .and()
                .resideOutsideOfPackage(fhirValidation)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        fhirValidation,
                        "org.hl7.fhir.common.hapi.validation..",
                        "org.hl7.fhir.validation..",
                        "org.hl7.fhir.r5..")
                .as("sp-fhir maps and reads without the validator (sp-fhir-validation)")
                .allowEmptyShould(true));
        List<ArchRule> rules = new ArrayList<>(internals);
        rules.addAll(List.of(
                noClasses()
                        .that()
                        .resideInAPackage(model)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(measures, openReferral, fhir, cli, spark, examples, bench)
                        .as("sp-model depends on no other SDK module")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAnyPackage(measures, openReferral)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(fhir, cli, spark, examples, bench)
                        .as("sp-measures and sp-openreferral depend only on sp-model")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage(measures)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(openReferral)
                        .as("sp-measures does not depend on sp-openreferral")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage(openReferral)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(measures)
                        .as("sp-openreferral does not depend on sp-measures")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAnyPackage(model, measures, openReferral)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(HEAVY_LIBRARIES)
                        .as("sp-model, sp-measures and sp-openreferral never reach HAPI, CSV, CLI or Spark code")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAnyPackage(model, measures, openReferral, fhir)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(report)
                        .as("sp-model, sp-measures, sp-openreferral and sp-fhir do not depend on sp-report")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage(report)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(openReferral, fhir, cli, examples, bench)
                        .as("sp-report depends only on sp-model and sp-measures")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage(spark)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(openReferral, fhir, report, cli, examples, bench, "ca.uhn..", "org.hl7..")
                        .as("sp-spark depends only on sp-model, sp-measures and sp-gp's row checks (and Spark), never"
                                + " on FHIR")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(spark, examples, bench)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(spark)
                        .as("nothing but the examples and benchmarks depends on sp-spark")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(spark)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.spark..")
                        .as("only sp-spark uses Spark")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(cli, examples, bench)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(cli)
                        .as("only the examples and benchmarks may depend on sp-cli")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage(gp)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(openReferral, report, cli, spark, examples, bench)
                        .as("sp-gp depends only on sp-model, sp-measures and sp-fhir")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(gp, cli, spark, examples, bench)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(gp)
                        .as("only the command line, sp-spark (the extract row checks), the examples and the benchmarks"
                                + " depend on sp-gp")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(gp)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("org.hl7.fhir.dstu3..", "org.hl7.fhir.convertors..")
                        .as("only sp-gp uses FHIR STU3 (HAPI DSTU3 and the version converter)")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage(testkit)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(Stream.concat(
                                        Stream.of(openReferral, fhir, report, gp, cli, spark, examples, bench),
                                        Arrays.stream(HEAVY_LIBRARIES))
                                .toArray(String[]::new))
                        .as("sp-testkit depends only on sp-model and sp-measures (and jqwik), never on HAPI, CSV,"
                                + " CLI or Spark code")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(testkit, cli, examples, bench)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(testkit)
                        .as("no library depends on sp-testkit (tests do; the command line uses its synthetic cohort)")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(examples)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(examples)
                        .as("nothing depends on sp-examples")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(bench)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(bench)
                        .as("nothing depends on sp-bench")
                        .allowEmptyShould(true)));
        return List.copyOf(rules);
    }
}
