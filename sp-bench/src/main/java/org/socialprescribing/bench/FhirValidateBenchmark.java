package org.socialprescribing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.testkit.SyntheticCohort;

/**
 * Issue 12's warm target: one episode Bundle validated by a warm {@link FhirValidation}, time per Bundle (under 30
 * ms). By default the Bundle is the richest episode of sp-testkit's synthetic cohort (the most entries; the demo's
 * cohort without its star), pretty-printed as {@code sp demo} writes it; {@code -p bundle=.../EP-101.bundle.json -p
 * conformance=.../conformance} validates a file {@code sp demo} wrote, with the demo's conformance folder, as {@code
 * sp fhir validate --package} does. The validator is shared by all benchmark threads ({@code -t 2} measures two
 * threads on one validator, as the command validates files one per processor). docs/PERFORMANCE.md says how to run
 * it under C1 only, as {@code ./sp} runs {@code fhir} commands.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2) // C2 needs a few hundred validations to compile HAPI's validator
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class FhirValidateBenchmark {

    /** A Bundle file to validate (JSON or XML); empty for the richest synthetic episode. */
    @Param("")
    public String bundle;

    /** A folder of conformance resources to add to the validator ({@code --package DIR}); empty for none. */
    @Param("")
    public String conformance;

    private String content;
    private FhirValidation validation;

    /** Reads or maps the Bundle, builds the validator and validates once (the cold start stays out). */
    @Setup(Level.Trial)
    public void setUp() {
        content = bundle.isEmpty() ? richestEpisode() : read(Path.of(bundle));
        FhirValidation.Builder builder = FhirValidation.builder();
        if (!conformance.isEmpty()) {
            builder.addConformanceFolder(Path.of(conformance));
        }
        validation = builder.build();
        validation.validate(content);
    }

    /**
     * Validates the Bundle with the warm validator.
     *
     * @return the report, so the work is not optimised away
     */
    @Benchmark
    public ValidationReport validate() {
        return validation.validate(content);
    }

    /** The cohort's episode with the most Bundle entries, as pretty-printed JSON. */
    static String richestEpisode() {
        EpisodeBundles bundles = EpisodeBundles.standard();
        Bundle richest = SyntheticCohort.withoutStar().cases().stream()
                .map(each -> bundles.toTransaction(each.episode()))
                .max(Comparator.comparingInt(b -> b.getEntry().size()))
                .orElseThrow();
        return SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(richest);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
