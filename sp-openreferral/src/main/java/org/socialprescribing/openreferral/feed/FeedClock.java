package org.socialprescribing.openreferral.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a walk reads and the waits it makes, behind one interface so that tests can check the waits a feed
 * asks for (a {@code Retry-After} of an hour) without waiting.
 */
interface FeedClock {

    /** The system's clocks and {@link Thread#sleep(long)}. */
    FeedClock SYSTEM = new FeedClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration wait) throws InterruptedException {
            Thread.sleep(wait.toMillis());
        }
    };

    /** @return a monotonic time in nanoseconds, for deadlines */
    long nanoTime();

    /** @return the wall-clock time, for {@code Retry-After} dates when the answer has no {@code Date} */
    Instant now();

    /** Waits. */
    void sleep(Duration wait) throws InterruptedException;
}
