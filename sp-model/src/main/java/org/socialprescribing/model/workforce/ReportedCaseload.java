package org.socialprescribing.model.workforce;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * How many people a link worker reports supporting over a period. Descriptive data only: the report recommends
 * that payments are "not conditional on firm targets for link worker caseloads / throughput" (L3400-3406), and no
 * source here gives a caseload norm, so the SDK validates no caseload against a target.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableReportedCaseload.class)
@JsonDeserialize(as = ImmutableReportedCaseload.class)
public interface ReportedCaseload extends WithReportedCaseload {

    /** @return the number of people supported in the period, never negative */
    int people();

    /** @return the first day of the period, never null */
    LocalDate from();

    /** @return the last day of the period, never before {@link #from()} */
    LocalDate to();

    /**
     * A reported caseload.
     *
     * @param people the number of people, not negative
     * @param from the first day, not null
     * @param to the last day, not before {@code from}
     * @return the caseload, never null
     * @throws InvalidValueException if people is negative or the period ends before it starts
     */
    static ReportedCaseload of(int people, LocalDate from, LocalDate to) {
        return builder().people(people).from(from).to(to).build();
    }

    /** Structural invariant: a count and a period that make sense. */
    @Value.Check
    default void check() {
        if (people() < 0) {
            throw new InvalidValueException("caseload.people", String.valueOf(people()), "must not be negative");
        }
        if (to().isBefore(from())) {
            throw new InvalidValueException("caseload.to", to().toString(), "must not be before " + from());
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
     * Builds {@code ReportedCaseload} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ReportedCaseload}'s rules say.
     */
    final class Builder extends ImmutableReportedCaseload.Builder {
        Builder() {}
    }
}
