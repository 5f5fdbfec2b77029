package org.socialprescribing.openreferral.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock for tests: the system's time plus an offset that waits add to instead of waiting, and that a test can
 * move on, so a walk can be made to spend an hour in no time. It records the waits asked for.
 */
final class TestClock implements FeedClock {

    private final AtomicLong offsetNanos = new AtomicLong();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return System.nanoTime() + offsetNanos.get();
    }

    @Override
    public Instant now() {
        return Instant.now().plusNanos(offsetNanos.get());
    }

    @Override
    public void sleep(Duration wait) {
        sleeps.add(wait);
        advance(wait);
    }

    /** Moves the clock on. */
    void advance(Duration duration) {
        offsetNanos.addAndGet(duration.toNanos());
    }

    /** @return every wait asked for, in order */
    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
