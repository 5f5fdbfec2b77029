package org.socialprescribing.measures;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * An instrument whose score the SDK must not compute, e.g. PAM, whose owner does not disclose the algorithm. A score
 * supplied by the licensed owner can be stored with its provenance; the {@linkplain #reason() reason} says why the
 * SDK does not score it.
 */
@Value.Immutable
@SpStyle
public interface RecordOnly extends ScoringRule, WithRecordOnly {

    /** @return why the SDK does not compute this score, with its source, never null */
    String reason();

    @Override
    default String kind() {
        return "record_only";
    }

    /**
     * Creates the rule.
     *
     * @param reason why the SDK does not compute the score, not null
     * @return the rule, never null
     */
    static RecordOnly because(String reason) {
        return builder().reason(reason).build();
    }

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
     * Builds {@code RecordOnly} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code RecordOnly}'s rules say.
     */
    final class Builder extends ImmutableRecordOnly.Builder {
        Builder() {}
    }
}
