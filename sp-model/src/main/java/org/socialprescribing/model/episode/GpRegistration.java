package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.org.GpPractice;

/**
 * The person's registration with a GP practice (PRSB "GP practice" entry: GP name, practice details, the practice
 * identifier, which is mandatory, and the opt-out indicator). PRSB allows temporary registrations beside the
 * permanent one.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableGpRegistration.class)
@JsonDeserialize(as = ImmutableGpRegistration.class)
public interface GpRegistration extends WithGpRegistration {

    /** @return the practice, never null */
    GpPractice practice();

    /** @return the name of the person's usual GP, if recorded */
    Optional<String> gpName();

    /** @return true for a temporary registration; false unless set */
    @Value.Default
    default boolean temporary() {
        return false;
    }

    /** @return the data-sharing opt-out finding (PRSB: SNOMED 1092961000000104 or 1092941000000100), if recorded */
    Optional<CodedConcept> optOut();

    /**
     * A permanent registration with a practice.
     *
     * @param practice the practice, not null
     * @return the registration, never null
     */
    static GpRegistration at(GpPractice practice) {
        return builder().practice(practice).build();
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
     * Builds {@code GpRegistration} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code GpRegistration}'s rules say.
     */
    final class Builder extends ImmutableGpRegistration.Builder {
        Builder() {}
    }
}
