package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The personalised care and support plan (PRSB "Care and support plan"): the person's strengths, and their needs,
 * each with goals, each with actions and activities: needs -> goals -> actions. Also whether the person agreed it,
 * when it was last updated, when it is reviewed and by whom.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableSupportPlan.class)
@JsonDeserialize(as = ImmutableSupportPlan.class)
public interface SupportPlan extends WithSupportPlan {

    /** @return the person's strengths (PRSB: Healthcare matters refset or free text), never null */
    List<CodedText> strengths();

    /** @return the needs, each with its goals and actions, never null */
    List<PlanNeed> needs();

    /** @return whether the person agreed the plan, if recorded */
    Optional<PlanAgreement> agreement();

    /** @return when the plan was last updated, if recorded */
    Optional<LocalDate> lastUpdated();

    /** @return when the plan is to be reviewed (PRSB, tagged 425268008), if planned */
    Optional<LocalDate> reviewDate();

    /** @return who is responsible for the review, if named */
    Optional<ProfessionalRef> reviewResponsibility();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Every goal in the plan, need by need.
     *
     * @return the goals, in plan order, never null
     */
    default List<Goal> allGoals() {
        return needs().stream().flatMap(need -> need.goals().stream()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Every action in the plan, goal by goal.
     *
     * @return the actions, in plan order, never null
     */
    default List<PlanAction> allActions() {
        return allGoals().stream().flatMap(goal -> goal.actions().stream()).collect(Collectors.toUnmodifiableList());
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
     * Builds {@code SupportPlan} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code SupportPlan}'s rules say.
     */
    final class Builder extends ImmutableSupportPlan.Builder {
        Builder() {}
    }
}
