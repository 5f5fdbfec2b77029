package org.socialprescribing.model.person;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * An age band in whole years, supplied by the caller. The SDK defines no bands of its own because no source
 * used here publishes official bands for social prescribing reporting; callers pass the bands of their own
 * report (e.g. {@code AgeBand.of(18, 24)} ... {@code AgeBand.atLeast(65)}) to {@link Person#ageBandOn}.
 */
public final class AgeBand {

    private final int from;
    private final @Nullable Integer to;

    private AgeBand(int from, @Nullable Integer to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Creates a closed band.
     *
     * @param from the lowest age in the band, 0 or more
     * @param to the highest age in the band, at least {@code from}
     * @return the band, never null
     * @throws InvalidValueException if {@code from} is negative or {@code to} is below it
     */
    public static AgeBand of(int from, int to) {
        checkFrom(from);
        if (to < from) {
            throw new InvalidValueException("ageBand", from + "-" + to, "must not end before it starts");
        }
        return new AgeBand(from, to);
    }

    /**
     * Creates an open band, e.g. 65 and over.
     *
     * @param from the lowest age in the band, 0 or more
     * @return the band, never null
     * @throws InvalidValueException if {@code from} is negative
     */
    public static AgeBand atLeast(int from) {
        checkFrom(from);
        return new AgeBand(from, null);
    }

    private static void checkFrom(int from) {
        if (from < 0) {
            throw new InvalidValueException("ageBand", Integer.toString(from), "must not start below 0");
        }
    }

    /**
     * Whether an age falls in the band.
     *
     * @param age the age in whole years
     * @return true if the band contains it
     */
    public boolean contains(int age) {
        return age >= from && (to == null || age <= to);
    }

    /** @return the band as people write it, e.g. {@code 18-24} or {@code 65+}, never null */
    public String label() {
        return to == null ? from + "+" : from + "-" + to;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgeBand)) {
            return false;
        }
        AgeBand that = (AgeBand) other;
        return from == that.from && Objects.equals(to, that.to);
    }

    @Override
    public int hashCode() {
        return 31 * from + (to == null ? -1 : to);
    }

    @Override
    public String toString() {
        return "AgeBand[" + label() + "]";
    }
}
