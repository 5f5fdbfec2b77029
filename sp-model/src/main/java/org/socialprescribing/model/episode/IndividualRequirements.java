package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;

/**
 * The person's individual requirements (PRSB section of that name): reasonable adjustments (the flag is SNOMED
 * 1108111000000107, with the Accessible Information Standard refsets), impairments, mobility needs and anything
 * else, each coded or free text.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableIndividualRequirements.class)
@JsonDeserialize(as = ImmutableIndividualRequirements.class)
public interface IndividualRequirements extends WithIndividualRequirements {

    /** @return reasonable adjustments, never null */
    List<CodedText> reasonableAdjustments();

    /** @return impairments, never null */
    List<CodedText> impairments();

    /** @return mobility needs (PRSB refset 999002551000000108), never null */
    List<CodedText> mobility();

    /** @return other requirements, never null */
    List<CodedText> other();

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
     * Builds {@code IndividualRequirements} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code IndividualRequirements}'s rules say.
     */
    final class Builder extends ImmutableIndividualRequirements.Builder {
        Builder() {}
    }
}
