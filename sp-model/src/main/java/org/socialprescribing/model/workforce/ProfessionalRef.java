package org.socialprescribing.model.workforce;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.org.OrganisationRef;

/**
 * A professional, service or team as the PRSB standard refers to one in "Referral to", "Signpost to", "Seen by"
 * and "Return response to": name, role, grade, team, specialty, service, organisation and contact, each optional.
 * At least a name, role, team, service or organisation is given. Name and contact never appear in
 * {@code toString()}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableProfessionalRef.class)
@JsonDeserialize(as = ImmutableProfessionalRef.class)
public interface ProfessionalRef extends ProfessionalDetails, WithProfessionalRef {

    /** @return the professional's name (PRSB: 70 characters), if known */
    @Value.Redacted
    Optional<String> name();

    /** @return the service, coded from PRSB's Services refset 1127531000000102 or free text, if known */
    Optional<CodedText> service();

    /** @return the organisation, if known */
    Optional<OrganisationRef> organisation();

    /** @return how to contact them, free text (PRSB: 70 characters), if known */
    @Value.Redacted
    Optional<String> contact();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A reference to a named professional in a role.
     *
     * @param name the name, not null
     * @param role the role, not null
     * @return the reference, never null
     */
    static ProfessionalRef of(String name, CodedText role) {
        return builder().name(name).role(role).build();
    }

    /** Structural invariant: the reference says who or what it refers to. */
    @Value.Check
    default void check() {
        if (name().isEmpty()
                && role().isEmpty()
                && team().isEmpty()
                && service().isEmpty()
                && organisation().isEmpty()) {
            throw new InvalidValueException("professional", "needs a name, role, team, service or organisation");
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
     * Builds {@code ProfessionalRef} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ProfessionalRef}'s rules say.
     */
    final class Builder extends ImmutableProfessionalRef.Builder {
        Builder() {}
    }
}
