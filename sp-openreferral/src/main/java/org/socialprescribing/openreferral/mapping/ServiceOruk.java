package org.socialprescribing.openreferral.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.service.Eligibility;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceStatus;
import org.socialprescribing.openreferral.OrukContact;
import org.socialprescribing.openreferral.OrukCostOption;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukLanguage;
import org.socialprescribing.openreferral.OrukLocation;
import org.socialprescribing.openreferral.OrukOrganization;
import org.socialprescribing.openreferral.OrukSchedule;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceArea;
import org.socialprescribing.openreferral.OrukServiceAtLocation;
import org.socialprescribing.openreferral.OrukServiceStatus;

/**
 * ORUK {@code service} and SDK {@link org.socialprescribing.model.service.Service}, field by field. What the SDK
 * does not hold ({@code fees}, {@code accreditations}, {@code assured_date}, {@code alert}, {@code funding},
 * phones, metadata, unknown properties, and the parts of nested records listed in each of these classes) stays in the ORUK
 * record the SDK service was mapped from, and is written back from it. The fields that attributes carry are in
 * {@link ServiceAttributes}.
 */
final class ServiceOruk {

    private static final String ELIGIBILITY_DESCRIPTION = "eligibility_description";

    private final ServiceAttributes attributes;

    ServiceOruk(CategoryMapping categories) {
        this.attributes = new ServiceAttributes(categories);
    }

    /**
     * @param parent the provider of a service that has no nested organization: the organisation it is listed
     *     under or that its {@code organization_id} names
     * @return the SDK service, or empty (reported) if it has no provider
     */
    Optional<Service> get(OrukService service, Optional<VcseOrganisation> parent, Issues issues) {
        Optional<VcseOrganisation> provider = provider(service, parent, issues);
        if (provider.isEmpty()) {
            issues.add(
                    OrukIssueCode.PROVIDER_MISSING,
                    service.organizationId()
                                    .map(id -> "its organization_id '" + id
                                            + "' names no organization known to the mapper")
                                    .orElse("it has no organization")
                            + ": not mapped, kept as it is");
            return Optional.empty();
        }
        ServiceAttributes.report(service, issues);
        reportNotHeld(service, issues);
        return Optional.of(Service.builder()
                .directoryId(service.id())
                .provider(provider.get())
                .name(service.name())
                .description(service.description())
                .status(status(service.status()))
                .addAllCategories(attributes.categories(service))
                .addAllExternalCategories(ServiceAttributes.externalCategories(service))
                .addAllDeliveryModes(ServiceAttributes.deliveryModes(service))
                .addAllLocations(each(service.serviceAtLocations(), LocationOruk::get, issues, "service_at_locations"))
                .addAllSchedules(each(service.schedules(), ScheduleOruk::get, issues, "schedules"))
                .eligibility(eligibility(service, issues))
                .addAllCosts(each(service.costOptions(), CostOruk::get, issues, "cost_options"))
                .referralRoute(ServiceAttributes.referralRoute(service))
                .addAllContacts(each(service.contacts(), ContactOruk::get, issues, "contacts"))
                .url(service.url().flatMap(text -> Values.uri(text, issues.at("url"))))
                .email(service.email())
                .addAllLanguages(each(service.languages(), LanguageOruk::get, issues, "languages"))
                .addAllServiceAreas(each(service.serviceAreas(), AreaOruk::get, issues, "service_areas"))
                .lastModified(service.lastModified().flatMap(text -> Values.instant(text, issues.at("last_modified"))))
                .build());
    }

    /**
     * @param original the record the service was mapped from, if any
     * @param parent as for {@link #get}, the provider the original record was mapped with
     * @param newParent the parent organisation as it is now, if it was edited: a service whose provider is the
     *     parent is still written without a nested organization
     * @return the ORUK record: the original one if nothing changed, else the original with the changes
     */
    OrukService put(
            Service value,
            Optional<OrukService> original,
            Optional<VcseOrganisation> parent,
            Optional<VcseOrganisation> newParent,
            Writing writing) {
        if (original.isPresent()
                && get(original.get(), parent, Issues.discarding()).equals(Optional.of(value))) {
            return original.get();
        }
        OrukService out = original.orElseGet(() -> OrukService.builder()
                .id(value.directoryId().orElseGet(writing::newId))
                .name(value.name())
                .status(status(value.status()))
                .build());
        if (value.directoryId().isPresent()) {
            out = out.withId(value.directoryId().get());
        }
        out = out.withName(value.name()).withStatus(status(value.status()));
        if (!value.description().equals(out.description())) {
            out = clear(out, "description").withDescription(value.description());
        }
        if (!value.url().equals(out.url().flatMap(text -> Values.uri(text, Issues.discarding())))) {
            out = clear(out, "url")
                    .withUrl(value.url()
                            .flatMap(uri ->
                                    Values.absoluteUri(uri, writing.issues().at("url"))));
        }
        if (!value.email().equals(out.email())) {
            out = clear(out, "email").withEmail(value.email());
        }
        if (!value.lastModified().equals(lastModified(out))) {
            out = clear(out, "last_modified")
                    .withLastModified(value.lastModified().map(Instant::toString));
        }
        out = putProvider(out, value.provider(), original.isEmpty(), parent, newParent, writing);
        out = putEligibility(out, value.eligibility(), writing);
        value.capacity()
                .ifPresent(capacity -> writing.issues()
                        .at("capacity")
                        .add(OrukIssueCode.NOT_EXPORTED, "Open Referral UK has no capacity property: not written"));
        out = putLists(out, value, writing);
        return attributes.put(out, value, writing);
    }

    /** Reports each value of the record that the SDK service has no home for, at its JSON path. */
    private static void reportNotHeld(OrukService service, Issues issues) {
        notHeld(issues, "alert", service.alert().isPresent());
        notHeld(issues, "fees", service.fees().isPresent());
        notHeld(issues, "accreditations", service.accreditations().isPresent());
        notHeld(issues, "assured_date", service.assuredDate().isPresent());
        notHeld(issues, "funding", !service.funding().isEmpty());
        notHeld(issues, "phones", !service.phones().isEmpty());
        for (int i = 0; i < service.serviceAtLocations().size(); i++) {
            Optional<OrukLocation> location =
                    service.serviceAtLocations().get(i).location();
            if (location.isPresent() && !location.get().accessibility().isEmpty()) {
                notHeld(issues.at("service_at_locations", i).at("location"), "accessibility", true);
            }
        }
        for (int i = 0; i < service.schedules().size(); i++) {
            notHeld(
                    issues.at("schedules", i),
                    "notes",
                    service.schedules().get(i).notes().isPresent());
        }
    }

    private static void notHeld(Issues issues, String name, boolean present) {
        if (present) {
            issues.at(name)
                    .add(
                            OrukIssueCode.NOT_HELD,
                            "the SDK's service has no home for " + name + "; kept in the ORUK record, not in the"
                                    + " SDK service");
        }
    }

    private static Optional<VcseOrganisation> provider(
            OrukService service, Optional<VcseOrganisation> parent, Issues issues) {
        return service.organization()
                .map(organization -> OrganisationOruk.get(organization, issues.at("organization")))
                .or(() -> parent);
    }

    private static OrukService putProvider(
            OrukService out,
            Optional<VcseOrganisation> known,
            boolean fresh,
            Optional<VcseOrganisation> parent,
            Optional<VcseOrganisation> newParent,
            Writing writing) {
        if (known.isEmpty()) {
            // A service read from another system's directory may name no provider; ORUK needs one, and none is made up.
            writing.issues()
                    .at("provider")
                    .add(
                            OrukIssueCode.NOT_EXPORTED,
                            "the service names no provider: the record's organization is left as it was");
            return out;
        }
        VcseOrganisation provider = known.get();
        Optional<VcseOrganisation> image = provider(out, parent, Issues.discarding());
        if (image.equals(Optional.of(provider))
                || (out.organization().isEmpty() && newParent.equals(Optional.of(provider)))) {
            return out;
        }
        OrukOrganization organization = OrganisationOruk.put(provider, out.organization(), writing.at("provider"));
        out = clear(out, "organization").withOrganization(organization);
        if (fresh || out.organizationId().isPresent()) {
            out = clear(out, "organization_id").withOrganizationId(organization.id());
        }
        return out;
    }

    private static OrukService putEligibility(OrukService out, Optional<Eligibility> value, Writing writing) {
        Optional<Eligibility> image = eligibility(out, Issues.discarding());
        if (value.equals(image)) {
            return out;
        }
        // The ages are written as a pair: an age left out as invalid must not come back beside a new one.
        Optional<Integer> minimum = value.flatMap(Eligibility::minimumAge);
        Optional<Integer> maximum = value.flatMap(Eligibility::maximumAge);
        if (!minimum.equals(image.flatMap(Eligibility::minimumAge))
                || !maximum.equals(image.flatMap(Eligibility::maximumAge))) {
            out = clear(clear(out, "minimum_age"), "maximum_age")
                    .withMinimumAge(minimum.map(BigDecimal::valueOf))
                    .withMaximumAge(maximum.map(BigDecimal::valueOf));
        }
        Optional<String> description = value.flatMap(Eligibility::description);
        if (!description.equals(image.flatMap(Eligibility::description))) {
            out = Records.withText(out, ELIGIBILITY_DESCRIPTION, description, OrukService::withExtensions);
        }
        if (value.filter(eligibility -> !eligibility.conditions().isEmpty()).isPresent()) {
            writing.issues()
                    .at("eligibility.conditions")
                    .add(
                            OrukIssueCode.NOT_EXPORTED,
                            "Open Referral UK has no coded eligibility conditions: not written");
        }
        return out;
    }

    private static OrukService putLists(OrukService out, Service value, Writing writing) {
        Optional<List<OrukServiceAtLocation>> locations = edited(
                value.locations(),
                out.serviceAtLocations(),
                LocationOruk::get,
                LocationOruk::put,
                writing,
                "locations");
        if (locations.isPresent()) {
            out = clear(out, "service_at_locations").withServiceAtLocations(locations.get());
        }
        Optional<List<OrukSchedule>> schedules =
                edited(value.schedules(), out.schedules(), ScheduleOruk::get, ScheduleOruk::put, writing, "schedules");
        if (schedules.isPresent()) {
            out = clear(out, "schedules").withSchedules(schedules.get());
        }
        Optional<List<OrukCostOption>> costs =
                edited(value.costs(), out.costOptions(), CostOruk::get, CostOruk::put, writing, "costs");
        if (costs.isPresent()) {
            out = clear(out, "cost_options").withCostOptions(costs.get());
        }
        Optional<List<OrukContact>> contacts =
                edited(value.contacts(), out.contacts(), ContactOruk::get, ContactOruk::put, writing, "contacts");
        if (contacts.isPresent()) {
            out = clear(out, "contacts").withContacts(contacts.get());
        }
        Optional<List<OrukLanguage>> languages =
                edited(value.languages(), out.languages(), LanguageOruk::get, LanguageOruk::put, writing, "languages");
        if (languages.isPresent()) {
            out = clear(out, "languages").withLanguages(languages.get());
        }
        Optional<List<OrukServiceArea>> areas =
                edited(value.serviceAreas(), out.serviceAreas(), AreaOruk::get, AreaOruk::put, writing, "serviceAreas");
        if (areas.isPresent()) {
            out = clear(out, "service_areas").withServiceAreas(areas.get());
        }
        return out;
    }

    /**
     * @return the records with an SDK list written over them (see {@link Lists}), or empty if the SDK list is what
     *     the records map to
     */
    private static <O, S> Optional<List<O>> edited(
            List<S> values,
            List<O> records,
            BiFunction<O, Issues, Optional<S>> get,
            ElementPut<S, O> put,
            Writing writing,
            String field) {
        if (values.equals(each(records, get))) {
            return Optional.empty();
        }
        return Optional.of(Lists.put(
                values,
                records,
                record -> get.apply(record, Issues.discarding()),
                (index, value, record) -> put.put(value, record, writing.at(field, index))));
    }

    private static Optional<Eligibility> eligibility(OrukService service, Issues issues) {
        Optional<Integer> minimum =
                service.minimumAge().flatMap(age -> Values.wholeYears(age, issues.at("minimum_age")));
        Optional<Integer> maximum =
                service.maximumAge().flatMap(age -> Values.wholeYears(age, issues.at("maximum_age")));
        if (minimum.isPresent() && maximum.isPresent() && maximum.get() < minimum.get()) {
            issues.at("maximum_age").add(OrukIssueCode.AGE_RANGE_REVERSED, "is below minimum_age: left out");
            maximum = Optional.empty();
        }
        Optional<String> description = Values.text(service.extensions(), ELIGIBILITY_DESCRIPTION);
        if (minimum.isEmpty() && maximum.isEmpty() && description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Eligibility.builder()
                .minimumAge(minimum)
                .maximumAge(maximum)
                .description(description)
                .build());
    }

    private static Optional<Instant> lastModified(OrukService service) {
        return service.lastModified().flatMap(text -> Values.instant(text, Issues.discarding()));
    }

    /** The images of a list's records that map, issues reported at each record's index. */
    private static <O, S> List<S> each(
            List<O> records, BiFunction<O, Issues, Optional<S>> get, Issues issues, String property) {
        List<S> images = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            get.apply(records.get(i), issues.at(property, i)).ifPresent(images::add);
        }
        return images;
    }

    private static <O, S> List<S> each(List<O> records, BiFunction<O, Issues, Optional<S>> get) {
        return each(records, get, Issues.discarding(), "");
    }

    static ServiceStatus status(OrukServiceStatus status) {
        return switch (status) {
            case ACTIVE -> ServiceStatus.ACTIVE;
            case INACTIVE -> ServiceStatus.INACTIVE;
            case DEFUNCT -> ServiceStatus.DEFUNCT;
            case TEMPORARILY_CLOSED -> ServiceStatus.TEMPORARILY_CLOSED;
        };
    }

    static OrukServiceStatus status(ServiceStatus status) {
        return switch (status) {
            case ACTIVE -> OrukServiceStatus.ACTIVE;
            case INACTIVE -> OrukServiceStatus.INACTIVE;
            case DEFUNCT -> OrukServiceStatus.DEFUNCT;
            case TEMPORARILY_CLOSED -> OrukServiceStatus.TEMPORARILY_CLOSED;
        };
    }

    /** How an element mapping writes one SDK value over an ORUK record, or as a new one. */
    @FunctionalInterface
    private interface ElementPut<S, O> {
        O put(S value, Optional<O> original, Writing writing);
    }

    private static OrukService clear(OrukService service, String property) {
        return Records.clear(service, property, OrukService::withExtensions);
    }
}
