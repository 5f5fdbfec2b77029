package org.socialprescribing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Smoke run of the FHIR benchmarks for CI, like {@link ScoringBenchmarkSmokeTest}: in-process, no warm-up, one
 * short iteration each (one cold start for the validator's single shot). It proves they run; it asserts nothing
 * about speed.
 */
class FhirBenchmarkSmokeTest {

    @Test
    void benchmarksRun() throws RunnerException {
        Collection<RunResult> results = SmokeRun.run(
                FhirBenchmark.class.getName() + "\\.",
                FhirValidatorWarmupBenchmark.class.getName(),
                FhirValidateBenchmark.class.getName());

        assertThat(results)
                .extracting(r -> r.getParams().getBenchmark())
                .containsExactlyInAnyOrder(
                        FhirBenchmark.class.getName() + ".mapAndEncode",
                        FhirBenchmark.class.getName() + ".hapiEncodeOnly",
                        FhirBenchmark.class.getName() + ".parseAndMapBack",
                        FhirBenchmark.class.getName() + ".hapiParseOnly",
                        FhirBenchmark.class.getName() + ".mapOnly",
                        FhirBenchmark.class.getName() + ".readOnly",
                        FhirBenchmark.class.getName() + ".mapBackOnly",
                        FhirBenchmark.class.getName() + ".validate",
                        FhirValidatorWarmupBenchmark.class.getName() + ".buildAndValidateFirst",
                        FhirValidateBenchmark.class.getName() + ".validate");
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
