package org.socialprescribing.openreferral.mapping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.JsonValue;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukOrganization;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceAtLocation;

/**
 * Maps Open Referral UK records to SDK services and organisations, and back.
 *
 * <p><b>ORUK to SDK</b> ({@code toService}, {@code toOrganisation}, {@code toServiceAtLocation}, {@code importServices}) gives each SDK value together with the ORUK
 * record it came from and a {@link ValidationReport}. Nothing is thrown for bad data: an invalid value (a charity
 * number that fails its register's format, an opening time that is not a time) is left out of the SDK value and
 * reported; a record that cannot be mapped at all (a service without an organisation) is reported and kept.
 *
 * <p><b>SDK to ORUK</b> ({@code toOrukService}, {@code toOrukOrganization}, {@code toOrukServiceAtLocation}, {@code toOrukServices}) is lossless for what came from ORUK: a mapped record whose SDK value was
 * not edited is written back exactly as it was read, and an edited one is written back with only the edited
 * fields changed, keeping everything the SDK does not model. An SDK value with no ORUK origin becomes a new,
 * schema-valid record with new UUIDs; what ORUK cannot hold (capacity, coded eligibility conditions, an
 * organisation's income...) is reported in the result.
 *
 * <p>Field by field correspondences are in {@code docs/openreferral.md}. A mapper is immutable and thread-safe.
 *
 * <pre>{@code
 * OrukMapper mapper = OrukMapper.standard();
 * MappedService mapped = mapper.toService(OrukJson.parse(json, OrukService.class));
 * mapped.report().warnings().forEach(System.out::println);
 * OrukService back = mapper.toOrukService(mapped).value();           // equal to what was read
 * }</pre>
 */
public final class OrukMapper {

    private static final String SERVICE_AT_LOCATIONS = "service_at_locations";

    private final Supplier<UUID> ids;
    private final CategoryMapping categoryMapping;
    private final ServiceOruk services;

    private OrukMapper(Supplier<UUID> ids, CategoryMapping categoryMapping) {
        this.ids = ids;
        this.categoryMapping = categoryMapping;
        this.services = new ServiceOruk(categoryMapping);
    }

    /**
     * A mapper with random UUIDs for new records and the {@linkplain CategoryMapping#sdkOnly() standard category
     * mapping}.
     *
     * @return the mapper, never null
     */
    public static OrukMapper standard() {
        return new OrukMapper(UUID::randomUUID, CategoryMapping.sdkOnly());
    }

    /**
     * This mapper with another source of ids for the records it creates, e.g. for reproducible output.
     *
     * @param newIds gives a UUID for each new record; must be safe to call from the threads that use the mapper
     * @return the mapper, never null
     */
    public OrukMapper withIds(Supplier<UUID> newIds) {
        return new OrukMapper(requireNonNull(newIds, "newIds"), categoryMapping);
    }

    /**
     * This mapper with a table of the directory terms that mean SDK service categories.
     *
     * @param mapping the table, not null
     * @return the mapper, never null
     */
    public OrukMapper withCategoryMapping(CategoryMapping mapping) {
        return new OrukMapper(ids, requireNonNull(mapping, "mapping"));
    }

    /** @return the table of directory terms that mean SDK service categories, never null */
    public CategoryMapping categoryMapping() {
        return categoryMapping;
    }

    /**
     * Maps a service whose provider is its nested {@code organization}.
     *
     * @param service the ORUK service, not null
     * @return the SDK service (absent, and reported, if the service has no organization) with its origin and
     *     report, never null
     */
    public MappedService toService(OrukService service) {
        return map(requireNonNull(service, "service"), Optional.empty());
    }

    /**
     * Maps a service whose organization is given separately (a service of a list page, with only its {@code
     * organization_id}). A nested {@code organization} still wins; writing the service back does not nest the
     * organization given here. The organization's own issues are reported under {@code organization}.
     *
     * @param service the ORUK service, not null
     * @param organization its organization, not null
     * @return the SDK service with its origin and report, never null
     */
    public MappedService toService(OrukService service, OrukOrganization organization) {
        requireNonNull(service, "service");
        requireNonNull(organization, "organization");
        if (service.organization().isPresent()) {
            return map(service, Optional.empty());
        }
        Issues issues = Issues.collecting();
        VcseOrganisation provider = OrganisationOruk.get(organization, issues);
        MappedService mapped = map(service, Optional.of(provider));
        ValidationReport report = issues.report().under("organization").and(mapped.report());
        return new MappedService(mapped.service(), service, Optional.of(provider), report);
    }

    /**
     * Maps an organization and the services it lists, each provided by it.
     *
     * @param organization the ORUK organization, not null
     * @return the SDK organisation and services with their origins and report, never null
     */
    public MappedOrganisation toOrganisation(OrukOrganization organization) {
        requireNonNull(organization, "organization");
        Issues issues = Issues.collecting();
        VcseOrganisation organisation = OrganisationOruk.get(organization, issues);
        List<ValidationIssue> all = new ArrayList<>(issues.report().issues());
        List<MappedService> listed = new ArrayList<>();
        for (int i = 0; i < organization.services().size(); i++) {
            MappedService service = map(organization.services().get(i), Optional.of(organisation));
            listed.add(service);
            all.addAll(service.report().under("services[" + i + "]").issues());
        }
        return new MappedOrganisation(organisation, organization, organisation, listed, ValidationReport.of(all));
    }

    /**
     * Maps a service at location: its nested service, with the record's location first among the service's
     * locations.
     *
     * @param serviceAtLocation the ORUK record, not null
     * @return the SDK service (absent, and reported, if there is no nested service or it has no organization)
     *     with its origin and report, never null
     */
    public MappedServiceAtLocation toServiceAtLocation(OrukServiceAtLocation serviceAtLocation) {
        requireNonNull(serviceAtLocation, "serviceAtLocation");
        if (serviceAtLocation.service().isEmpty()) {
            Issues issues = Issues.collecting();
            issues.at("service").add(OrukIssueCode.SERVICE_MISSING, "is absent: nothing to map, kept as it is");
            return new MappedServiceAtLocation(serviceAtLocation, Optional.empty(), Optional.empty(), issues.report());
        }
        OrukService nested = serviceAtLocation.service().get();
        Optional<JsonValue> placeholder =
                Optional.ofNullable(nested.extensions().get(SERVICE_AT_LOCATIONS));
        List<OrukServiceAtLocation> locations = new ArrayList<>();
        locations.add(serviceAtLocation.withService(Optional.empty()));
        locations.addAll(nested.serviceAtLocations());
        OrukService normalised = nested.withExtensions(without(nested.extensions(), SERVICE_AT_LOCATIONS))
                .withServiceAtLocations(locations);
        MappedService mapped = map(normalised, Optional.empty());
        return new MappedServiceAtLocation(
                serviceAtLocation, Optional.of(mapped), placeholder, denormalise(mapped.report()));
    }

    /**
     * Maps a directory's services (a feed, a page's contents), each provided by its nested organization.
     *
     * @param directory the ORUK services, not null; the stream is consumed, not closed
     * @return every record mapped or not, in order, with one report, never null
     */
    public MappedDirectory importServices(Stream<? extends OrukService> directory) {
        return importServices(directory, List.of());
    }

    /**
     * Maps a directory's services, each provided by its nested organization or else by the organization its
     * {@code organization_id} names among those given (e.g. read from {@code /organizations}).
     *
     * @param directory the ORUK services, not null; the stream is consumed, not closed
     * @param organizations the directory's organizations, not null; their issues are reported once, under {@code
     *     organizations[i]}
     * @return every record mapped or not, in order, with one report, never null
     */
    public MappedDirectory importServices(
            Stream<? extends OrukService> directory, Collection<OrukOrganization> organizations) {
        requireNonNull(directory, "directory");
        List<ValidationIssue> all = new ArrayList<>();
        Map<String, VcseOrganisation> providers = new HashMap<>();
        int index = 0;
        for (OrukOrganization organization : organizations) {
            Issues issues = Issues.collecting();
            VcseOrganisation provider = OrganisationOruk.get(organization, issues);
            providers.putIfAbsent(organization.id(), provider);
            all.addAll(issues.report().under("organizations[" + index++ + "]").issues());
        }
        List<MappedService> mapped = new ArrayList<>();
        directory.forEachOrdered(service -> {
            Optional<VcseOrganisation> parent = service.organization().isPresent()
                    ? Optional.empty()
                    : service.organizationId().map(providers::get);
            MappedService one = map(service, parent);
            all.addAll(one.report().under("services[" + mapped.size() + "]").issues());
            mapped.add(one);
        });
        return new MappedDirectory(mapped, ValidationReport.of(all));
    }

    /**
     * Writes a mapped service back: the origin itself if the SDK service is unchanged (or absent), else the origin
     * with the changes.
     *
     * @param mapped the mapped service, not null
     * @return the ORUK service and what could not be written, never null
     */
    public MappingResult<OrukService> toOrukService(MappedService mapped) {
        Writing writing = writing();
        return MappingResult.of(
                put(mapped, Optional.empty(), writing), writing.issues().report());
    }

    /**
     * Writes an SDK service as a new ORUK service, with its provider as the nested organization, and new UUIDs
     * where the SDK values have no directory ids.
     *
     * @param service the SDK service, not null
     * @return the ORUK service and what could not be written, never null
     */
    public MappingResult<OrukService> toOrukService(Service service) {
        requireNonNull(service, "service");
        Writing writing = writing();
        OrukService written = services.put(service, Optional.empty(), Optional.empty(), Optional.empty(), writing);
        return MappingResult.of(written, writing.issues().report());
    }

    /**
     * Writes a mapped organisation back, with its services.
     *
     * @param mapped the mapped organisation, not null
     * @return the ORUK organization and what could not be written, never null
     */
    public MappingResult<OrukOrganization> toOrukOrganization(MappedOrganisation mapped) {
        Writing writing = writing();
        OrukOrganization written = (OrganisationOruk.put(mapped.organisation(), Optional.of(mapped.origin()), writing));
        List<OrukService> listed = new ArrayList<>();
        for (int i = 0; i < mapped.services().size(); i++) {
            listed.add(put(mapped.services().get(i), Optional.of(mapped.organisation()), writing.at("services", i)));
        }
        if (!listed.equals(written.services())) {
            written = Records.clear(written, "services", OrukOrganization::withExtensions)
                    .withServices(listed);
        }
        return MappingResult.of(written, writing.issues().report());
    }

    /**
     * Writes an SDK organisation as a new ORUK organization, without services.
     *
     * @param organisation the SDK organisation, not null
     * @return the ORUK organization and what could not be written, never null
     */
    public MappingResult<OrukOrganization> toOrukOrganization(VcseOrganisation organisation) {
        requireNonNull(organisation, "organisation");
        Writing writing = writing();
        return MappingResult.of(
                OrganisationOruk.put(organisation, Optional.empty(), writing),
                writing.issues().report());
    }

    /**
     * Writes a mapped service at location back.
     *
     * @param mapped the mapped record, not null
     * @return the ORUK record and what could not be written, never null
     */
    public MappingResult<OrukServiceAtLocation> toOrukServiceAtLocation(MappedServiceAtLocation mapped) {
        if (mapped.nested().isEmpty()) {
            return MappingResult.of(mapped.origin(), ValidationReport.empty());
        }
        Writing writing = writing();
        OrukService service = put(mapped.nested().get(), Optional.empty(), writing);
        List<OrukServiceAtLocation> locations = new ArrayList<>(service.serviceAtLocations());
        OrukServiceAtLocation own = mapped.origin().withLocation(Optional.empty());
        for (int i = 0; i < locations.size(); i++) {
            if (locations.get(i).id().equals(mapped.origin().id())) {
                own = locations.remove(i);
                break;
            }
        }
        Map<String, JsonValue> extensions = new LinkedHashMap<>(service.extensions());
        if (locations.isEmpty()) {
            mapped.locationsPlaceholder().ifPresent(placeholder -> extensions.put(SERVICE_AT_LOCATIONS, placeholder));
        }
        OrukService rest = service.withServiceAtLocations(locations).withExtensions(extensions);
        return MappingResult.of(own.withService(rest), writing.issues().report());
    }

    /**
     * Writes a mapped directory back, every record in order; those that could not be mapped as they were read.
     *
     * @param mapped the mapped directory, not null
     * @return the ORUK services and what could not be written (paths start {@code services[i]}), never null
     */
    public MappingResult<List<OrukService>> toOrukServices(MappedDirectory mapped) {
        Writing writing = writing();
        List<OrukService> written = new ArrayList<>();
        for (int i = 0; i < mapped.services().size(); i++) {
            written.add(put(mapped.services().get(i), Optional.empty(), writing.at("services", i)));
        }
        return MappingResult.of(List.copyOf(written), writing.issues().report());
    }

    private MappedService map(OrukService service, Optional<VcseOrganisation> parent) {
        Issues issues = Issues.collecting();
        return new MappedService(services.get(service, parent, issues), service, parent, issues.report());
    }

    private OrukService put(MappedService mapped, Optional<VcseOrganisation> newParent, Writing writing) {
        return mapped.service()
                .map(service ->
                        services.put(service, Optional.of(mapped.origin()), mapped.parent(), newParent, writing))
                .orElse(mapped.origin());
    }

    private Writing writing() {
        return new Writing(ids, Issues.collecting());
    }

    /**
     * Moves the paths of a service at location's issues from the normalised service, whose first service at
     * location is the record itself, to the record: {@code service_at_locations[0].location} is the record's
     * {@code location}, {@code service_at_locations[k]} the nested service's {@code [k-1]}, the rest is under
     * {@code service}.
     */
    private static ValidationReport denormalise(ValidationReport report) {
        List<ValidationIssue> moved = new ArrayList<>();
        for (ValidationIssue issue : report.issues()) {
            String path = issue.path();
            String own = SERVICE_AT_LOCATIONS + "[0]";
            if (path.equals(own) || path.startsWith(own + ".")) {
                path = path.substring(Math.min(path.length(), own.length() + 1));
            } else if (path.startsWith(SERVICE_AT_LOCATIONS + "[")) {
                int close = path.indexOf(']');
                int k = Integer.parseInt(path.substring(SERVICE_AT_LOCATIONS.length() + 1, close));
                path = "service." + SERVICE_AT_LOCATIONS + "[" + (k - 1) + "]" + path.substring(close + 1);
            } else {
                path = path.isEmpty() ? "service" : "service." + path;
            }
            moved.add(ValidationIssue.of(issue.code(), issue.severity(), path, issue.message()));
        }
        return ValidationReport.of(moved);
    }

    private static Map<String, JsonValue> without(Map<String, JsonValue> extensions, String name) {
        Map<String, JsonValue> rest = new LinkedHashMap<>(extensions);
        rest.remove(name);
        return rest;
    }
}
