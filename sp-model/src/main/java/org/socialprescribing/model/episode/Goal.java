package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;

/**
 * A goal the person sets (PRSB care and support plan "Goals and hopes"): the goal, coded (PRSB: post-coordinated
 * under 410518001 Goal) or in the person's words, with its status, importance and confidence on PRSB's 1 to 10
 * scale, its dates, the outcomes reached and the actions towards it.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableGoal.class)
@JsonDeserialize(as = ImmutableGoal.class)
public interface Goal extends WithGoal {

    /**
     * @return the goal's id, if the recording system gave one: unique among the episode's goals, not blank; {@code
     *     SocialPrescribingEpisode.with...} finds the goal by it
     */
    Optional<String> id();

    /** @return the goal, never null */
    CodedText description();

    /** @return where the goal stands, never null */
    GoalStatus status();

    /** @return how important the goal is to the person, 1 to 10 (PRSB: decimal), if asked */
    Optional<BigDecimal> importance();

    /** @return the person's confidence they can reach it, 1 to 10, if asked */
    Optional<Integer> confidence();

    /** @return when the goal was set, if recorded */
    Optional<LocalDate> setOn();

    /** @return when the person hopes to reach it, if set */
    Optional<LocalDate> targetDate();

    /** @return when it is to be reviewed (PRSB review date, tagged 425268008), if planned */
    Optional<LocalDate> reviewDate();

    /** @return when the goal was achieved or ended, if it has; not before {@link #setOn()} */
    Optional<LocalDate> endedOn();

    /** @return outcomes reached (PRSB: Healthcare matters refset 1127601000000107 or free text), never null */
    List<CodedText> outcomes();

    /** @return the actions and activities towards the goal, never null */
    List<PlanAction> actions();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: ratings on the PRSB scale, dates in order. */
    @Value.Check
    default void check() {
        Checks.checkDecimalRating("goal.importance", importance());
        Checks.checkRating("goal.confidence", confidence());
        Checks.checkOrder("goal.endedOn", setOn(), endedOn());
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
     * Builds {@code Goal} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Goal}'s rules say.
     */
    final class Builder extends ImmutableGoal.Builder {
        Builder() {}
    }
}
