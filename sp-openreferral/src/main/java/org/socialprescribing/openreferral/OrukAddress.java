package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A postal or physical address of a location.
 *
 * <p>JSON: the HSDS {@code address} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukAddress extends OrukRecord, WithOrukAddress {

    /** @return {@code id}: the identifier of the address (a UUID in HSDS), never null */
    String id();

    /** @return {@code location_id}: the identifier of the location at this address, or empty if absent */
    Optional<String> locationId();

    /**
     * @return {@code attention}: the person or body to whose attention post is sent ("care of"); hidden by {@code
     *     toString()}, or empty if absent
     */
    @Value.Redacted
    Optional<String> attention();

    /** @return {@code address_1}: the first line(s) of the address: building and street, never null */
    String address1();

    /** @return {@code city}: the town or city, never null */
    String city();

    /** @return {@code region}: the region, or empty if absent */
    Optional<String> region();

    /** @return {@code state_province}: the state or province (in the UK, often the county), never null */
    String stateProvince();

    /** @return {@code postal_code}: the postcode, never null */
    String postalCode();

    /** @return {@code country}: the country, as an ISO 3166-1 alpha-2 code such as {@code GB}, never null */
    String country();

    /** @return {@code address_type}: whether the address is physical, postal or virtual, never null */
    OrukAddressType addressType();

    /** @return {@code attributes}: taxonomy terms that classify the address, in document order, never null */
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
     * Builds {@code OrukAddress} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukAddress}'s rules say.
     */
    final class Builder extends ImmutableOrukAddress.Builder {
        Builder() {}
    }
}
