package org.socialprescribing.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.socialprescribing.fhir.internal.IsoDates;

/**
 * sp-fhir's hand-written date reader ({@code IsoDates}) against the JDK's parse it stands in for, time per value. The
 * figure is what keeps {@code IsoDates} hand-written (docs/PERFORMANCE.md, "Dates"): if the JDK came close, the class
 * would go.
 *
 * <p>The values are the shapes FHIR text takes in an episode Bundle: instants with a {@code Z} and with an offset, with
 * and without fractions, and plain dates. Each benchmark reads all {@value #VALUES} of one kind per invocation. The
 * warm-up is long because the JIT was still settling in the first measured seconds of a 3 x 1 s warm-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class DateParsingBenchmark {

    /** Values per invocation. */
    public static final int VALUES = 4;

    private final String[] dateTimes = {
        "2025-03-04T10:15:30Z", "2025-03-04T10:15:30.5Z", "2025-11-30T23:59:59+01:00", "2026-01-15T08:00:00.123-05:00"
    };
    private final String[] dates = {"2025-03-04", "2025-11-30", "2026-01-15", "1948-07-05"};

    /**
     * The JDK's {@code OffsetDateTime.parse}: the baseline.
     *
     * @param blackhole sink
     */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public void jdkDateTime(Blackhole blackhole) {
        for (String text : dateTimes) {
            blackhole.consume(OffsetDateTime.parse(text));
        }
    }

    /**
     * {@code IsoDates.offsetDateTime} on the same values.
     *
     * @param blackhole sink
     */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public void isoDatesDateTime(Blackhole blackhole) {
        for (String text : dateTimes) {
            blackhole.consume(IsoDates.offsetDateTime(text));
        }
    }

    /**
     * The JDK's {@code LocalDate.parse}: the baseline.
     *
     * @param blackhole sink
     */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public void jdkDate(Blackhole blackhole) {
        for (String text : dates) {
            blackhole.consume(LocalDate.parse(text));
        }
    }

    /**
     * {@code IsoDates.localDate} on the same values.
     *
     * @param blackhole sink
     */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public void isoDatesDate(Blackhole blackhole) {
        for (String text : dates) {
            blackhole.consume(IsoDates.localDate(text));
        }
    }
}
