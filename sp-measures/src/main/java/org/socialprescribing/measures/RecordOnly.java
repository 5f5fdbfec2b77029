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
public interface RecordOnly extends ScoringRule {

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
        return ImmutableRecordOnly.builder().reason(reason).build();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static ImmutableRecordOnly.Builder builder() {
        return ImmutableRecordOnly.builder();
    }
}
