package org.socialprescribing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Smoke run of the FHIR benchmarks for CI, like {@link ScoringBenchmarkSmokeTest}: in-process, no warm-up, one
 * short iteration each (one cold start for the validator's single shot). It proves they run; it asserts nothing
 * about speed.
 */
class FhirBenchmarkSmokeTest {

    @Test
    void benchmarksRun() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(FhirBenchmark.class.getName() + "\\.")
                .include(FhirValidatorWarmupBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

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
                        FhirValidatorWarmupBenchmark.class.getName() + ".buildAndValidateFirst");
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
