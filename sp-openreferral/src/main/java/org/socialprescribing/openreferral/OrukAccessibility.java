package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * Arrangements for access to a location by disabled people.
 *
 * <p>JSON: the HSDS {@code accessibility} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukAccessibility extends OrukRecord, WithOrukAccessibility {

    /** @return {@code id}: the identifier of the accessibility entry (a UUID in HSDS), never null */
    String id();

    /** @return {@code location_id}: the identifier of the location, or empty if absent */
    Optional<String> locationId();

    /** @return {@code description}: the help or facilities available, in free text, or empty if absent */
    Optional<String> description();

    /** @return {@code details}: further details of the arrangements, or empty if absent */
    Optional<String> details();

    /** @return {@code url}: the URL of a page about access to the location, or empty if absent */
    Optional<String> url();

    /** @return {@code attributes}: taxonomy terms that classify the arrangements, in document order, never null */
    List<OrukAttribute> attributes();

    /**
     * @return {@code accessibility}: the help or facilities available, in free text (a UK profile property), or empty
     *     if absent
     */
    Optional<String> accessibility();

    /**
     * @return {@code metadata}: the audit trail of changes to this record (HSDS 3.0 core; not in the compiled UK
     *     profile), in document order, never null
     */
    List<OrukMetadata> metadata();

    /** @return a new builder, never null */
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
     * Builds {@code OrukAccessibility} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukAccessibility}'s rules say.
     */
    final class Builder extends ImmutableOrukAccessibility.Builder {
        Builder() {}
    }
}
