package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.workforce.ProfessionalDetails;

/**
 * Who made the referral (PRSB "Referrer details", 1..1 mandatory). Name, service, organisation and contact details
 * are mandatory in the PRSB standard and therefore here; role, grade, team and specialty are optional. "The
 * referrer may be the person themselves". Name and contact never appear in {@code toString()}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableReferrer.class)
@JsonDeserialize(as = ImmutableReferrer.class)
public interface Referrer extends ProfessionalDetails {

    /** @return the referrer's name (PRSB: 70 characters), never null */
    @Value.Redacted
    @NotBlank
    String name();

    /** @return the referrer's service, from PRSB's Services refset 1127531000000102 or free text, never null */
    CodedText service();

    /** @return the referrer's organisation, by ODS code or name, never null */
    OrganisationRef organisation();

    /** @return how to contact the referrer (PRSB: 70 characters), never null */
    @Value.Redacted
    @NotBlank
    String contact();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static ImmutableReferrer.Builder builder() {
        return ImmutableReferrer.builder();
    }
}
