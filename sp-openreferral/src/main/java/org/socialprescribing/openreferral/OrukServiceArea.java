package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A geographic area a service covers.
 *
 * <p>JSON: the HSDS {@code service_area} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukServiceArea extends OrukRecord, WithOrukServiceArea {

    /** @return {@code id}: the identifier of the service area (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the service that covers the area, or empty if absent */
    Optional<String> serviceId();

    /** @return {@code name}: the area, in free text, or empty if absent */
    Optional<String> name();

    /**
     * @return {@code extent}: the area's boundary, in the format that {@link #extentType()} names, or empty if absent
     */
    Optional<String> extent();

    /** @return {@code extent_type}: the format of the extent, such as {@code geojson}, or empty if absent */
    Optional<String> extentType();

    /** @return {@code uri}: a URI that identifies the area, or empty if absent */
    Optional<String> uri();

    /** @return {@code service_area}: the area, in free text (a UK profile property), or empty if absent */
    Optional<String> serviceArea();

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
     * Builds {@code OrukServiceArea} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukServiceArea}'s rules say.
     */
    final class Builder extends ImmutableOrukServiceArea.Builder {
        Builder() {}
    }
}
