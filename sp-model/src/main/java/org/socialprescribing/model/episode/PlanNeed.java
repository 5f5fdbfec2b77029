package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;

/**
 * A need, concern or problem in the support plan and the goals that address it (PRSB: needs coded from the social
 * prescribing needs and concerns refset 1373501000000105; "each goal links to specific needs and its actions").
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePlanNeed.class)
@JsonDeserialize(as = ImmutablePlanNeed.class)
public interface PlanNeed extends WithPlanNeed {

    /**
     * @return the need's id, if the recording system gave one: unique among the episode's plan needs, not blank; {@code
     *     SocialPrescribingEpisode.with...} finds the need by it
     */
    Optional<String> id();

    /** @return the need, coded or free text, never null */
    CodedText need();

    /** @return the goals for this need, never null */
    List<Goal> goals();

    /**
     * A need without goals yet.
     *
     * @param need the need, not null
     * @return the plan need, never null
     */
    static PlanNeed of(CodedText need) {
        return builder().need(need).build();
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
     * Builds {@code PlanNeed} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code PlanNeed}'s rules say.
     */
    final class Builder extends ImmutablePlanNeed.Builder {
        Builder() {}
    }
}
