package org.socialprescribing.measures;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * A table that converts every integer raw score {@code firstRaw..lastRaw} to an exact decimal score, e.g. the
 * SWEMWBS raw-to-metric (Rasch) table. All converted values share one scale (number of decimals).
 */
@Value.Immutable
@SpStyle
public abstract class ConversionTable implements WithConversionTable {

    /** @return the name of the converted component, e.g. {@code metric}, never null */
    public abstract String name();

    /** @return the lowest raw score in the table */
    public abstract int firstRaw();

    /** @return the converted values for {@code firstRaw, firstRaw + 1, ...}, never empty */
    public abstract List<BigDecimal> values();

    /** @return where the table comes from, never null */
    public abstract Source source();

    /** @return the highest raw score in the table */
    public int lastRaw() {
        return firstRaw() + values().size() - 1;
    }

    /** @return the number of decimals every converted value has */
    public int scale() {
        return values().get(0).scale();
    }

    /**
     * Converts a raw score.
     *
     * @param raw the raw score, within {@code firstRaw..lastRaw}
     * @return the exact converted value, never null
     * @throws InvalidValueException if the raw score is not in the table
     */
    public BigDecimal convert(int raw) {
        if (raw < firstRaw() || raw > lastRaw()) {
            throw new InvalidValueException(
                    name(), String.valueOf(raw), "raw score must be within " + firstRaw() + ".." + lastRaw());
        }
        return values().get(raw - firstRaw());
    }

    @Value.Check
    void check() {
        if (values().isEmpty()) {
            throw new InvalidValueException(name(), "conversion table must not be empty");
        }
        if (values().stream().anyMatch(v -> v.scale() != scale())) {
            throw new InvalidValueException(name(), "every converted value must have " + scale() + " decimals");
        }
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
     * Builds {@code ConversionTable} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ConversionTable}'s rules say.
     */
    public static final class Builder extends ImmutableConversionTable.Builder {
        Builder() {}
    }
}
