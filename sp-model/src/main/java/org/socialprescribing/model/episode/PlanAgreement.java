package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * Whether the person (or their representative) agreed the support plan (PRSB "Agreed with person/representative":
 * boolean, full name, role). If agreement was not possible, PRSB asks to record why (capacity, best interests), so
 * a plan that was not agreed must say why.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePlanAgreement.class)
@JsonDeserialize(as = ImmutablePlanAgreement.class)
public interface PlanAgreement extends WithPlanAgreement {

    /** @return true if the plan was agreed */
    boolean agreed();

    /** @return the full name of who agreed it, if it was a representative or recorded */
    @Value.Redacted
    Optional<String> agreedBy();

    /** @return the role of who agreed it, e.g. "the person" or "lasting power of attorney", if recorded */
    Optional<String> role();

    /** @return why agreement was not possible; present exactly when not agreed */
    Optional<String> reasonNotAgreed();

    /**
     * Agreement by the person themselves.
     *
     * @return the agreement, never null
     */
    static PlanAgreement byThePerson() {
        return builder().agreed(true).build();
    }

    /**
     * No agreement, with the reason.
     *
     * @param reason why agreement was not possible, not null
     * @return the record, never null
     */
    static PlanAgreement notAgreed(String reason) {
        return builder().agreed(false).reasonNotAgreed(reason).build();
    }

    /** Structural invariant: a reason exactly when not agreed. */
    @Value.Check
    default void check() {
        if (agreed() == reasonNotAgreed().isPresent()) {
            throw new InvalidValueException(
                    "agreement.reasonNotAgreed",
                    agreed() ? "must be absent when agreed" : "is mandatory when not agreed");
        }
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
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@code PlanAgreement} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code PlanAgreement}'s rules say.
     */
    final class Builder extends ImmutablePlanAgreement.Builder {
        Builder() {}
    }
}
