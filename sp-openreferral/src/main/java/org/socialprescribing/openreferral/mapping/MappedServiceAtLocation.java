package org.socialprescribing.openreferral.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.JsonValue;
import org.socialprescribing.openreferral.OrukServiceAtLocation;

/**
 * An Open Referral UK service at location (a {@code /service_at_locations} record) mapped to an SDK service: the
 * nested service, whose locations start with this record's location (if it is a physical one). As with {@link
 * MappedService}, writing it back gives the original record when nothing was edited.
 */
public final class MappedServiceAtLocation {

    private final OrukServiceAtLocation origin;
    private final Optional<MappedService> nested;
    private final Optional<JsonValue> locationsPlaceholder;
    private final ValidationReport report;

    MappedServiceAtLocation(
            OrukServiceAtLocation origin,
            Optional<MappedService> nested,
            Optional<JsonValue> locationsPlaceholder,
            ValidationReport report) {
        this.origin = requireNonNull(origin, "origin");
        this.nested = requireNonNull(nested, "nested");
        this.locationsPlaceholder = requireNonNull(locationsPlaceholder, "locationsPlaceholder");
        this.report = requireNonNull(report, "report");
    }

    /**
     * @return the SDK service, or empty if the record has no nested service or that service no organisation
     *     (see {@link #report()})
     */
    public Optional<Service> service() {
        return nested.flatMap(MappedService::service);
    }

    /** @return the ORUK record it was mapped from, never null */
    public OrukServiceAtLocation origin() {
        return origin;
    }

    /** @return what the mapping found; paths are the record's JSON properties; never null */
    public ValidationReport report() {
        return report;
    }

    /**
     * The same record with an edited SDK service; its first location is this record's location.
     *
     * @param edited the SDK service, not null
     * @return the mapped record with the edit, never null
     * @throws IllegalStateException if the record has no nested service, so nothing to edit
     */
    public MappedServiceAtLocation withService(Service edited) {
        MappedService service = nested.orElseThrow(() ->
                new IllegalStateException("service at location " + origin.id() + " has no nested service to edit"));
        return new MappedServiceAtLocation(
                origin, Optional.of(service.withService(edited)), locationsPlaceholder, report);
    }

    /**
     * The nested service with this record (less the service) first among its services at locations, if there
     * is a nested service.
     */
    Optional<MappedService> nested() {
        return nested;
    }

    /** How the nested service wrote its empty {@code service_at_locations}, if as {@code null} or {@code []}. */
    Optional<JsonValue> locationsPlaceholder() {
        return locationsPlaceholder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof MappedServiceAtLocation)) {
            return false;
        }
        MappedServiceAtLocation that = (MappedServiceAtLocation) other;
        return origin.equals(that.origin)
                && nested.equals(that.nested)
                && locationsPlaceholder.equals(that.locationsPlaceholder)
                && report.equals(that.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, nested, locationsPlaceholder, report);
    }

    /** @return the record's id, whether it is mapped, and the number of issues */
    @Override
    public String toString() {
        return "MappedServiceAtLocation[" + origin.id() + (service().isPresent() ? "" : ", not mapped") + ", "
                + report.issues().size() + " issues]";
    }
}
