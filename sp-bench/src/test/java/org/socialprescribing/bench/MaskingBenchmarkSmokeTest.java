package org.socialprescribing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Smoke run of the masking benchmarks for CI, like {@link ScoringBenchmarkSmokeTest}: in-process, no warm-up, one
 * short iteration each. It proves they run; it asserts nothing about speed.
 */
class MaskingBenchmarkSmokeTest {

    @Test
    void benchmarksRun() throws RunnerException {
        Collection<RunResult> results = SmokeRun.run(MaskingBenchmark.class.getName());

        assertThat(results)
                .extracting(r -> r.getParams().getBenchmark())
                .containsExactlyInAnyOrder(
                        MaskingBenchmark.class.getName() + ".buildMessages",
                        MaskingBenchmark.class.getName() + ".buildAndMaskMessages",
                        MaskingBenchmark.class.getName() + ".maskOneNumber");
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
