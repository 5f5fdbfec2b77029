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
import org.openjdk.jmh.infra.Blackhole;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.id.NhsNumber;

/**
 * The NHS number mask ({@link PersonalData#mask(String)}) on the message column of {@code sp score}, time per row.
 * Every row's message is masked, so this is on the scoring hot path.
 *
 * <p>The rows: {@value #ROWS}, seeded, in the mix of the mixed file in docs/PERFORMANCE.md: 70% scored (empty
 * message), 23% incomplete ({@code missing wemwbs_2, wemwbs_5}), 7% invalid ({@code wemwbs_3: 6 is outside
 * 1..5}), and one invalid row in a thousand whose cell is an NHS number. {@code buildMessages} makes each row's
 * message the way the command line does (the baseline); {@code buildAndMaskMessages} adds the mask.
 * {@code maskOneNumber} masks one message that holds a number, the only case that allocates.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class MaskingBenchmark {

    /** Rows per invocation. */
    public static final int ROWS = 4096;

    private static final byte SCORED = 0;
    private static final byte INCOMPLETE = 1;
    private static final byte INVALID = 2;

    private final byte[] status = new byte[ROWS];
    private final String[] cells = new String[ROWS];
    private String withNumber = "";

    /** Builds the seeded rows. */
    @Setup
    public void setUp() {
        Random random = new Random(20261206L);
        String number = NhsNumber.parse("996 030 8243").value();
        for (int r = 0; r < ROWS; r++) {
            int roll = random.nextInt(1000);
            status[r] = roll < 700 ? SCORED : roll < 930 ? INCOMPLETE : INVALID;
            cells[r] = roll == 999 ? number : Integer.toString(6 + random.nextInt(4));
        }
        withNumber = "swemwbs_1: " + number + " is outside 1..5";
    }

    /**
     * The messages alone, as the command line builds them: the baseline.
     *
     * @param sink consumes each message
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void buildMessages(Blackhole sink) {
        for (int r = 0; r < ROWS; r++) {
            sink.consume(message(r));
        }
    }

    /**
     * The messages, masked.
     *
     * @param sink consumes each message
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void buildAndMaskMessages(Blackhole sink) {
        for (int r = 0; r < ROWS; r++) {
            sink.consume(PersonalData.mask(message(r)));
        }
    }

    /**
     * One message that holds an NHS number.
     *
     * @return the masked message
     */
    @Benchmark
    public String maskOneNumber() {
        return PersonalData.mask(withNumber);
    }

    private String message(int r) {
        switch (status[r]) {
            case INCOMPLETE:
                return "missing wemwbs_2, wemwbs_5";
            case INVALID:
                return "wemwbs_3: " + cells[r] + " is outside 1..5";
            default:
                return "";
        }
    }
}
