package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * What matters to the person, in their own words: the PRSB "About me" section, every item free text. It "can be
 * included with the referral". Being personal, none of it appears in {@code toString()}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableWhatMatters.class)
@JsonDeserialize(as = ImmutableWhatMatters.class)
public interface WhatMatters extends WithWhatMatters {

    /** @return PRSB "What is most important to me", if given */
    @Value.Redacted
    Optional<String> mostImportantToMe();

    /** @return PRSB "People who are important to me", if given */
    @Value.Redacted
    Optional<String> importantPeople();

    /** @return PRSB "How I communicate and how to communicate with me", if given */
    @Value.Redacted
    Optional<String> communication();

    /** @return PRSB "My wellness", if given */
    @Value.Redacted
    Optional<String> wellness();

    /** @return PRSB "Please do and please don't", if given */
    @Value.Redacted
    Optional<String> pleaseDoAndDont();

    /** @return PRSB "How and when to support me", if given */
    @Value.Redacted
    Optional<String> howAndWhenToSupportMe();

    /** @return PRSB "Also worth knowing about me", if given */
    @Value.Redacted
    Optional<String> alsoWorthKnowing();

    /** @return PRSB "Supported to write this by", if given */
    @Value.Redacted
    Optional<String> supportedToWriteBy();

    /** @return PRSB multimedia link, if given */
    Optional<URI> multimediaLink();

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
     * Builds {@code WhatMatters} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code WhatMatters}'s rules say.
     */
    final class Builder extends ImmutableWhatMatters.Builder {
        Builder() {}
    }
}
