package org.socialprescribing.measures;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.ScoreBand;

/**
 * Interpretation bands for an integer score, with their {@link Source}: contiguous, ascending, non-overlapping
 * ranges. A table covers exactly the score range it is attached to (checked when an instrument is built).
 */
@Value.Immutable
@SpStyle
public abstract class BandTable implements WithBandTable {

    /** @return the bands in ascending order, never empty */
    public abstract List<Band> bands();

    /** @return where the bands come from, never null */
    public abstract Source source();

    /** @return the lowest score the table covers */
    public int min() {
        return bands().get(0).min();
    }

    /** @return the highest score the table covers */
    public int max() {
        return bands().get(bands().size() - 1).max();
    }

    /**
     * The band a score falls in.
     *
     * @param score the score
     * @return the band, or empty if the score is outside the table
     */
    public Optional<Band> bandOf(int score) {
        return bands().stream()
                .filter(b -> score >= b.min() && score <= b.max())
                .findFirst();
    }

    /**
     * The band a score falls in, with its source, as reported in a score result.
     *
     * @param score the score
     * @return the band, or empty if the score is outside the table
     */
    public Optional<ScoreBand> scoreBandOf(int score) {
        return bandOf(score).map(b -> ScoreBand.of(b.code(), source().label()));
    }

    @Value.Check
    void check() {
        if (bands().isEmpty()) {
            throw new InvalidValueException("bands", "must not be empty");
        }
        for (int i = 1; i < bands().size(); i++) {
            Band previous = bands().get(i - 1);
            Band band = bands().get(i);
            if (band.min() != previous.max() + 1) {
                throw new InvalidValueException(
                        "bands." + band.code(),
                        String.valueOf(band.min()),
                        "must start right after band " + previous.code() + " (" + (previous.max() + 1) + ")");
            }
        }
        if (bands().stream().map(Band::code).distinct().count() != bands().size()) {
            throw new InvalidValueException("bands", "band codes must be unique");
        }
    }

    /**
     * Creates a table.
     *
     * @param source where the bands come from, not null
     * @param bands the bands in ascending order, contiguous, not empty
     * @return the table, never null
     * @throws InvalidValueException if the bands are empty, overlap, leave gaps or repeat a code
     */
    public static BandTable of(Source source, Band... bands) {
        return builder().source(source).addBands(bands).build();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code BandTable} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code BandTable}'s rules say.
     */
    public static final class Builder extends ImmutableBandTable.Builder {
        Builder() {}
    }
}
