package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * An action or activity towards a goal (PRSB care and support plan "Actions and activities"): what (coded from the
 * social prescribing support refset 1373511000000107 where possible), who, when, strategies, status, the person's
 * confidence, and dates. An action that is an onward referral names it by id.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePlanAction.class)
@JsonDeserialize(as = ImmutablePlanAction.class)
public interface PlanAction extends WithPlanAction {

    /** @return what will be done, never null */
    CodedText what();

    /** @return who will do it, if named */
    Optional<ProfessionalRef> who();

    /** @return when (PRSB: year and month), if planned */
    Optional<YearMonth> when();

    /** @return suggested strategies, if any */
    Optional<String> strategies();

    /** @return where the action stands, if recorded */
    Optional<ActionStatus> status();

    /** @return the person's confidence they can do it, 1 to 10, if asked */
    Optional<Integer> confidence();

    /** @return the id of the {@link OnwardReferral} this action made, if it is one */
    Optional<String> onwardReferralId();

    /** @return when the action was last updated, if recorded */
    Optional<LocalDate> lastUpdated();

    /** @return when it is to be reviewed, if planned */
    Optional<LocalDate> reviewDate();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: confidence on the PRSB 1 to 10 scale. */
    @Value.Check
    default void check() {
        Checks.checkRating("action.confidence", confidence());
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
     * Builds {@code PlanAction} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code PlanAction}'s rules say.
     */
    final class Builder extends ImmutablePlanAction.Builder {
        Builder() {}
    }
}
