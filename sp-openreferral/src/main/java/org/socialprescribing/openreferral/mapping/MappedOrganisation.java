package org.socialprescribing.openreferral.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.openreferral.OrukOrganization;

/**
 * An Open Referral UK organization mapped to an SDK VCSE organisation, with the services it lists (each provided
 * by it) and the ORUK record it came from. As with {@link MappedService}, writing it back gives the original record
 * when nothing was edited.
 */
public final class MappedOrganisation {

    private final VcseOrganisation organisation;
    private final OrukOrganization origin;
    private final VcseOrganisation originalOrganisation;
    private final List<MappedService> services;
    private final ValidationReport report;

    MappedOrganisation(
            VcseOrganisation organisation,
            OrukOrganization origin,
            VcseOrganisation originalOrganisation,
            List<MappedService> services,
            ValidationReport report) {
        this.organisation = requireNonNull(organisation, "organisation");
        this.origin = requireNonNull(origin, "origin");
        this.originalOrganisation = requireNonNull(originalOrganisation, "originalOrganisation");
        this.services = List.copyOf(services);
        this.report = requireNonNull(report, "report");
    }

    /** @return the SDK organisation, never null */
    public VcseOrganisation organisation() {
        return organisation;
    }

    /** @return the ORUK record it was mapped from, never null */
    public OrukOrganization origin() {
        return origin;
    }

    /** @return the services the record lists, mapped with this organisation as their provider, never null */
    public List<MappedService> services() {
        return services;
    }

    /**
     * @return what the mapping found, for the organisation and (under {@code services[i]}) its services; never
     *     null
     */
    public ValidationReport report() {
        return report;
    }

    /**
     * The same record with an edited SDK organisation. Its services keep it as their provider.
     *
     * @param edited the SDK organisation, not null
     * @return the mapped organisation with the edit, never null
     */
    public MappedOrganisation withOrganisation(VcseOrganisation edited) {
        return new MappedOrganisation(edited, origin, originalOrganisation, services, report);
    }

    /**
     * The same record with edited services (from {@link #services()}, edited with {@link
     * MappedService#withService}).
     *
     * @param edited the services, not null
     * @return the mapped organisation with the edit, never null
     */
    public MappedOrganisation withServices(List<MappedService> edited) {
        return new MappedOrganisation(organisation, origin, originalOrganisation, edited, report);
    }

    /** The organisation as first mapped, before any edit. */
    VcseOrganisation originalOrganisation() {
        return originalOrganisation;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof MappedOrganisation)) {
            return false;
        }
        MappedOrganisation that = (MappedOrganisation) other;
        return organisation.equals(that.organisation)
                && origin.equals(that.origin)
                && originalOrganisation.equals(that.originalOrganisation)
                && services.equals(that.services)
                && report.equals(that.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisation, origin, originalOrganisation, services, report);
    }

    /** @return the record's id and the numbers of services and issues */
    @Override
    public String toString() {
        return "MappedOrganisation[" + origin.id() + ", " + services.size() + " services, "
                + report.issues().size() + " issues]";
    }
}
