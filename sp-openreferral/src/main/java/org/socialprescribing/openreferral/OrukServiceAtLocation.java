package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A service delivered at one location: the link between the two, with either or both nested in full.
 *
 * <p>JSON: the HSDS {@code service_at_location} object as the Open Referral UK profile defines it. Build one with
 * {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukServiceAtLocation extends OrukRecord, WithOrukServiceAtLocation {

    /** @return {@code id}: the identifier of this link (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the service, or empty if absent */
    Optional<String> serviceId();

    /** @return {@code location_id}: the identifier of the location, or empty if absent */
    Optional<String> locationId();

    /**
     * @return {@code phones}: phone numbers for the service at this location (HSDS 3.0 core; not in the compiled UK
     *     profile), in document order, never null
     */
    List<OrukPhone> phones();

    /** @return {@code location}: the location, or empty if absent */
    Optional<OrukLocation> location();

    /** @return {@code service}: the service (in a fully nested service at location), or empty if absent */
    Optional<OrukService> service();

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
     * Builds {@code OrukServiceAtLocation} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukServiceAtLocation}'s rules say.
     */
    final class Builder extends ImmutableOrukServiceAtLocation.Builder {
        Builder() {}
    }
}
