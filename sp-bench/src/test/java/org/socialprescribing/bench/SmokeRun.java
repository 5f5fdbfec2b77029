package org.socialprescribing.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The CI smoke settings shared by the smoke tests: in-process, no warm-up, one 200 ms iteration per benchmark. */
final class SmokeRun {

    private SmokeRun() {}

    /** Runs the benchmarks whose names match any of the regular expressions; fails on any benchmark error. */
    static Collection<RunResult> run(String... includes) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true);
        for (String include : includes) {
            options.include(include);
        }
        return new Runner(options.build()).run();
    }
}
