package org.socialprescribing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Smoke run of the JMH benchmarks for CI: in-process (no fork), no warm-up, one short iteration each. It proves the
 * benchmarks and their generated harness run; it asserts nothing about speed (figures come from real runs, see
 * docs/PERFORMANCE.md).
 */
class ScoringBenchmarkSmokeTest {

    @Test
    void benchmarksRun() throws RunnerException {
        Collection<RunResult> results = SmokeRun.run(ScoringBenchmark.class.getName());

        assertThat(results)
                .extracting(r -> r.getParams().getBenchmark())
                .containsExactlyInAnyOrder(
                        ScoringBenchmark.class.getName() + ".batchApi",
                        ScoringBenchmark.class.getName() + ".handWrittenLoop",
                        ScoringBenchmark.class.getName() + ".objectApi");
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
