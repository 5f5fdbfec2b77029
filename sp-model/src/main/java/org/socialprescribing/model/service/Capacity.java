package org.socialprescribing.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * Whether a service can take more people, so that link workers do not refer into a full service (35% of
 * organisations had "no additional capacity", report L2024-2028). Corresponds to the draft capacity-status
 * extension of the Gravity SDOH Clinical Care IG (STU3) on {@code HealthcareService}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableCapacity.class)
@JsonDeserialize(as = ImmutableCapacity.class)
public interface Capacity extends WithCapacity {

    /** @return true if the service currently accepts new referrals or people */
    boolean acceptingReferrals();

    /** @return the number of places free, if the service counts them; not negative */
    Optional<Integer> availablePlaces();

    /** @return when this was last confirmed, if known */
    Optional<Instant> asOf();

    /**
     * A capacity statement without a count.
     *
     * @param acceptingReferrals whether the service accepts referrals
     * @return the capacity, never null
     */
    static Capacity of(boolean acceptingReferrals) {
        return builder().acceptingReferrals(acceptingReferrals).build();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: no negative count. */
    @Value.Check
    default void check() {
        availablePlaces().filter(places -> places < 0).ifPresent(places -> {
            throw new InvalidValueException("availablePlaces", String.valueOf(places), "must not be negative");
        });
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
     * Builds {@code Capacity} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Capacity}'s rules say.
     */
    final class Builder extends ImmutableCapacity.Builder {
        Builder() {}
    }
}
