package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * One step of a referral's journey: the status it left (none for receipt), the status it entered, when, who made
 * the change if known (a referral received by a system, before any link worker is allocated, names no one) and,
 * optionally, why (for example the reason a referral was declined or put on hold).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableStatusEvent.class)
@JsonDeserialize(as = ImmutableStatusEvent.class)
public interface StatusEvent extends StatusChange<ReferralStatus>, WithStatusEvent {

    @Override
    Optional<ReferralStatus> from();

    @Override
    ReferralStatus to();

    @Override
    Instant at();

    /** @return who made the change, if known */
    Optional<ProfessionalRef> by();

    /** @return why, coded or free text, if recorded */
    Optional<CodedText> reason();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
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
     * Builds {@code StatusEvent} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code StatusEvent}'s rules say.
     */
    final class Builder extends ImmutableStatusEvent.Builder {
        Builder() {}
    }
}
