package org.socialprescribing.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.instruments.Wemwbs;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * WEMWBS scoring, time per response: the batch API against a hand-written int-array loop that makes the same checks
 * (missing items, range 1..5, first invalid item and value kept), and the object API.
 *
 * <p>The data: {@value #ROWS} responses of 14 items, seeded, about 2% of answers missing and 0.5% out of range, so
 * that every branch is taken the way real files take it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class ScoringBenchmark {

    /** Responses per batch invocation. */
    public static final int ROWS = 100_000;

    private static final int ITEMS = 14;
    private static final int OBJECT_SAMPLES = 1024;

    private final BatchScorer batch = Scorer.of(Wemwbs.instrument()).batch();
    private final Scorer scorer = Scorer.of(Wemwbs.instrument());

    private int[] answers = new int[0];
    private BatchScores scores = batch.newScores(ROWS);
    private Answers[] samples = new Answers[0];
    private int next;

    // The hand-written loop's output: the same facts the batch buffer keeps.
    private final byte[] status = new byte[ROWS];
    private final int[] totals = new int[ROWS];
    private final long[] missing = new long[ROWS];
    private final int[] badItem = new int[ROWS];
    private final int[] badValue = new int[ROWS];

    /** Builds the seeded data set. */
    @Setup
    public void setUp() {
        Random random = new Random(20261124L);
        answers = new int[ROWS * ITEMS];
        for (int i = 0; i < answers.length; i++) {
            int roll = random.nextInt(1000);
            answers[i] = roll < 20 ? BatchScorer.MISSING : roll < 25 ? 6 : 1 + random.nextInt(5);
        }
        scores = batch.newScores(ROWS);
        samples = new Answers[OBJECT_SAMPLES];
        for (int s = 0; s < OBJECT_SAMPLES; s++) {
            int[] codes = new int[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                codes[i] = 1 + random.nextInt(5);
            }
            samples[s] = Answers.ofCodes("wemwbs", codes);
        }
    }

    /**
     * The batch API over a row-major array.
     *
     * @return the filled buffer, so the work is not optimised away
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public BatchScores batchApi() {
        batch.scoreRows(answers, ROWS, scores);
        return scores;
    }

    /**
     * A hand-written loop with the same checks and outputs, specialised to WEMWBS: the baseline the batch API is
     * measured against.
     *
     * @return the totals, so the work is not optimised away
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int[] handWrittenLoop() {
        int[] data = answers;
        rows:
        for (int row = 0; row < ROWS; row++) {
            int base = row * ITEMS;
            int sum = 0;
            long absent = 0;
            for (int i = 0; i < ITEMS; i++) {
                int v = data[base + i];
                if (v == BatchScorer.MISSING) {
                    absent |= 1L << i;
                } else if (v < 1 || v > 5) {
                    status[row] = 2;
                    badItem[row] = i;
                    badValue[row] = v;
                    totals[row] = Integer.MIN_VALUE;
                    continue rows;
                } else {
                    sum += v;
                }
            }
            missing[row] = absent;
            status[row] = (byte) (absent == 0 ? 0 : 1);
            totals[row] = absent == 0 ? sum : Integer.MIN_VALUE;
        }
        return totals;
    }

    /**
     * The object API: one response of text answers to a result.
     *
     * @return the result, so the work is not optimised away
     */
    @Benchmark
    public ScoreResult objectApi() {
        next = (next + 1) & (OBJECT_SAMPLES - 1);
        return scorer.evaluate(samples[next]);
    }
}
