package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * The PRSB "Risks" section, mandatory (1..1, entries 1..*): either the known risks, or an explicit statement that
 * there are none ("No known risks" must be recordable). It is never left empty by accident.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableRisks.class)
@JsonDeserialize(as = ImmutableRisks.class)
public interface Risks extends WithRisks {

    /** @return true if it was checked and no risk is known; then {@link #entries()} is empty */
    boolean noKnownRisks();

    /** @return the known risks; not empty unless {@link #noKnownRisks()} */
    List<Risk> entries();

    /**
     * The explicit statement that no risk is known.
     *
     * @return the section, never null
     */
    static Risks noneKnown() {
        return builder().noKnownRisks(true).build();
    }

    /**
     * Known risks.
     *
     * @param first a risk, not null
     * @param more more risks, not null
     * @return the section, never null
     */
    static Risks of(Risk first, Risk... more) {
        return builder().noKnownRisks(false).addEntry(first).addEntries(more).build();
    }

    /** Structural invariant: risks, or the statement that there are none, never both or neither. */
    @Value.Check
    default void check() {
        if (noKnownRisks() != entries().isEmpty()) {
            throw new InvalidValueException(
                    "risks",
                    noKnownRisks()
                            ? "must not list risks when no risks are known"
                            : "must list a risk or state that no risks are known");
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
     * Builds {@code Risks} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Risks}'s rules say.
     */
    final class Builder extends ImmutableRisks.Builder {
        Builder() {}
    }
}
