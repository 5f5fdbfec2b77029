package org.socialprescribing.openreferral;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Random, invented ORUK directories: services nested the way a fully nested payload nests them, organizations,
 * services at locations, taxonomies and pages. With {@code schemaValid} the values also satisfy the compiled ORUK
 * schemas (UUID ids, e-mail addresses, URIs, date-times, no explicit nulls); without it, typed properties may
 * also come as an explicit {@code null} kept in the extensions.
 */
public final class OrukArbitraries {

    private final boolean schemaValid;

    private OrukArbitraries(boolean schemaValid) {
        this.schemaValid = schemaValid;
    }

    /** @return generators of records that the compiled ORUK schemas accept */
    public static OrukArbitraries schemaValid() {
        return new OrukArbitraries(true);
    }

    /** @return generators that also use what only the lossless rule covers: explicit nulls of typed properties */
    public static OrukArbitraries lossless() {
        return new OrukArbitraries(false);
    }

    public static Arbitrary<String> ids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                .as((high, low) -> new UUID(high, low).toString());
    }

    /** Free text: letters, punctuation, quotes, backslashes, control and non-ASCII characters (no surrogates). */
    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u024f')
                .withChars('\n', '\t', '\u0000', '"', '\\', '\u20ac', '\u4e2d')
                .ofMaxLength(24);
    }

    public static Arbitrary<String> emails() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(name -> name + "@example.org");
    }

    static Arbitrary<String> uris() {
        return Arbitraries.strings().alpha().numeric().ofMaxLength(10).map(path -> "https://example.org/" + path);
    }

    static Arbitrary<String> dates() {
        return Arbitraries.integers()
                .between(0, 20_000)
                .map(day -> java.time.LocalDate.ofEpochDay(day).toString());
    }

    static Arbitrary<String> dateTimes() {
        return Arbitraries.longs()
                .between(0, 4_000_000_000_000L)
                .map(millis -> java.time.Instant.ofEpochMilli(millis).toString());
    }

    /** Decimals of every shape JSON allows: integers, fractions with trailing zeros, exponents. */
    static Arbitrary<BigDecimal> numbers() {
        return Combinators.combine(
                        Arbitraries.bigIntegers()
                                .between(BigInteger.valueOf(-1_000_000), BigInteger.valueOf(1_000_000)),
                        Arbitraries.integers().between(-3, 6))
                .as(BigDecimal::new);
    }

    /** Unknown properties, named so that they never collide with a typed one. */
    static Arbitrary<Map<String, JsonValue>> unknownProperties() {
        Arbitrary<JsonValue> values = Arbitraries.of(
                        "\"local text\"",
                        "1.50",
                        "1E+3",
                        "-0.0",
                        "true",
                        "null",
                        "[]",
                        "{}",
                        "{\"a\":[1,null,{\"b\":\"c\"}]}")
                .map(JsonValue::parse);
        return Arbitraries.maps(
                        Arbitraries.strings()
                                .alpha()
                                .ofMinLength(1)
                                .ofMaxLength(6)
                                .map(name -> "x_" + name),
                        values)
                .ofMaxSize(2)
                .map(LinkedHashMap::new);
    }

    Arbitrary<Metadata> metadata() {
        return Builders.withBuilder(Metadata::builder)
                .use(ids())
                .in(ImmutableMetadata.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableMetadata.Builder::resourceId)
                .use(Arbitraries.of("service", "location"))
                .withProbability(0.5)
                .in(ImmutableMetadata.Builder::resourceType)
                .use(dates())
                .in(ImmutableMetadata.Builder::lastActionDate)
                .use(Arbitraries.of("create", "update", "delete"))
                .in(ImmutableMetadata.Builder::lastActionType)
                .use(text())
                .in(ImmutableMetadata.Builder::fieldName)
                .use(text())
                .in(ImmutableMetadata.Builder::previousValue)
                .use(text())
                .in(ImmutableMetadata.Builder::replacementValue)
                .use(text())
                .in(ImmutableMetadata.Builder::updatedBy)
                .use(unknownProperties())
                .in(ImmutableMetadata.Builder::putAllExtensions)
                .build(ImmutableMetadata.Builder::build);
    }

    Arbitrary<TaxonomyTerm> taxonomyTerms() {
        return Builders.withBuilder(TaxonomyTerm::builder)
                .use(ids())
                .in(ImmutableTaxonomyTerm.Builder::id)
                .use(text())
                .in(ImmutableTaxonomyTerm.Builder::name)
                .use(text())
                .in(ImmutableTaxonomyTerm.Builder::description)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableTaxonomyTerm.Builder::parentId)
                .use(Arbitraries.of("esdServiceTypes", "esdNeeds", "https://example.org/vocab"))
                .withProbability(0.5)
                .in(ImmutableTaxonomyTerm.Builder::taxonomy)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableTaxonomyTerm.Builder::taxonomyId)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableTaxonomyTerm.Builder::termUri)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableTaxonomyTerm.Builder::term)
                .use(few(metadata()))
                .in(ImmutableTaxonomyTerm.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(ImmutableTaxonomyTerm.Builder::putAllExtensions)
                .build(ImmutableTaxonomyTerm.Builder::build);
    }

    Arbitrary<Attribute> attributes() {
        return Builders.withBuilder(Attribute::builder)
                .use(ids())
                .in(ImmutableAttribute.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableAttribute.Builder::linkId)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableAttribute.Builder::taxonomyTermId)
                .use(Arbitraries.of("eligibility", "audience"))
                .withProbability(0.5)
                .in(ImmutableAttribute.Builder::linkType)
                .use(taxonomyTerms())
                .withProbability(0.7)
                .in(ImmutableAttribute.Builder::taxonomyTerm)
                .build(ImmutableAttribute.Builder::build);
    }

    Arbitrary<Taxonomy> taxonomies() {
        return Builders.withBuilder(Taxonomy::builder)
                .use(ids())
                .in(ImmutableTaxonomy.Builder::id)
                .use(text())
                .in(ImmutableTaxonomy.Builder::name)
                .use(text())
                .in(ImmutableTaxonomy.Builder::description)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableTaxonomy.Builder::uri)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableTaxonomy.Builder::version)
                .use(few(taxonomyTerms()))
                .in(ImmutableTaxonomy.Builder::addAllTaxonomyTerms)
                .use(unknownProperties())
                .in(ImmutableTaxonomy.Builder::putAllExtensions)
                .build(ImmutableTaxonomy.Builder::build);
    }

    Arbitrary<Language> languages() {
        return Builders.withBuilder(Language::builder)
                .use(ids())
                .in(ImmutableLanguage.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableLanguage.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableLanguage.Builder::phoneId)
                .use(Arbitraries.of("English", "Welsh", "Polish"))
                .withProbability(0.5)
                .in(ImmutableLanguage.Builder::name)
                .use(Arbitraries.of("en", "cy", "pl"))
                .withProbability(0.5)
                .in(ImmutableLanguage.Builder::code)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableLanguage.Builder::note)
                .build(ImmutableLanguage.Builder::build);
    }

    Arbitrary<Phone> phones() {
        return Builders.withBuilder(Phone::builder)
                .use(ids())
                .in(ImmutablePhone.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutablePhone.Builder::contactId)
                .use(Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(11))
                .in(ImmutablePhone.Builder::number)
                .use(text())
                .withProbability(0.5)
                .in(ImmutablePhone.Builder::description)
                .use(few(languages()))
                .in(ImmutablePhone.Builder::addAllLanguages)
                .build(ImmutablePhone.Builder::build);
    }

    Arbitrary<Contact> contacts() {
        return Builders.withBuilder(Contact::builder)
                .use(ids())
                .in(ImmutableContact.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableContact.Builder::serviceId)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableContact.Builder::name)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableContact.Builder::title)
                .use(few(phones()))
                .in(ImmutableContact.Builder::addAllPhones)
                .use(few(attributes()))
                .in(ImmutableContact.Builder::addAllAttributes)
                .build(ImmutableContact.Builder::build);
    }

    Arbitrary<Schedule> schedules() {
        return Builders.withBuilder(Schedule::builder)
                .use(ids())
                .in(ImmutableSchedule.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableSchedule.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableSchedule.Builder::serviceAtLocationId)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::validFrom)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::validTo)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::dtStart)
                .use(Arbitraries.of(ScheduleFrequency.class))
                .withProbability(0.7)
                .in(ImmutableSchedule.Builder::freq)
                .use(Arbitraries.integers().between(1, 4).map(BigDecimal::valueOf))
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::interval)
                .use(Arbitraries.of("MO", "TU,TH", "SA,SU"))
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::byDay)
                .use(Arbitraries.of("1", "1,15"))
                .withProbability(0.3)
                .in(ImmutableSchedule.Builder::byMonthDay)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::description)
                .use(Arbitraries.of("09:00:00", "10:30:00"))
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::opensAt)
                .use(Arbitraries.of("16:00:00", "18:30:00"))
                .withProbability(0.5)
                .in(ImmutableSchedule.Builder::closesAt)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableSchedule.Builder::scheduleLink)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableSchedule.Builder::attendingType)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableSchedule.Builder::notes)
                .build(ImmutableSchedule.Builder::build);
    }

    Arbitrary<ServiceArea> serviceAreas() {
        return Builders.withBuilder(ServiceArea::builder)
                .use(ids())
                .in(ImmutableServiceArea.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableServiceArea.Builder::serviceId)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableServiceArea.Builder::name)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableServiceArea.Builder::extent)
                .use(Arbitraries.of("geojson", "topojson", "kml", "text"))
                .withProbability(0.3)
                .in(ImmutableServiceArea.Builder::extentType)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableServiceArea.Builder::uri)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableServiceArea.Builder::serviceArea)
                .build(ImmutableServiceArea.Builder::build);
    }

    Arbitrary<CostOption> costOptions() {
        return Builders.withBuilder(CostOption::builder)
                .use(ids())
                .in(ImmutableCostOption.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableCostOption.Builder::serviceId)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableCostOption.Builder::validFrom)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableCostOption.Builder::validTo)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableCostOption.Builder::option)
                .use(numbers())
                .withProbability(0.7)
                .in(ImmutableCostOption.Builder::amount)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableCostOption.Builder::amountDescription)
                .build(ImmutableCostOption.Builder::build);
    }

    Arbitrary<Funding> funding() {
        return Builders.withBuilder(Funding::builder)
                .use(ids())
                .in(ImmutableFunding.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableFunding.Builder::serviceId)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableFunding.Builder::source)
                .build(ImmutableFunding.Builder::build);
    }

    Arbitrary<Accessibility> accessibility() {
        return Builders.withBuilder(Accessibility::builder)
                .use(ids())
                .in(ImmutableAccessibility.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableAccessibility.Builder::locationId)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableAccessibility.Builder::description)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableAccessibility.Builder::details)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableAccessibility.Builder::url)
                .use(few(attributes()))
                .in(ImmutableAccessibility.Builder::addAllAttributes)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableAccessibility.Builder::accessibility)
                .build(ImmutableAccessibility.Builder::build);
    }

    Arbitrary<Address> addresses() {
        return Builders.withBuilder(Address::builder)
                .use(ids())
                .in(ImmutableAddress.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableAddress.Builder::locationId)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableAddress.Builder::attention)
                .use(text())
                .in(ImmutableAddress.Builder::address1)
                .use(text())
                .in(ImmutableAddress.Builder::city)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableAddress.Builder::region)
                .use(text())
                .in(ImmutableAddress.Builder::stateProvince)
                .use(Arbitraries.of("LS1 4AP", "M1 1AE", ""))
                .in(ImmutableAddress.Builder::postalCode)
                .use(Arbitraries.of("GB", "IE"))
                .in(ImmutableAddress.Builder::country)
                .use(Arbitraries.of(AddressType.class))
                .in(ImmutableAddress.Builder::addressType)
                .use(few(attributes()))
                .in(ImmutableAddress.Builder::addAllAttributes)
                .build(ImmutableAddress.Builder::build);
    }

    Arbitrary<Location> locations() {
        Arbitrary<Location> locations = Builders.withBuilder(Location::builder)
                .use(ids())
                .in(ImmutableLocation.Builder::id)
                .use(Arbitraries.of(LocationType.class))
                .in(ImmutableLocation.Builder::locationType)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableLocation.Builder::name)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableLocation.Builder::description)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableLocation.Builder::latitude)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableLocation.Builder::longitude)
                .use(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12))
                .withProbability(0.3)
                .in(ImmutableLocation.Builder::externalIdentifier)
                .use(Arbitraries.of("UPRN"))
                .withProbability(0.3)
                .in(ImmutableLocation.Builder::externalIdentifierType)
                .use(few(addresses()))
                .in(ImmutableLocation.Builder::addAllAddresses)
                .use(few(accessibility()))
                .in(ImmutableLocation.Builder::addAllAccessibility)
                .use(few(phones()))
                .in(ImmutableLocation.Builder::addAllPhones)
                .use(few(attributes()))
                .in(ImmutableLocation.Builder::addAllAttributes)
                .use(unknownProperties())
                .in(ImmutableLocation.Builder::putAllExtensions)
                .build(ImmutableLocation.Builder::build);
        return sometimes(
                locations,
                location -> location.latitude().isEmpty() && !schemaValid
                        ? ImmutableLocation.copyOf(location)
                                .withExtensions(with(location.extensions(), "latitude", JsonValue.NULL))
                        : location);
    }

    Arbitrary<OrganizationIdentifier> organizationIdentifiers() {
        return Builders.withBuilder(OrganizationIdentifier::builder)
                .use(ids())
                .in(ImmutableOrganizationIdentifier.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrganizationIdentifier.Builder::organizationId)
                .use(Arbitraries.of("GB-COH", "GB-CHC", "GB-SC"))
                .withProbability(0.8)
                .in(ImmutableOrganizationIdentifier.Builder::identifierScheme)
                .use(Arbitraries.of("Company number", "Charity number"))
                .in(ImmutableOrganizationIdentifier.Builder::identifierType)
                .use(Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(8))
                .in(ImmutableOrganizationIdentifier.Builder::identifier)
                .build(ImmutableOrganizationIdentifier.Builder::build);
    }

    /** Organizations as a service nests them: without their own services. */
    public Arbitrary<Organization> organizations() {
        return organizations(Arbitraries.just(List.of()));
    }

    /** Fully nested organizations, with short services. */
    public Arbitrary<Organization> organizationsWithServices() {
        return organizations(few(services(Arbitraries.just(List.of()), Arbitraries.just(List.of()))));
    }

    private Arbitrary<Organization> organizations(Arbitrary<List<Service>> services) {
        return Builders.withBuilder(Organization::builder)
                .use(ids())
                .in(ImmutableOrganization.Builder::id)
                .use(text())
                .in(ImmutableOrganization.Builder::name)
                .use(text())
                .in(ImmutableOrganization.Builder::description)
                .use(emails())
                .withProbability(0.5)
                .in(ImmutableOrganization.Builder::email)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableOrganization.Builder::website)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableOrganization.Builder::logo)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableOrganization.Builder::uri)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrganization.Builder::parentOrganizationId)
                .use(few(phones()))
                .in(ImmutableOrganization.Builder::addAllPhones)
                .use(few(organizationIdentifiers()))
                .in(ImmutableOrganization.Builder::addAllOrganizationIdentifiers)
                .use(few(attributes()))
                .in(ImmutableOrganization.Builder::addAllAttributes)
                .use(services)
                .in(ImmutableOrganization.Builder::addAllServices)
                .use(few(metadata()))
                .in(ImmutableOrganization.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(ImmutableOrganization.Builder::putAllExtensions)
                .build(ImmutableOrganization.Builder::build);
    }

    /** Services at locations with their location, as a fully nested service lists them. */
    Arbitrary<ServiceAtLocation> serviceAtLocations() {
        return serviceAtLocations(Arbitraries.just(List.of()));
    }

    /** Fully nested services at locations: with the location and a service that has its organization. */
    public Arbitrary<ServiceAtLocation> serviceAtLocationsWithService() {
        return serviceAtLocations(
                services(Arbitraries.just(List.of()), organizations().list().ofMaxSize(1))
                        .list()
                        .ofSize(1));
    }

    private Arbitrary<ServiceAtLocation> serviceAtLocations(Arbitrary<List<Service>> service) {
        return Builders.withBuilder(ServiceAtLocation::builder)
                .use(ids())
                .in(ImmutableServiceAtLocation.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableServiceAtLocation.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableServiceAtLocation.Builder::locationId)
                .use(few(phones()))
                .in(ImmutableServiceAtLocation.Builder::addAllPhones)
                .use(locations())
                .withProbability(0.8)
                .in(ImmutableServiceAtLocation.Builder::location)
                .use(service)
                .in((builder, found) -> found.isEmpty() ? builder : builder.service(found.get(0)))
                .build(ImmutableServiceAtLocation.Builder::build);
    }

    /** Fully nested services: with locations, schedules, organization and the rest. */
    public Arbitrary<Service> services() {
        return services(few(serviceAtLocations()), organizations().list().ofMaxSize(1));
    }

    private Arbitrary<Service> services(
            Arbitrary<List<ServiceAtLocation>> serviceAtLocations, Arbitrary<List<Organization>> organization) {
        Arbitrary<Service> services = Builders.withBuilder(Service::builder)
                .use(ids())
                .in(ImmutableService.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableService.Builder::organizationId)
                .use(text())
                .in(ImmutableService.Builder::name)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableService.Builder::description)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableService.Builder::url)
                .use(emails())
                .withProbability(0.5)
                .in(ImmutableService.Builder::email)
                .use(Arbitraries.of(ServiceStatus.class))
                .in(ImmutableService.Builder::status)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableService.Builder::fees)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableService.Builder::accreditations)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableService.Builder::minimumAge)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableService.Builder::maximumAge)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableService.Builder::assuredDate)
                .use(emails())
                .withProbability(0.3)
                .in(ImmutableService.Builder::assurerEmail)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableService.Builder::alert)
                .use(dateTimes())
                .withProbability(0.7)
                .in(ImmutableService.Builder::lastModified)
                .use(few(phones()))
                .in(ImmutableService.Builder::addAllPhones)
                .use(few(schedules()))
                .in(ImmutableService.Builder::addAllSchedules)
                .use(few(serviceAreas()))
                .in(ImmutableService.Builder::addAllServiceAreas)
                .use(serviceAtLocations)
                .in(ImmutableService.Builder::addAllServiceAtLocations)
                .use(few(languages()))
                .in(ImmutableService.Builder::addAllLanguages)
                .use(organization)
                .in((builder, found) -> found.isEmpty() ? builder : builder.organization(found.get(0)))
                .use(few(funding()))
                .in(ImmutableService.Builder::addAllFunding)
                .use(few(costOptions()))
                .in(ImmutableService.Builder::addAllCostOptions)
                .use(few(contacts()))
                .in(ImmutableService.Builder::addAllContacts)
                .use(few(attributes()))
                .in(ImmutableService.Builder::addAllAttributes)
                .use(few(metadata()))
                .in(ImmutableService.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(ImmutableService.Builder::putAllExtensions)
                .build(ImmutableService.Builder::build);
        return sometimes(services, service -> {
            Map<String, JsonValue> extensions = service.extensions();
            if (service.schedules().isEmpty()) {
                extensions = with(extensions, "schedules", JsonValue.EMPTY_ARRAY);
            }
            if (service.email().isEmpty() && !schemaValid) {
                extensions = with(extensions, "email", JsonValue.NULL);
            }
            return ImmutableService.copyOf(service).withExtensions(extensions);
        });
    }

    /** Pages of fully nested services, as a feed with {@code full=true} might serve them. */
    public Arbitrary<Page<Service>> servicePages() {
        return Builders.withBuilder(Page::<Service>builder)
                .use(Arbitraries.integers().between(0, 1000))
                .withProbability(0.8)
                .in((b, v) -> b.totalItems(v))
                .use(Arbitraries.integers().between(0, 100))
                .withProbability(0.8)
                .in((b, v) -> b.totalPages(v))
                .use(Arbitraries.integers().between(1, 100))
                .withProbability(0.8)
                .in((b, v) -> b.pageNumber(v))
                .use(Arbitraries.integers().between(0, 50))
                .withProbability(0.8)
                .in((b, v) -> b.size(v))
                .use(Arbitraries.of(true, false))
                .withProbability(0.8)
                .in((b, v) -> b.firstPage(v))
                .use(Arbitraries.of(true, false))
                .withProbability(0.8)
                .in((b, v) -> b.lastPage(v))
                .use(Arbitraries.of(true, false))
                .withProbability(0.8)
                .in((b, v) -> b.empty(v))
                .use(services().list().ofMaxSize(3))
                .in(ImmutablePage.Builder::addAllContents)
                .use(unknownProperties())
                .in(ImmutablePage.Builder::putAllExtensions)
                .build(ImmutablePage.Builder::build);
    }

    private static <T> Arbitrary<List<T>> few(Arbitrary<T> elements) {
        return elements.list().ofMaxSize(2);
    }

    /**
     * Half of the time, gives a record placeholder extensions: empty typed properties written as {@code null} or
     * {@code []}.
     */
    private static <T> Arbitrary<T> sometimes(Arbitrary<T> records, UnaryOperator<T> addPlaceholders) {
        return Combinators.combine(records, Arbitraries.of(true, false))
                .as((record, placeholders) -> placeholders ? addPlaceholders.apply(record) : record);
    }

    private static Map<String, JsonValue> with(Map<String, JsonValue> extensions, String name, JsonValue value) {
        Map<String, JsonValue> copy = new LinkedHashMap<>(extensions);
        copy.put(name, value);
        return copy;
    }
}
