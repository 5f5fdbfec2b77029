package org.socialprescribing.measures.change;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** A two-sided confidence interval for a mean, with its level (e.g. 0.95). */
@Value.Immutable
@SpStyle
public interface ConfidenceInterval extends WithConfidenceInterval {

    /** @return the confidence level, e.g. 0.95 */
    double level();

    /** @return the lower limit */
    double lower();

    /** @return the upper limit */
    double upper();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code ConfidenceInterval} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ConfidenceInterval}'s rules say.
     */
    final class Builder extends ImmutableConfidenceInterval.Builder {
        Builder() {}
    }
}
