package org.socialprescribing.report;

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
 * One flow of money for social prescribing: its source, amount in pounds sterling, the days it pays for and who
 * received it. The ledger spreads the amount evenly over those days (see {@code docs/reports.md}). JSON form (one
 * object of the array that {@link FundingFlows#read(String)} reads):
 *
 * <pre>{@code
 * {"source": "grant", "amount": 1200.00, "periodStart": "2025-01-01", "periodEnd": "2025-03-31",
 *  "recipient": {"name": "Riverside Friends", "charityNumber": "1199001"},
 *  "funder": "Riverside Community Foundation", "reference": "RCF-25-01"}
 * }</pre>
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableFundingFlow.class)
@JsonDeserialize(as = ImmutableFundingFlow.class)
public interface FundingFlow extends WithFundingFlow {

    /** The only currency the ledger adds up. */
    Currency GBP = Currency.getInstance("GBP");

    /** @return the funding mechanism, never null */
    FundingSource source();

    /** @return the amount, exact, not negative, at most two decimal places (pence) */
    BigDecimal amount();

    /** @return the currency of the amount: pounds sterling, the only one accepted */
    @Value.Default
    default Currency currency() {
        return GBP;
    }

    /** @return the first day the money pays for, never null */
    LocalDate periodStart();

    /** @return the last day the money pays for (inclusive), never before {@link #periodStart()} */
    LocalDate periodEnd();

    /** @return who received the money, never null */
    FundingRecipient recipient();

    /** @return who gave it (an ICB, a council, a trust), if recorded */
    Optional<String> funder();

    /** @return the funder's or recipient's reference for the award, if any */
    Optional<String> reference();

    /** @return a note, e.g. what an {@code other} source is, if any */
    Optional<String> note();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * The number of days the flow pays for.
     *
     * @return the days, at least 1
     */
    default long days() {
        return periodEnd().toEpochDay() - periodStart().toEpochDay() + 1;
    }

    /** Structural invariant: pounds and pence, not negative, a period that runs forwards. */
    @Value.Check
    default void check() {
        if (!GBP.equals(currency())) {
            throw new InvalidValueException(
                    "funding.currency", currency().getCurrencyCode(), "must be GBP: the ledger adds up pounds only");
        }
        if (amount().signum() < 0) {
            throw new InvalidValueException("funding.amount", amount().toPlainString(), "must not be negative");
        }
        if (amount().stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(
                    "funding.amount", amount().toPlainString(), "must be pounds and pence (at most 2 decimals)");
        }
        if (periodEnd().isBefore(periodStart())) {
            throw new InvalidValueException(
                    "funding.periodEnd", periodEnd().toString(), "must not be before periodStart " + periodStart());
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
     * Builds {@code FundingFlow} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code FundingFlow}'s rules say.
     */
    final class Builder extends ImmutableFundingFlow.Builder {
        Builder() {}
    }
}
