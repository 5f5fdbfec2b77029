package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.socialprescribing.spark.internal.EvenTextInputFormat;

/**
 * The split size of the CSV line path: a multiple of the parallelism of equal splits, none above the bound, as few
 * as that allows; and the bench's file, which Hadoop's 32 MB blocks cut into eleven full splits and a small one.
 */
class EvenSplitsTest {

    @Test
    void theBenchFile_makesTwelveEqualSplitsOnTwoCores() {
        long total = 366_100_597L;
        long size = EvenTextInputFormat.splitSize(total, 2, 32L << 20);
        assertThat(splits(total, size)).isEqualTo(12);
        assertThat(EvenTextInputFormat.splitSize(total, 1, 128L << 20)).isEqualTo(total / 3 + 1);
    }

    @Property
    void splitsAreTheSmallestMultipleOfTheParallelism_thatKeepsThemWithinTheBound(
            @ForAll @LongRange(min = 1, max = 1L << 36) long total,
            @ForAll @IntRange(min = 1, max = 512) int parallelism,
            @ForAll @LongRange(min = 1L << 20, max = 1L << 31) long maxBytes) {
        long size = EvenTextInputFormat.splitSize(total, parallelism, maxBytes);
        // total <= tasks * maxBytes, for the smallest multiple of the parallelism that allows it.
        long tasks = parallelism * ((total + (long) parallelism * maxBytes - 1) / ((long) parallelism * maxBytes));
        assertThat(size).isBetween(1L, maxBytes);
        assertThat((total + size - 1) / size).isLessThanOrEqualTo(tasks);
        if (total > 2 * tasks * tasks) {
            // Large enough for Hadoop's 10% slop on the last split not to merge two: exactly that many splits.
            assertThat(splits(total, size)).isEqualTo(tasks);
        }
    }

    @Property
    void oddInput_neverFails(
            @ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MAX_VALUE) long total,
            @ForAll int parallelism,
            @ForAll long maxBytes) {
        assertThat(EvenTextInputFormat.splitSize(total, parallelism, maxBytes)).isPositive();
    }

    /** How many splits Hadoop cuts a file of this size into (its 10% slop on the last split). */
    private static long splits(long total, long size) {
        long n = 0;
        long remaining = total;
        while ((double) remaining / size > 1.1) {
            remaining -= size;
            n++;
        }
        return remaining > 0 ? n + 1 : n;
    }
}
