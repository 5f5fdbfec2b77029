package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.Recorded;
import org.socialprescribing.model.workforce.ProfessionalDetails;

/**
 * Who made the referral (PRSB "Referrer details", 1..1 mandatory). PRSB makes name, service, organisation and
 * contact details mandatory; that is a completeness rule ({@code CompleteForPrsb}), not an invariant, so that a
 * referrer known only as an organisation can be recorded. A referrer says who or what it is: at least a name, role,
 * team, service, organisation or contact. Name and contact, when present, are not blank. "The referrer may be the
 * person themselves". Name and contact never appear in {@code toString()}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableReferrer.class)
@JsonDeserialize(as = ImmutableReferrer.class)
public interface Referrer extends ProfessionalDetails, WithReferrer {

    /** @return the referrer's name (PRSB: 70 characters, mandatory), if recorded */
    @Value.Redacted
    @Recorded(code = ModelIssueCode.REFERRER_NAME_MISSING, groups = CompleteForPrsb.class)
    Optional<String> name();

    /**
     * The referrer's service, from PRSB's Services refset 1127531000000102 or free text.
     *
     * @return the service (PRSB mandatory), if recorded
     */
    @Recorded(code = ModelIssueCode.REFERRER_SERVICE_MISSING, groups = CompleteForPrsb.class)
    Optional<CodedText> service();

    /** @return the referrer's organisation, by ODS code or name (PRSB mandatory), if recorded */
    @Recorded(code = ModelIssueCode.REFERRER_ORGANISATION_MISSING, groups = CompleteForPrsb.class)
    Optional<OrganisationRef> organisation();

    /** @return how to contact the referrer (PRSB: 70 characters, mandatory), if recorded */
    @Value.Redacted
    @Recorded(code = ModelIssueCode.REFERRER_CONTACT_MISSING, groups = CompleteForPrsb.class)
    Optional<String> contact();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: the referrer says who or what it is, and no text is blank. */
    @Value.Check
    default void check() {
        if (name().isEmpty()
                && role().isEmpty()
                && team().isEmpty()
                && service().isEmpty()
                && organisation().isEmpty()
                && contact().isEmpty()) {
            throw new InvalidValueException("referrer", "needs a name, role, team, service, organisation or contact");
        }
        if (name().filter(String::isBlank).isPresent()) {
            throw new InvalidValueException("referrer.name", "must not be blank when present");
        }
        if (contact().filter(String::isBlank).isPresent()) {
            throw new InvalidValueException("referrer.contact", "must not be blank when present");
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
     * Builds {@code Referrer} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Referrer}'s rules say.
     */
    final class Builder extends ImmutableReferrer.Builder {
        Builder() {}
    }
}
