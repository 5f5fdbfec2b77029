package org.socialprescribing.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;

/**
 * Who a service is for: an age range in whole years (HSDS {@code minimum_age}, {@code maximum_age}; e.g.
 * providers that work "only ... over the age of 18", report L2499-2500), conditions or circumstances, and a
 * description for anything else (FHIR {@code HealthcareService.eligibility}).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableEligibility.class)
@JsonDeserialize(as = ImmutableEligibility.class)
public interface Eligibility extends WithEligibility {

    /** @return the youngest age served, in whole years, if limited; not negative */
    Optional<Integer> minimumAge();

    /** @return the oldest age served, in whole years, if limited; not below the minimum */
    Optional<Integer> maximumAge();

    /** @return conditions or circumstances the service is for, e.g. a cancer diagnosis or being a carer */
    List<CodedText> conditions();

    /** @return eligibility in words, if given */
    Optional<String> description();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a person of this age is within the age range.
     *
     * @param age the age in whole years
     * @return true if no limit excludes it
     */
    default boolean admitsAge(int age) {
        return minimumAge().map(min -> age >= min).orElse(true)
                && maximumAge().map(max -> age <= max).orElse(true);
    }

    /** Structural invariant: ages are not negative and the range is not empty. */
    @Value.Check
    default void check() {
        minimumAge().filter(age -> age < 0).ifPresent(age -> {
            throw new InvalidValueException("minimumAge", String.valueOf(age), "must not be negative");
        });
        maximumAge().filter(age -> age < minimumAge().orElse(0)).ifPresent(age -> {
            throw new InvalidValueException(
                    "maximumAge", String.valueOf(age), "must not be below the minimum age or negative");
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
     * Builds {@code Eligibility} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Eligibility}'s rules say.
     */
    final class Builder extends ImmutableEligibility.Builder {
        Builder() {}
    }
}
