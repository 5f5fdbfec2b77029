package org.socialprescribing.openreferral.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.OrukService;

/**
 * An Open Referral UK service mapped to an SDK service, with the ORUK record it came from.
 *
 * <p>The SDK service holds what the SDK models; the {@linkplain #origin() origin} holds everything, so that
 * {@link OrukMapper#toOrukService(MappedService)} writes back exactly the original record when the SDK service is
 * unchanged, and the original record with the changes when it was {@linkplain #withService edited}. A record that
 * could not be mapped (a service without an organisation) has no SDK service; the report says why, and writing
 * it back gives the origin.
 */
public final class MappedService {

    private final Optional<Service> service;
    private final OrukService origin;
    private final Optional<VcseOrganisation> parent;
    private final ValidationReport report;

    MappedService(
            Optional<Service> service, OrukService origin, Optional<VcseOrganisation> parent, ValidationReport report) {
        this.service = requireNonNull(service, "service");
        this.origin = requireNonNull(origin, "origin");
        this.parent = requireNonNull(parent, "parent");
        this.report = requireNonNull(report, "report");
    }

    /** @return the SDK service, or empty if the record could not be mapped (see {@link #report()}) */
    public Optional<Service> service() {
        return service;
    }

    /** @return the ORUK record the service was mapped from, never null */
    public OrukService origin() {
        return origin;
    }

    /**
     * @return what the mapping found: invalid values left out of the SDK service, values the SDK has no place
     *     for, or why the record could not be mapped; paths are the record's JSON properties; never null
     */
    public ValidationReport report() {
        return report;
    }

    /**
     * The same record with an edited SDK service (or, for a record that could not be mapped, the SDK service a
     * person made for it). Writing it back changes only what the edit changed.
     *
     * @param edited the SDK service, not null
     * @return the mapped service with the edit, never null
     */
    public MappedService withService(Service edited) {
        return new MappedService(Optional.of(edited), origin, parent, report);
    }

    /** The provider of a service without a nested organization: the organisation it was mapped under. */
    Optional<VcseOrganisation> parent() {
        return parent;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof MappedService)) {
            return false;
        }
        MappedService that = (MappedService) other;
        return service.equals(that.service)
                && origin.equals(that.origin)
                && parent.equals(that.parent)
                && report.equals(that.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, origin, parent, report);
    }

    /** @return the record's id, whether it is mapped, and the number of issues */
    @Override
    public String toString() {
        return "MappedService[" + origin.id() + (service.isPresent() ? "" : ", not mapped") + ", "
                + report.issues().size() + " issues]";
    }
}
