package org.socialprescribing.openreferral.feed;

import java.time.Duration;

/** When a walk's time budget runs out, on a monotonic clock. Not thread-safe: one per walk. */
final class Deadline {

    private final FeedClock clock;
    private final Duration budget;
    private final long budgetNanos;
    private final long start;

    private Deadline(FeedClock clock, Duration budget) {
        this.clock = clock;
        this.budget = budget;
        long nanos;
        try {
            nanos = budget.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE; // about 292 years: no end in practice
        }
        this.budgetNanos = nanos;
        this.start = clock.nanoTime();
    }

    /** @return a deadline that ends {@code budget} from now */
    static Deadline after(FeedClock clock, Duration budget) {
        return new Deadline(clock, budget);
    }

    /** @return the whole budget */
    Duration budget() {
        return budget;
    }

    /** @return the time left, zero once the budget is spent */
    Duration remaining() {
        // Differences of nanoTime values, never the values themselves, as System.nanoTime requires.
        long elapsed = clock.nanoTime() - start;
        return Duration.ofNanos(Math.max(0, budgetNanos - Math.max(0, elapsed)));
    }

    /** @return whether the budget is spent */
    boolean passed() {
        return remaining().isZero();
    }
}
