package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.Recorded;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The referral to the social prescribing service (PRSB "Referral details" with the "Presenting complaints or
 * issues" the referrer sends): who referred, from where and how, when, the person's needs and concerns as the
 * referrer perceives them, urgency, consent to share and whether the person may be contacted directly.
 *
 * <p>Every item is optional, because real referrals arrive incomplete (a referrer known only as an organisation, no
 * referral source). PRSB's mandatory items (the referrer, whom the referral is to) are checked by {@code
 * CompleteForPrsb}, the minimum dataset's by {@code CompleteForNationalDataset}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableReferral.class)
@JsonDeserialize(as = ImmutableReferral.class)
public interface Referral extends WithReferral {

    /** @return the referral's id in the sending or receiving system, if any */
    Optional<String> referralId();

    /** @return who referred (PRSB mandatory), if recorded */
    @Recorded(code = ModelIssueCode.REFERRAL_REFERRER_MISSING, groups = CompleteForPrsb.class)
    Optional<@Valid Referrer> referrer();

    /** @return the kind of source the referral came from, if recorded; required for the national dataset */
    @Recorded(code = ModelIssueCode.REFERRAL_SOURCE_MISSING, groups = CompleteForNationalDataset.class)
    Optional<ReferralSource> source();

    /** @return how it was sent, if known */
    Optional<ReferralMethod> method();

    /** @return when it was made (PRSB "Date"), if known; required for the national dataset */
    @Recorded(code = ModelIssueCode.REFERRAL_REFERRED_AT_MISSING, groups = CompleteForNationalDataset.class)
    Optional<Instant> referredAt();

    /**
     * The person's needs and concerns as the referrer perceives them (PRSB "Presenting complaint or issue"), coded
     * from the social prescribing needs and concerns refset 1373501000000105 where possible, otherwise free text.
     *
     * @return the needs and concerns, never null; at least one for the national dataset
     */
    @Recorded(code = ModelIssueCode.REFERRAL_PRESENTING_NEEDS_MISSING, groups = CompleteForNationalDataset.class)
    List<CodedText> presentingNeeds();

    /** @return concerns in the person's own words (PRSB "Person reported complaints or issues"), never null */
    List<String> personReportedNeeds();

    /** @return why social prescribing is appropriate (PRSB "Reason for referral", free text), if given */
    Optional<String> reasonForReferral();

    /** @return how soon it should be acted on, if stated */
    Optional<Urgency> urgency();

    /** @return the person's consent to share, as obtained by the referrer, if recorded */
    Optional<Consent> consentToShare();

    /**
     * Whether services must not contact the person directly, e.g. because of domestic abuse (the SDOH Clinical
     * Care IG's "contacting-subject-prohibited"). Contact then goes through the referrer.
     *
     * @return true if direct contact is not allowed; false unless set
     */
    @Value.Default
    default boolean doNotContact() {
        return false;
    }

    /** @return whom the referral is to (PRSB "Referral to", mandatory), if recorded */
    @Recorded(code = ModelIssueCode.REFERRAL_REFERRED_TO_MISSING, groups = CompleteForPrsb.class)
    Optional<ProfessionalRef> referredTo();

    /** @return whom to reply to, if not the referrer (PRSB "Return response to") */
    Optional<ProfessionalRef> returnResponseTo();

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
     * Builds {@code Referral} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Referral}'s rules say.
     */
    final class Builder extends ImmutableReferral.Builder {
        Builder() {}
    }
}
