package org.socialprescribing.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationReport;

/**
 * The validator's cold start: building {@code FhirValidation.builder().build()} and running the first validation,
 * once per fresh JVM (single shot, so every fork measures one cold start). The FHIR context and the episode's JSON
 * are made before the measurement, so the figure is the validator's own start-up (loading R4 core and the SDK's conformance
 * resources, first snapshot and terminology work).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
@State(Scope.Thread)
public class FhirValidatorWarmupBenchmark {

    // Made when JMH creates the state, outside the measurement (this also creates the FHIR context).
    private final String json = SpFhir.newJsonParser()
            .encodeResourceToString(EpisodeBundles.standard().toTransaction(BenchEpisode.episode()));

    /**
     * Builds a validator and validates the Bundle once.
     *
     * @return the report, so the work is not optimised away
     */
    @Benchmark
    public ValidationReport buildAndValidateFirst() {
        return FhirValidation.builder().build().validate(json);
    }
}
