package org.socialprescribing.model.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.id.OdsCode;

/**
 * A reference to an organisation as the PRSB standard records one: an ODS code, free text (a name), or both
 * (PRSB "Organisation": "ODS 3-5, or free text"). VCSE groups without an ODS code are named.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableOrganisationRef.class)
@JsonDeserialize(as = ImmutableOrganisationRef.class)
public interface OrganisationRef extends WithOrganisationRef {

    /** @return the organisation's ODS code, if it has one */
    Optional<OdsCode> odsCode();

    /** @return the organisation's name, if given */
    Optional<String> name();

    /**
     * A reference by ODS code.
     *
     * @param odsCode the code, not null
     * @return the reference, never null
     */
    static OrganisationRef of(OdsCode odsCode) {
        return builder().odsCode(odsCode).build();
    }

    /**
     * A reference by name only.
     *
     * @param name the name, not null
     * @return the reference, never null
     */
    static OrganisationRef named(String name) {
        return builder().name(name).build();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: an ODS code, a name or both. */
    @Value.Check
    default void check() {
        if (odsCode().isEmpty() && name().isEmpty()) {
            throw new InvalidValueException("organisation", "needs an ODS code, a name or both");
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
     * Builds {@code OrganisationRef} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrganisationRef}'s rules say.
     */
    final class Builder extends ImmutableOrganisationRef.Builder {
        Builder() {}
    }
}
