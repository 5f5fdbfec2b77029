package org.socialprescribing.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.id.Postcode;

/**
 * A place where a service is delivered: HSDS {@code location} with its {@code address}, FHIR {@code Location}.
 * Coordinates are WGS 84 decimal degrees, given together or not at all.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableServiceLocation.class)
@JsonDeserialize(as = ImmutableServiceLocation.class)
public interface ServiceLocation extends WithServiceLocation {

    /** @return the location's id in a service directory (e.g. an HSDS location UUID), if any */
    Optional<String> directoryId();

    /** @return the location's name, e.g. "Community Hall", if any */
    Optional<String> name();

    /** @return the address lines before the town, in order, never null */
    List<String> addressLines();

    /** @return the town or city, if given */
    Optional<String> town();

    /** @return the postcode, if given */
    Optional<Postcode> postcode();

    /** @return the latitude in decimal degrees, -90 to 90, if given (with a longitude) */
    Optional<BigDecimal> latitude();

    /** @return the longitude in decimal degrees, -180 to 180, if given (with a latitude) */
    Optional<BigDecimal> longitude();

    /** @return notes on access, e.g. step-free entrance, if given */
    Optional<String> accessibility();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: coordinates together and in range. */
    @Value.Check
    default void check() {
        if (latitude().isPresent() != longitude().isPresent()) {
            throw new InvalidValueException("location", "needs latitude and longitude together");
        }
        latitude()
                .filter(degrees -> degrees.abs().compareTo(BigDecimal.valueOf(90)) > 0)
                .ifPresent(degrees -> {
                    throw new InvalidValueException("latitude", degrees.toPlainString(), "must be between -90 and 90");
                });
        longitude()
                .filter(degrees -> degrees.abs().compareTo(BigDecimal.valueOf(180)) > 0)
                .ifPresent(degrees -> {
                    throw new InvalidValueException(
                            "longitude", degrees.toPlainString(), "must be between -180 and 180");
                });
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
     * Builds {@code ServiceLocation} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ServiceLocation}'s rules say.
     */
    final class Builder extends ImmutableServiceLocation.Builder {
        Builder() {}
    }
}
