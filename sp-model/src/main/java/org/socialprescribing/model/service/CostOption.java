package org.socialprescribing.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * What a service costs the person, one option at a time: HSDS 3.0 {@code cost_option} (option, amount, currency,
 * amount description, validity). An amount of zero means free.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableCostOption.class)
@JsonDeserialize(as = ImmutableCostOption.class)
public interface CostOption extends WithCostOption {

    /** @return what the option is, e.g. "per session" or "concessions", if given */
    Optional<String> option();

    /** @return the amount, if given; not negative; zero for free */
    Optional<BigDecimal> amount();

    /** @return the currency of the amount; pounds sterling unless given */
    @Value.Default
    default Currency currency() {
        return Currency.getInstance("GBP");
    }

    /** @return the cost in words, e.g. "pay what you can", if given */
    Optional<String> amountDescription();

    /** @return the first day the option applies, if limited */
    Optional<LocalDate> validFrom();

    /** @return the last day the option applies, if limited */
    Optional<LocalDate> validTo();

    /**
     * A free option.
     *
     * @return an option with amount zero, never null
     */
    static CostOption free() {
        return builder().amount(BigDecimal.ZERO).build();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: no negative amount, validity runs forwards. */
    @Value.Check
    default void check() {
        amount().filter(amount -> amount.signum() < 0).ifPresent(amount -> {
            throw new InvalidValueException("cost.amount", amount.toPlainString(), "must not be negative");
        });
        if (validFrom().isPresent()
                && validTo().isPresent()
                && validTo().get().isBefore(validFrom().get())) {
            throw new InvalidValueException(
                    "cost.validTo",
                    validTo().get().toString(),
                    "must not be before " + validFrom().get());
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
     * Builds {@code CostOption} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code CostOption}'s rules say.
     */
    final class Builder extends ImmutableCostOption.Builder {
        Builder() {}
    }
}
