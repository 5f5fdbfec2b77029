package org.socialprescribing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Smoke run of the date parsing benchmarks for CI, like {@link ScoringBenchmarkSmokeTest}: in-process, no warm-up, one
 * short iteration each. It proves they run; it asserts nothing about speed.
 */
class DateParsingBenchmarkSmokeTest {

    @Test
    void benchmarksRun() throws RunnerException {
        Collection<RunResult> results = SmokeRun.run(DateParsingBenchmark.class.getName());

        assertThat(results)
                .extracting(r -> r.getParams().getBenchmark())
                .containsExactlyInAnyOrder(
                        DateParsingBenchmark.class.getName() + ".jdkDateTime",
                        DateParsingBenchmark.class.getName() + ".isoDatesDateTime",
                        DateParsingBenchmark.class.getName() + ".jdkDate",
                        DateParsingBenchmark.class.getName() + ".isoDatesDate");
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
