package org.socialprescribing.openreferral.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.service.ServiceDirectory;
import org.socialprescribing.openreferral.OrukService;

/**
 * A directory of Open Referral UK services mapped to SDK services: every record, in the directory's order, mapped
 * or not, and one report for all of them. Records that could not be mapped are kept, so that {@link
 * OrukMapper#toOrukServices(MappedDirectory)} gives back the whole directory.
 */
public final class MappedDirectory {

    private final List<MappedService> services;
    private final ValidationReport report;

    MappedDirectory(List<MappedService> services, ValidationReport report) {
        this.services = List.copyOf(services);
        this.report = requireNonNull(report, "report");
    }

    /** @return every record of the directory, in order, mapped or not, never null */
    public List<MappedService> services() {
        return services;
    }

    /** @return the records that could not be mapped (the report says why), in order, never null */
    public List<OrukService> unmapped() {
        return services.stream()
                .filter(service -> service.service().isEmpty())
                .map(MappedService::origin)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * @return the issues of every record, with paths that start {@code services[i]} (the record's index in the
     *     directory) and, for organizations given separately, {@code organizations[i]}; never null
     */
    public ValidationReport report() {
        return report;
    }

    /** @return the SDK services, ready to be searched, in the directory's order, never null */
    public ServiceDirectory directory() {
        return ServiceDirectory.of(services.stream()
                .map(MappedService::service)
                .flatMap(Optional::stream)
                .collect(Collectors.toList()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MappedDirectory
                && services.equals(((MappedDirectory) other).services)
                && report.equals(((MappedDirectory) other).report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(services, report);
    }

    /** @return the numbers of records, of records not mapped, and of issues */
    @Override
    public String toString() {
        return "MappedDirectory[" + services.size() + " services, " + unmapped().size() + " not mapped, "
                + report.issues().size() + " issues]";
    }
}
