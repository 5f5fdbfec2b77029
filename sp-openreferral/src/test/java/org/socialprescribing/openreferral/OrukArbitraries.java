package org.socialprescribing.openreferral;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
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
                .map(day -> LocalDate.ofEpochDay(day).toString());
    }

    static Arbitrary<String> dateTimes() {
        return Arbitraries.longs()
                .between(0, 4_000_000_000_000L)
                .map(millis -> Instant.ofEpochMilli(millis).toString());
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

    Arbitrary<OrukMetadata> metadata() {
        return Builders.withBuilder(OrukMetadata::builder)
                .use(ids())
                .in(OrukMetadata.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(OrukMetadata.Builder::resourceId)
                .use(Arbitraries.of("service", "location"))
                .withProbability(0.5)
                .in(OrukMetadata.Builder::resourceType)
                .use(dates())
                .in(OrukMetadata.Builder::lastActionDate)
                .use(Arbitraries.of("create", "update", "delete"))
                .in(OrukMetadata.Builder::lastActionType)
                .use(text())
                .in(OrukMetadata.Builder::fieldName)
                .use(text())
                .in(OrukMetadata.Builder::previousValue)
                .use(text())
                .in(OrukMetadata.Builder::replacementValue)
                .use(text())
                .in(OrukMetadata.Builder::updatedBy)
                .use(unknownProperties())
                .in(OrukMetadata.Builder::putAllExtensions)
                .build(OrukMetadata.Builder::build);
    }

    Arbitrary<OrukTaxonomyTerm> taxonomyTerms() {
        return Builders.withBuilder(OrukTaxonomyTerm::builder)
                .use(ids())
                .in(OrukTaxonomyTerm.Builder::id)
                .use(text())
                .in(OrukTaxonomyTerm.Builder::name)
                .use(text())
                .in(OrukTaxonomyTerm.Builder::description)
                .use(ids())
                .withProbability(0.5)
                .in(OrukTaxonomyTerm.Builder::parentId)
                .use(Arbitraries.of("esdServiceTypes", "esdNeeds", "https://example.org/vocab"))
                .withProbability(0.5)
                .in(OrukTaxonomyTerm.Builder::taxonomy)
                .use(ids())
                .withProbability(0.5)
                .in(OrukTaxonomyTerm.Builder::taxonomyId)
                .use(uris())
                .withProbability(0.5)
                .in(OrukTaxonomyTerm.Builder::termUri)
                .use(text())
                .withProbability(0.5)
                .in(OrukTaxonomyTerm.Builder::term)
                .use(few(metadata()))
                .in(OrukTaxonomyTerm.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(OrukTaxonomyTerm.Builder::putAllExtensions)
                .build(OrukTaxonomyTerm.Builder::build);
    }

    Arbitrary<OrukAttribute> attributes() {
        return Builders.withBuilder(OrukAttribute::builder)
                .use(ids())
                .in(OrukAttribute.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(OrukAttribute.Builder::linkId)
                .use(ids())
                .withProbability(0.5)
                .in(OrukAttribute.Builder::taxonomyTermId)
                .use(Arbitraries.of("eligibility", "audience"))
                .withProbability(0.5)
                .in(OrukAttribute.Builder::linkType)
                .use(taxonomyTerms())
                .withProbability(0.7)
                .in(OrukAttribute.Builder::taxonomyTerm)
                .build(OrukAttribute.Builder::build);
    }

    Arbitrary<OrukTaxonomy> taxonomies() {
        return Builders.withBuilder(OrukTaxonomy::builder)
                .use(ids())
                .in(OrukTaxonomy.Builder::id)
                .use(text())
                .in(OrukTaxonomy.Builder::name)
                .use(text())
                .in(OrukTaxonomy.Builder::description)
                .use(uris())
                .withProbability(0.5)
                .in(OrukTaxonomy.Builder::uri)
                .use(text())
                .withProbability(0.5)
                .in(OrukTaxonomy.Builder::version)
                .use(few(taxonomyTerms()))
                .in(OrukTaxonomy.Builder::addAllTaxonomyTerms)
                .use(unknownProperties())
                .in(OrukTaxonomy.Builder::putAllExtensions)
                .build(OrukTaxonomy.Builder::build);
    }

    Arbitrary<OrukLanguage> languages() {
        return Builders.withBuilder(OrukLanguage::builder)
                .use(ids())
                .in(OrukLanguage.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukLanguage.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(OrukLanguage.Builder::phoneId)
                .use(Arbitraries.of("English", "Welsh", "Polish"))
                .withProbability(0.5)
                .in(OrukLanguage.Builder::name)
                .use(Arbitraries.of("en", "cy", "pl"))
                .withProbability(0.5)
                .in(OrukLanguage.Builder::code)
                .use(text())
                .withProbability(0.3)
                .in(OrukLanguage.Builder::note)
                .build(OrukLanguage.Builder::build);
    }

    Arbitrary<OrukPhone> phones() {
        return Builders.withBuilder(OrukPhone::builder)
                .use(ids())
                .in(OrukPhone.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukPhone.Builder::contactId)
                .use(Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(11))
                .in(OrukPhone.Builder::number)
                .use(text())
                .withProbability(0.5)
                .in(OrukPhone.Builder::description)
                .use(few(languages()))
                .in(OrukPhone.Builder::addAllLanguages)
                .build(OrukPhone.Builder::build);
    }

    Arbitrary<OrukContact> contacts() {
        return Builders.withBuilder(OrukContact::builder)
                .use(ids())
                .in(OrukContact.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukContact.Builder::serviceId)
                .use(text())
                .withProbability(0.7)
                .in(OrukContact.Builder::name)
                .use(text())
                .withProbability(0.5)
                .in(OrukContact.Builder::title)
                .use(few(phones()))
                .in(OrukContact.Builder::addAllPhones)
                .use(few(attributes()))
                .in(OrukContact.Builder::addAllAttributes)
                .build(OrukContact.Builder::build);
    }

    Arbitrary<OrukSchedule> schedules() {
        return Builders.withBuilder(OrukSchedule::builder)
                .use(ids())
                .in(OrukSchedule.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukSchedule.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(OrukSchedule.Builder::serviceAtLocationId)
                .use(dates())
                .withProbability(0.5)
                .in(OrukSchedule.Builder::validFrom)
                .use(dates())
                .withProbability(0.5)
                .in(OrukSchedule.Builder::validTo)
                .use(dates())
                .withProbability(0.5)
                .in(OrukSchedule.Builder::dtStart)
                .use(Arbitraries.of(OrukScheduleFrequency.class))
                .withProbability(0.7)
                .in(OrukSchedule.Builder::freq)
                .use(Arbitraries.integers().between(1, 4).map(BigDecimal::valueOf))
                .withProbability(0.5)
                .in(OrukSchedule.Builder::interval)
                .use(Arbitraries.of("MO", "TU,TH", "SA,SU"))
                .withProbability(0.5)
                .in(OrukSchedule.Builder::byDay)
                .use(Arbitraries.of("1", "1,15"))
                .withProbability(0.3)
                .in(OrukSchedule.Builder::byMonthDay)
                .use(text())
                .withProbability(0.5)
                .in(OrukSchedule.Builder::description)
                .use(Arbitraries.of("09:00:00", "10:30:00"))
                .withProbability(0.5)
                .in(OrukSchedule.Builder::opensAt)
                .use(Arbitraries.of("16:00:00", "18:30:00"))
                .withProbability(0.5)
                .in(OrukSchedule.Builder::closesAt)
                .use(uris())
                .withProbability(0.3)
                .in(OrukSchedule.Builder::scheduleLink)
                .use(text())
                .withProbability(0.3)
                .in(OrukSchedule.Builder::attendingType)
                .use(text())
                .withProbability(0.3)
                .in(OrukSchedule.Builder::notes)
                .build(OrukSchedule.Builder::build);
    }

    Arbitrary<OrukServiceArea> serviceAreas() {
        return Builders.withBuilder(OrukServiceArea::builder)
                .use(ids())
                .in(OrukServiceArea.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukServiceArea.Builder::serviceId)
                .use(text())
                .withProbability(0.5)
                .in(OrukServiceArea.Builder::name)
                .use(text())
                .withProbability(0.3)
                .in(OrukServiceArea.Builder::extent)
                .use(Arbitraries.of("geojson", "topojson", "kml", "text"))
                .withProbability(0.3)
                .in(OrukServiceArea.Builder::extentType)
                .use(uris())
                .withProbability(0.3)
                .in(OrukServiceArea.Builder::uri)
                .use(text())
                .withProbability(0.5)
                .in(OrukServiceArea.Builder::serviceArea)
                .build(OrukServiceArea.Builder::build);
    }

    Arbitrary<OrukCostOption> costOptions() {
        return Builders.withBuilder(OrukCostOption::builder)
                .use(ids())
                .in(OrukCostOption.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukCostOption.Builder::serviceId)
                .use(dates())
                .withProbability(0.5)
                .in(OrukCostOption.Builder::validFrom)
                .use(dates())
                .withProbability(0.5)
                .in(OrukCostOption.Builder::validTo)
                .use(text())
                .withProbability(0.5)
                .in(OrukCostOption.Builder::option)
                .use(numbers())
                .withProbability(0.7)
                .in(OrukCostOption.Builder::amount)
                .use(text())
                .withProbability(0.5)
                .in(OrukCostOption.Builder::amountDescription)
                .build(OrukCostOption.Builder::build);
    }

    Arbitrary<OrukFunding> funding() {
        return Builders.withBuilder(OrukFunding::builder)
                .use(ids())
                .in(OrukFunding.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukFunding.Builder::serviceId)
                .use(text())
                .withProbability(0.7)
                .in(OrukFunding.Builder::source)
                .build(OrukFunding.Builder::build);
    }

    Arbitrary<OrukAccessibility> accessibility() {
        return Builders.withBuilder(OrukAccessibility::builder)
                .use(ids())
                .in(OrukAccessibility.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukAccessibility.Builder::locationId)
                .use(text())
                .withProbability(0.5)
                .in(OrukAccessibility.Builder::description)
                .use(text())
                .withProbability(0.5)
                .in(OrukAccessibility.Builder::details)
                .use(uris())
                .withProbability(0.3)
                .in(OrukAccessibility.Builder::url)
                .use(few(attributes()))
                .in(OrukAccessibility.Builder::addAllAttributes)
                .use(text())
                .withProbability(0.5)
                .in(OrukAccessibility.Builder::accessibility)
                .build(OrukAccessibility.Builder::build);
    }

    Arbitrary<OrukAddress> addresses() {
        return Builders.withBuilder(OrukAddress::builder)
                .use(ids())
                .in(OrukAddress.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukAddress.Builder::locationId)
                .use(text())
                .withProbability(0.3)
                .in(OrukAddress.Builder::attention)
                .use(text())
                .in(OrukAddress.Builder::address1)
                .use(text())
                .in(OrukAddress.Builder::city)
                .use(text())
                .withProbability(0.3)
                .in(OrukAddress.Builder::region)
                .use(text())
                .in(OrukAddress.Builder::stateProvince)
                .use(Arbitraries.of("LS1 4AP", "M1 1AE", ""))
                .in(OrukAddress.Builder::postalCode)
                .use(Arbitraries.of("GB", "IE"))
                .in(OrukAddress.Builder::country)
                .use(Arbitraries.of(OrukAddressType.class))
                .in(OrukAddress.Builder::addressType)
                .use(few(attributes()))
                .in(OrukAddress.Builder::addAllAttributes)
                .build(OrukAddress.Builder::build);
    }

    Arbitrary<OrukLocation> locations() {
        Arbitrary<OrukLocation> locations = Builders.withBuilder(OrukLocation::builder)
                .use(ids())
                .in(OrukLocation.Builder::id)
                .use(Arbitraries.of(OrukLocationType.class))
                .in(OrukLocation.Builder::locationType)
                .use(text())
                .withProbability(0.7)
                .in(OrukLocation.Builder::name)
                .use(text())
                .withProbability(0.5)
                .in(OrukLocation.Builder::description)
                .use(numbers())
                .withProbability(0.5)
                .in(OrukLocation.Builder::latitude)
                .use(numbers())
                .withProbability(0.5)
                .in(OrukLocation.Builder::longitude)
                .use(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12))
                .withProbability(0.3)
                .in(OrukLocation.Builder::externalIdentifier)
                .use(Arbitraries.of("UPRN"))
                .withProbability(0.3)
                .in(OrukLocation.Builder::externalIdentifierType)
                .use(few(addresses()))
                .in(OrukLocation.Builder::addAllAddresses)
                .use(few(accessibility()))
                .in(OrukLocation.Builder::addAllAccessibility)
                .use(few(phones()))
                .in(OrukLocation.Builder::addAllPhones)
                .use(few(attributes()))
                .in(OrukLocation.Builder::addAllAttributes)
                .use(unknownProperties())
                .in(OrukLocation.Builder::putAllExtensions)
                .build(OrukLocation.Builder::build);
        return sometimes(
                locations,
                location -> location.latitude().isEmpty() && !schemaValid
                        ? location.withExtensions(with(location.extensions(), "latitude", JsonValue.NULL))
                        : location);
    }

    Arbitrary<OrukOrganizationIdentifier> organizationIdentifiers() {
        return Builders.withBuilder(OrukOrganizationIdentifier::builder)
                .use(ids())
                .in(OrukOrganizationIdentifier.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukOrganizationIdentifier.Builder::organizationId)
                .use(Arbitraries.of("GB-COH", "GB-CHC", "GB-SC"))
                .withProbability(0.8)
                .in(OrukOrganizationIdentifier.Builder::identifierScheme)
                .use(Arbitraries.of("Company number", "Charity number"))
                .in(OrukOrganizationIdentifier.Builder::identifierType)
                .use(Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(8))
                .in(OrukOrganizationIdentifier.Builder::identifier)
                .build(OrukOrganizationIdentifier.Builder::build);
    }

    /** Organizations as a service nests them: without their own services. */
    public Arbitrary<OrukOrganization> organizations() {
        return organizations(Arbitraries.just(List.of()));
    }

    /** Fully nested organizations, with short services. */
    public Arbitrary<OrukOrganization> organizationsWithServices() {
        return organizations(few(services(Arbitraries.just(List.of()), Arbitraries.just(List.of()))));
    }

    private Arbitrary<OrukOrganization> organizations(Arbitrary<List<OrukService>> services) {
        return Builders.withBuilder(OrukOrganization::builder)
                .use(ids())
                .in(OrukOrganization.Builder::id)
                .use(text())
                .in(OrukOrganization.Builder::name)
                .use(text())
                .in(OrukOrganization.Builder::description)
                .use(emails())
                .withProbability(0.5)
                .in(OrukOrganization.Builder::email)
                .use(uris())
                .withProbability(0.5)
                .in(OrukOrganization.Builder::website)
                .use(uris())
                .withProbability(0.3)
                .in(OrukOrganization.Builder::logo)
                .use(uris())
                .withProbability(0.3)
                .in(OrukOrganization.Builder::uri)
                .use(ids())
                .withProbability(0.3)
                .in(OrukOrganization.Builder::parentOrganizationId)
                .use(few(phones()))
                .in(OrukOrganization.Builder::addAllPhones)
                .use(few(organizationIdentifiers()))
                .in(OrukOrganization.Builder::addAllOrganizationIdentifiers)
                .use(few(attributes()))
                .in(OrukOrganization.Builder::addAllAttributes)
                .use(services)
                .in(OrukOrganization.Builder::addAllServices)
                .use(few(metadata()))
                .in(OrukOrganization.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(OrukOrganization.Builder::putAllExtensions)
                .build(OrukOrganization.Builder::build);
    }

    /** Services at locations with their location, as a fully nested service lists them. */
    Arbitrary<OrukServiceAtLocation> serviceAtLocations() {
        return serviceAtLocations(Arbitraries.just(List.of()));
    }

    /** Fully nested services at locations: with the location and a service that has its organization. */
    public Arbitrary<OrukServiceAtLocation> serviceAtLocationsWithService() {
        return serviceAtLocations(
                services(Arbitraries.just(List.of()), organizations().list().ofMaxSize(1))
                        .list()
                        .ofSize(1));
    }

    private Arbitrary<OrukServiceAtLocation> serviceAtLocations(Arbitrary<List<OrukService>> service) {
        return Builders.withBuilder(OrukServiceAtLocation::builder)
                .use(ids())
                .in(OrukServiceAtLocation.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(OrukServiceAtLocation.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(OrukServiceAtLocation.Builder::locationId)
                .use(few(phones()))
                .in(OrukServiceAtLocation.Builder::addAllPhones)
                .use(locations())
                .withProbability(0.8)
                .in(OrukServiceAtLocation.Builder::location)
                .use(service)
                .in((builder, found) -> found.isEmpty() ? builder : builder.service(found.get(0)))
                .build(OrukServiceAtLocation.Builder::build);
    }

    /** Fully nested services: with locations, schedules, organization and the rest. */
    public Arbitrary<OrukService> services() {
        return services(few(serviceAtLocations()), organizations().list().ofMaxSize(1));
    }

    private Arbitrary<OrukService> services(
            Arbitrary<List<OrukServiceAtLocation>> serviceAtLocations, Arbitrary<List<OrukOrganization>> organization) {
        Arbitrary<OrukService> services = Builders.withBuilder(OrukService::builder)
                .use(ids())
                .in(OrukService.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(OrukService.Builder::organizationId)
                .use(text())
                .in(OrukService.Builder::name)
                .use(text())
                .withProbability(0.7)
                .in(OrukService.Builder::description)
                .use(uris())
                .withProbability(0.5)
                .in(OrukService.Builder::url)
                .use(emails())
                .withProbability(0.5)
                .in(OrukService.Builder::email)
                .use(Arbitraries.of(OrukServiceStatus.class))
                .in(OrukService.Builder::status)
                .use(text())
                .withProbability(0.3)
                .in(OrukService.Builder::fees)
                .use(text())
                .withProbability(0.3)
                .in(OrukService.Builder::accreditations)
                .use(numbers())
                .withProbability(0.5)
                .in(OrukService.Builder::minimumAge)
                .use(numbers())
                .withProbability(0.5)
                .in(OrukService.Builder::maximumAge)
                .use(dates())
                .withProbability(0.5)
                .in(OrukService.Builder::assuredDate)
                .use(emails())
                .withProbability(0.3)
                .in(OrukService.Builder::assurerEmail)
                .use(text())
                .withProbability(0.3)
                .in(OrukService.Builder::alert)
                .use(dateTimes())
                .withProbability(0.7)
                .in(OrukService.Builder::lastModified)
                .use(few(phones()))
                .in(OrukService.Builder::addAllPhones)
                .use(few(schedules()))
                .in(OrukService.Builder::addAllSchedules)
                .use(few(serviceAreas()))
                .in(OrukService.Builder::addAllServiceAreas)
                .use(serviceAtLocations)
                .in(OrukService.Builder::addAllServiceAtLocations)
                .use(few(languages()))
                .in(OrukService.Builder::addAllLanguages)
                .use(organization)
                .in((builder, found) -> found.isEmpty() ? builder : builder.organization(found.get(0)))
                .use(few(funding()))
                .in(OrukService.Builder::addAllFunding)
                .use(few(costOptions()))
                .in(OrukService.Builder::addAllCostOptions)
                .use(few(contacts()))
                .in(OrukService.Builder::addAllContacts)
                .use(few(attributes()))
                .in(OrukService.Builder::addAllAttributes)
                .use(few(metadata()))
                .in(OrukService.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(OrukService.Builder::putAllExtensions)
                .build(OrukService.Builder::build);
        return sometimes(services, service -> {
            Map<String, JsonValue> extensions = service.extensions();
            if (service.schedules().isEmpty()) {
                extensions = with(extensions, "schedules", JsonValue.EMPTY_ARRAY);
            }
            if (service.email().isEmpty() && !schemaValid) {
                extensions = with(extensions, "email", JsonValue.NULL);
            }
            return service.withExtensions(extensions);
        });
    }

    /** Pages of fully nested services, as a feed with {@code full=true} might serve them. */
    public Arbitrary<OrukPage<OrukService>> servicePages() {
        return Builders.withBuilder(OrukPage::<OrukService>builder)
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
                .in(OrukPage.Builder::addAllContents)
                .use(unknownProperties())
                .in(OrukPage.Builder::putAllExtensions)
                .build(OrukPage.Builder::build);
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
