package org.socialprescribing.model.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.id.OdsCode;

/**
 * A local authority (council): a referral source, a provider of statutory services such as adult social care, and
 * a commissioner of social prescribing. Its ODS code is kept where one is held; no other registry identifier is
 * modelled because no source here specifies one.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableLocalAuthority.class)
@JsonDeserialize(as = ImmutableLocalAuthority.class)
public interface LocalAuthority extends WithLocalAuthority {

    /** @return the authority's name, never null */
    String name();

    /** @return the authority's ODS code, if held */
    Optional<OdsCode> odsCode();

    /**
     * A local authority known by name.
     *
     * @param name the name, not null
     * @return the authority, never null
     */
    static LocalAuthority named(String name) {
        return builder().name(name).build();
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
     * Builds {@code LocalAuthority} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code LocalAuthority}'s rules say.
     */
    final class Builder extends ImmutableLocalAuthority.Builder {
        Builder() {}
    }
}
