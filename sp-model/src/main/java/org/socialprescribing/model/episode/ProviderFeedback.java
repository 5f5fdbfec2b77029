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
 * What a provider reported back about an onward referral: the "ongoing dialogue and feedback" commissioners are
 * asked to enable (report L3640-3645). Free text, with an optional coded outcome.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableProviderFeedback.class)
@JsonDeserialize(as = ImmutableProviderFeedback.class)
public interface ProviderFeedback extends WithProviderFeedback {

    /** @return when the feedback was given, never null */
    Instant at();

    /** @return who gave it, if named */
    Optional<ProfessionalRef> from();

    /** @return the feedback, never null */
    @Value.Redacted
    String text();

    /** @return an outcome, coded (PRSB: Healthcare matters refset) or free text, if given */
    Optional<CodedText> outcome();

    /**
     * Feedback as text only.
     *
     * @param at when, not null
     * @param text the feedback, not null
     * @return the feedback, never null
     */
    static ProviderFeedback of(Instant at, String text) {
        return builder().at(at).text(text).build();
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
     * Builds {@code ProviderFeedback} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ProviderFeedback}'s rules say.
     */
    final class Builder extends ImmutableProviderFeedback.Builder {
        Builder() {}
    }
}
