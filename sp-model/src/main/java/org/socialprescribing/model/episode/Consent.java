package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The person's consent to share information (PRSB "Consent for information sharing"): how it was given
 * (explicit or implied), for which purposes, with whom, when, and when it was withdrawn. PRSB notes that the legal
 * basis for the care itself is direct care; this consent is about sharing.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableConsent.class)
@JsonDeserialize(as = ImmutableConsent.class)
public interface Consent extends WithConsent {

    /**
     * @return the consent's id, if the recording system gave one: unique among the episode's consents, not blank; {@code
     *     SocialPrescribingEpisode.with...} finds the consent by it
     */
    Optional<String> id();

    /** @return explicit or implied, never null */
    ConsentBasis basis();

    /** @return what the consent covers, never empty */
    List<ConsentPurpose> purposes();

    /** @return the organisations information may be shared with; empty if not limited to named ones */
    List<OrganisationRef> sharedWith();

    /** @return when the consent was given or recorded, never null */
    Instant recordedAt();

    /** @return who recorded it, if known */
    Optional<ProfessionalRef> recordedBy();

    /** @return when the person withdrew it, if they did; not before {@link #recordedAt()} */
    Optional<Instant> withdrawnAt();

    /** @return the PRSB free-text consent statement, if any */
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
     * Whether the consent was in force at a moment: given by then and not yet withdrawn.
     *
     * @param moment the moment, not null
     * @return true if in force
     */
    default boolean isActiveAt(Instant moment) {
        return !moment.isBefore(recordedAt())
                && withdrawnAt().map(moment::isBefore).orElse(true);
    }

    /**
     * Whether the consent covers a purpose and is in force at a moment.
     *
     * @param purpose the purpose, not null
     * @param moment the moment, not null
     * @return true if it covers the purpose then
     */
    default boolean covers(ConsentPurpose purpose, Instant moment) {
        return purposes().contains(purpose) && isActiveAt(moment);
    }

    /** Structural invariant: a purpose, and withdrawal after recording. */
    @Value.Check
    default void check() {
        if (purposes().isEmpty()) {
            throw new InvalidValueException("consent.purposes", "must name at least one purpose");
        }
        withdrawnAt().filter(withdrawn -> withdrawn.isBefore(recordedAt())).ifPresent(withdrawn -> {
            throw new InvalidValueException(
                    "consent.withdrawnAt", withdrawn.toString(), "must not be before " + recordedAt());
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
     * Builds {@code Consent} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Consent}'s rules say.
     */
    final class Builder extends ImmutableConsent.Builder {
        Builder() {}
    }
}
