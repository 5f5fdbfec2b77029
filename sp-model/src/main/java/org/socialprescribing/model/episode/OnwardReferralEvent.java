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
 * One status change of an onward referral: from (none for sending), to, when, who if known (a provider may report
 * without naming anyone), and why.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableOnwardReferralEvent.class)
@JsonDeserialize(as = ImmutableOnwardReferralEvent.class)
public interface OnwardReferralEvent extends StatusChange<OnwardReferralStatus>, WithOnwardReferralEvent {

    @Override
    Optional<OnwardReferralStatus> from();

    @Override
    OnwardReferralStatus to();

    @Override
    Instant at();

    /** @return who made the change, if known */
    Optional<ProfessionalRef> by();

    /** @return why, e.g. why the provider declined, if recorded */
    Optional<CodedText> reason();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static ImmutableOnwardReferralEvent.Builder builder() {
        return ImmutableOnwardReferralEvent.builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default ImmutableOnwardReferralEvent.Builder toBuilder() {
        return ImmutableOnwardReferralEvent.builder().mergeFrom(this);
    }
}
