package org.socialprescribing.openreferral;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A place where services are delivered: a building, a postal address or a virtual place such as a website.
 *
 * <p>JSON: the HSDS {@code location} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukLocation extends OrukRecord, WithOrukLocation {

    /** @return {@code id}: the identifier of the location (a UUID in HSDS), never null */
    String id();

    /** @return {@code location_type}: whether the location is physical, postal or virtual, never null */
    OrukLocationType locationType();

    /** @return {@code name}: the name of the location, or empty if absent */
    Optional<String> name();

    /** @return {@code description}: the location, in free text, or empty if absent */
    Optional<String> description();

    /**
     * @return {@code latitude}: the latitude in decimal degrees (WGS 84), as written in the JSON, or empty if absent
     */
    Optional<BigDecimal> latitude();

    /**
     * @return {@code longitude}: the longitude in decimal degrees (WGS 84), as written in the JSON, or empty if absent
     */
    Optional<BigDecimal> longitude();

    /**
     * @return {@code external_identifier}: an identifier of the location in another scheme, such as a UPRN, or empty if
     *     absent
     */
    Optional<String> externalIdentifier();

    /**
     * @return {@code external_identifier_type}: the scheme of the external identifier, such as {@code UPRN}, or empty
     *     if absent
     */
    Optional<String> externalIdentifierType();

    /** @return {@code addresses}: the location's addresses, in document order, never null */
    List<OrukAddress> addresses();

    /** @return {@code accessibility}: arrangements for access by disabled people, in document order, never null */
    List<OrukAccessibility> accessibility();

    /**
     * @return {@code phones}: the location's phone numbers (HSDS 3.0 core; not in the compiled UK profile), in document
     *     order, never null
     */
    List<OrukPhone> phones();

    /** @return {@code attributes}: taxonomy terms that classify the location, in document order, never null */
    List<OrukAttribute> attributes();

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
     * Builds {@code OrukLocation} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukLocation}'s rules say.
     */
    final class Builder extends ImmutableOrukLocation.Builder {
        Builder() {}
    }
}
