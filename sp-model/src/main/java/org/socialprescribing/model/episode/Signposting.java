package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * Information given to the person about a service they can contact themselves (PRSB "Signpost details":
 * date, signpost to, reason). "Signposting ... is not a referral": nothing is sent to the service, so there is no
 * status, feedback or attendance.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableSignposting.class)
@JsonDeserialize(as = ImmutableSignposting.class)
public interface Signposting extends WithSignposting {

    /** @return the day the person was signposted, never null */
    LocalDate date();

    /** @return where they were signposted to (name, role, team, service, organisation, contact), if recorded */
    Optional<ProfessionalRef> to();

    /** @return the service's id in a service directory, if known */
    Optional<String> serviceDirectoryId();

    /** @return the kinds of support the service gives, never null */
    List<ServiceCategory> categories();

    /** @return why (PRSB: Health issues refset 1127581000000103 or free text), never null */
    List<CodedText> reasons();

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
     * Builds {@code Signposting} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Signposting}'s rules say.
     */
    final class Builder extends ImmutableSignposting.Builder {
        Builder() {}
    }
}
