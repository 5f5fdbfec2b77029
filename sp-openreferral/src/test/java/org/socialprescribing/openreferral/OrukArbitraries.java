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
                .in(ImmutableOrukMetadata.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableOrukMetadata.Builder::resourceId)
                .use(Arbitraries.of("service", "location"))
                .withProbability(0.5)
                .in(ImmutableOrukMetadata.Builder::resourceType)
                .use(dates())
                .in(ImmutableOrukMetadata.Builder::lastActionDate)
                .use(Arbitraries.of("create", "update", "delete"))
                .in(ImmutableOrukMetadata.Builder::lastActionType)
                .use(text())
                .in(ImmutableOrukMetadata.Builder::fieldName)
                .use(text())
                .in(ImmutableOrukMetadata.Builder::previousValue)
                .use(text())
                .in(ImmutableOrukMetadata.Builder::replacementValue)
                .use(text())
                .in(ImmutableOrukMetadata.Builder::updatedBy)
                .use(unknownProperties())
                .in(ImmutableOrukMetadata.Builder::putAllExtensions)
                .build(ImmutableOrukMetadata.Builder::build);
    }

    Arbitrary<OrukTaxonomyTerm> taxonomyTerms() {
        return Builders.withBuilder(OrukTaxonomyTerm::builder)
                .use(ids())
                .in(ImmutableOrukTaxonomyTerm.Builder::id)
                .use(text())
                .in(ImmutableOrukTaxonomyTerm.Builder::name)
                .use(text())
                .in(ImmutableOrukTaxonomyTerm.Builder::description)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableOrukTaxonomyTerm.Builder::parentId)
                .use(Arbitraries.of("esdServiceTypes", "esdNeeds", "https://example.org/vocab"))
                .withProbability(0.5)
                .in(ImmutableOrukTaxonomyTerm.Builder::taxonomy)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableOrukTaxonomyTerm.Builder::taxonomyId)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableOrukTaxonomyTerm.Builder::termUri)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukTaxonomyTerm.Builder::term)
                .use(few(metadata()))
                .in(ImmutableOrukTaxonomyTerm.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(ImmutableOrukTaxonomyTerm.Builder::putAllExtensions)
                .build(ImmutableOrukTaxonomyTerm.Builder::build);
    }

    Arbitrary<OrukAttribute> attributes() {
        return Builders.withBuilder(OrukAttribute::builder)
                .use(ids())
                .in(ImmutableOrukAttribute.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableOrukAttribute.Builder::linkId)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableOrukAttribute.Builder::taxonomyTermId)
                .use(Arbitraries.of("eligibility", "audience"))
                .withProbability(0.5)
                .in(ImmutableOrukAttribute.Builder::linkType)
                .use(taxonomyTerms())
                .withProbability(0.7)
                .in(ImmutableOrukAttribute.Builder::taxonomyTerm)
                .build(ImmutableOrukAttribute.Builder::build);
    }

    Arbitrary<OrukTaxonomy> taxonomies() {
        return Builders.withBuilder(OrukTaxonomy::builder)
                .use(ids())
                .in(ImmutableOrukTaxonomy.Builder::id)
                .use(text())
                .in(ImmutableOrukTaxonomy.Builder::name)
                .use(text())
                .in(ImmutableOrukTaxonomy.Builder::description)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableOrukTaxonomy.Builder::uri)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukTaxonomy.Builder::version)
                .use(few(taxonomyTerms()))
                .in(ImmutableOrukTaxonomy.Builder::addAllTaxonomyTerms)
                .use(unknownProperties())
                .in(ImmutableOrukTaxonomy.Builder::putAllExtensions)
                .build(ImmutableOrukTaxonomy.Builder::build);
    }

    Arbitrary<OrukLanguage> languages() {
        return Builders.withBuilder(OrukLanguage::builder)
                .use(ids())
                .in(ImmutableOrukLanguage.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukLanguage.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukLanguage.Builder::phoneId)
                .use(Arbitraries.of("English", "Welsh", "Polish"))
                .withProbability(0.5)
                .in(ImmutableOrukLanguage.Builder::name)
                .use(Arbitraries.of("en", "cy", "pl"))
                .withProbability(0.5)
                .in(ImmutableOrukLanguage.Builder::code)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukLanguage.Builder::note)
                .build(ImmutableOrukLanguage.Builder::build);
    }

    Arbitrary<OrukPhone> phones() {
        return Builders.withBuilder(OrukPhone::builder)
                .use(ids())
                .in(ImmutableOrukPhone.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukPhone.Builder::contactId)
                .use(Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(11))
                .in(ImmutableOrukPhone.Builder::number)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukPhone.Builder::description)
                .use(few(languages()))
                .in(ImmutableOrukPhone.Builder::addAllLanguages)
                .build(ImmutableOrukPhone.Builder::build);
    }

    Arbitrary<OrukContact> contacts() {
        return Builders.withBuilder(OrukContact::builder)
                .use(ids())
                .in(ImmutableOrukContact.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukContact.Builder::serviceId)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableOrukContact.Builder::name)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukContact.Builder::title)
                .use(few(phones()))
                .in(ImmutableOrukContact.Builder::addAllPhones)
                .use(few(attributes()))
                .in(ImmutableOrukContact.Builder::addAllAttributes)
                .build(ImmutableOrukContact.Builder::build);
    }

    Arbitrary<OrukSchedule> schedules() {
        return Builders.withBuilder(OrukSchedule::builder)
                .use(ids())
                .in(ImmutableOrukSchedule.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukSchedule.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukSchedule.Builder::serviceAtLocationId)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::validFrom)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::validTo)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::dtStart)
                .use(Arbitraries.of(OrukScheduleFrequency.class))
                .withProbability(0.7)
                .in(ImmutableOrukSchedule.Builder::freq)
                .use(Arbitraries.integers().between(1, 4).map(BigDecimal::valueOf))
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::interval)
                .use(Arbitraries.of("MO", "TU,TH", "SA,SU"))
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::byDay)
                .use(Arbitraries.of("1", "1,15"))
                .withProbability(0.3)
                .in(ImmutableOrukSchedule.Builder::byMonthDay)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::description)
                .use(Arbitraries.of("09:00:00", "10:30:00"))
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::opensAt)
                .use(Arbitraries.of("16:00:00", "18:30:00"))
                .withProbability(0.5)
                .in(ImmutableOrukSchedule.Builder::closesAt)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableOrukSchedule.Builder::scheduleLink)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukSchedule.Builder::attendingType)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukSchedule.Builder::notes)
                .build(ImmutableOrukSchedule.Builder::build);
    }

    Arbitrary<OrukServiceArea> serviceAreas() {
        return Builders.withBuilder(OrukServiceArea::builder)
                .use(ids())
                .in(ImmutableOrukServiceArea.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukServiceArea.Builder::serviceId)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukServiceArea.Builder::name)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukServiceArea.Builder::extent)
                .use(Arbitraries.of("geojson", "topojson", "kml", "text"))
                .withProbability(0.3)
                .in(ImmutableOrukServiceArea.Builder::extentType)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableOrukServiceArea.Builder::uri)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukServiceArea.Builder::serviceArea)
                .build(ImmutableOrukServiceArea.Builder::build);
    }

    Arbitrary<OrukCostOption> costOptions() {
        return Builders.withBuilder(OrukCostOption::builder)
                .use(ids())
                .in(ImmutableOrukCostOption.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukCostOption.Builder::serviceId)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableOrukCostOption.Builder::validFrom)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableOrukCostOption.Builder::validTo)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukCostOption.Builder::option)
                .use(numbers())
                .withProbability(0.7)
                .in(ImmutableOrukCostOption.Builder::amount)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukCostOption.Builder::amountDescription)
                .build(ImmutableOrukCostOption.Builder::build);
    }

    Arbitrary<OrukFunding> funding() {
        return Builders.withBuilder(OrukFunding::builder)
                .use(ids())
                .in(ImmutableOrukFunding.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukFunding.Builder::serviceId)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableOrukFunding.Builder::source)
                .build(ImmutableOrukFunding.Builder::build);
    }

    Arbitrary<OrukAccessibility> accessibility() {
        return Builders.withBuilder(OrukAccessibility::builder)
                .use(ids())
                .in(ImmutableOrukAccessibility.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukAccessibility.Builder::locationId)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukAccessibility.Builder::description)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukAccessibility.Builder::details)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableOrukAccessibility.Builder::url)
                .use(few(attributes()))
                .in(ImmutableOrukAccessibility.Builder::addAllAttributes)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukAccessibility.Builder::accessibility)
                .build(ImmutableOrukAccessibility.Builder::build);
    }

    Arbitrary<OrukAddress> addresses() {
        return Builders.withBuilder(OrukAddress::builder)
                .use(ids())
                .in(ImmutableOrukAddress.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukAddress.Builder::locationId)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukAddress.Builder::attention)
                .use(text())
                .in(ImmutableOrukAddress.Builder::address1)
                .use(text())
                .in(ImmutableOrukAddress.Builder::city)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukAddress.Builder::region)
                .use(text())
                .in(ImmutableOrukAddress.Builder::stateProvince)
                .use(Arbitraries.of("LS1 4AP", "M1 1AE", ""))
                .in(ImmutableOrukAddress.Builder::postalCode)
                .use(Arbitraries.of("GB", "IE"))
                .in(ImmutableOrukAddress.Builder::country)
                .use(Arbitraries.of(OrukAddressType.class))
                .in(ImmutableOrukAddress.Builder::addressType)
                .use(few(attributes()))
                .in(ImmutableOrukAddress.Builder::addAllAttributes)
                .build(ImmutableOrukAddress.Builder::build);
    }

    Arbitrary<OrukLocation> locations() {
        Arbitrary<OrukLocation> locations = Builders.withBuilder(OrukLocation::builder)
                .use(ids())
                .in(ImmutableOrukLocation.Builder::id)
                .use(Arbitraries.of(OrukLocationType.class))
                .in(ImmutableOrukLocation.Builder::locationType)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableOrukLocation.Builder::name)
                .use(text())
                .withProbability(0.5)
                .in(ImmutableOrukLocation.Builder::description)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableOrukLocation.Builder::latitude)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableOrukLocation.Builder::longitude)
                .use(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12))
                .withProbability(0.3)
                .in(ImmutableOrukLocation.Builder::externalIdentifier)
                .use(Arbitraries.of("UPRN"))
                .withProbability(0.3)
                .in(ImmutableOrukLocation.Builder::externalIdentifierType)
                .use(few(addresses()))
                .in(ImmutableOrukLocation.Builder::addAllAddresses)
                .use(few(accessibility()))
                .in(ImmutableOrukLocation.Builder::addAllAccessibility)
                .use(few(phones()))
                .in(ImmutableOrukLocation.Builder::addAllPhones)
                .use(few(attributes()))
                .in(ImmutableOrukLocation.Builder::addAllAttributes)
                .use(unknownProperties())
                .in(ImmutableOrukLocation.Builder::putAllExtensions)
                .build(ImmutableOrukLocation.Builder::build);
        return sometimes(
                locations,
                location -> location.latitude().isEmpty() && !schemaValid
                        ? ImmutableOrukLocation.copyOf(location)
                                .withExtensions(with(location.extensions(), "latitude", JsonValue.NULL))
                        : location);
    }

    Arbitrary<OrukOrganizationIdentifier> organizationIdentifiers() {
        return Builders.withBuilder(OrukOrganizationIdentifier::builder)
                .use(ids())
                .in(ImmutableOrukOrganizationIdentifier.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukOrganizationIdentifier.Builder::organizationId)
                .use(Arbitraries.of("GB-COH", "GB-CHC", "GB-SC"))
                .withProbability(0.8)
                .in(ImmutableOrukOrganizationIdentifier.Builder::identifierScheme)
                .use(Arbitraries.of("Company number", "Charity number"))
                .in(ImmutableOrukOrganizationIdentifier.Builder::identifierType)
                .use(Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(8))
                .in(ImmutableOrukOrganizationIdentifier.Builder::identifier)
                .build(ImmutableOrukOrganizationIdentifier.Builder::build);
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
                .in(ImmutableOrukOrganization.Builder::id)
                .use(text())
                .in(ImmutableOrukOrganization.Builder::name)
                .use(text())
                .in(ImmutableOrukOrganization.Builder::description)
                .use(emails())
                .withProbability(0.5)
                .in(ImmutableOrukOrganization.Builder::email)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableOrukOrganization.Builder::website)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableOrukOrganization.Builder::logo)
                .use(uris())
                .withProbability(0.3)
                .in(ImmutableOrukOrganization.Builder::uri)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukOrganization.Builder::parentOrganizationId)
                .use(few(phones()))
                .in(ImmutableOrukOrganization.Builder::addAllPhones)
                .use(few(organizationIdentifiers()))
                .in(ImmutableOrukOrganization.Builder::addAllOrganizationIdentifiers)
                .use(few(attributes()))
                .in(ImmutableOrukOrganization.Builder::addAllAttributes)
                .use(services)
                .in(ImmutableOrukOrganization.Builder::addAllServices)
                .use(few(metadata()))
                .in(ImmutableOrukOrganization.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(ImmutableOrukOrganization.Builder::putAllExtensions)
                .build(ImmutableOrukOrganization.Builder::build);
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
                .in(ImmutableOrukServiceAtLocation.Builder::id)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukServiceAtLocation.Builder::serviceId)
                .use(ids())
                .withProbability(0.3)
                .in(ImmutableOrukServiceAtLocation.Builder::locationId)
                .use(few(phones()))
                .in(ImmutableOrukServiceAtLocation.Builder::addAllPhones)
                .use(locations())
                .withProbability(0.8)
                .in(ImmutableOrukServiceAtLocation.Builder::location)
                .use(service)
                .in((builder, found) -> found.isEmpty() ? builder : builder.service(found.get(0)))
                .build(ImmutableOrukServiceAtLocation.Builder::build);
    }

    /** Fully nested services: with locations, schedules, organization and the rest. */
    public Arbitrary<OrukService> services() {
        return services(few(serviceAtLocations()), organizations().list().ofMaxSize(1));
    }

    private Arbitrary<OrukService> services(
            Arbitrary<List<OrukServiceAtLocation>> serviceAtLocations, Arbitrary<List<OrukOrganization>> organization) {
        Arbitrary<OrukService> services = Builders.withBuilder(OrukService::builder)
                .use(ids())
                .in(ImmutableOrukService.Builder::id)
                .use(ids())
                .withProbability(0.5)
                .in(ImmutableOrukService.Builder::organizationId)
                .use(text())
                .in(ImmutableOrukService.Builder::name)
                .use(text())
                .withProbability(0.7)
                .in(ImmutableOrukService.Builder::description)
                .use(uris())
                .withProbability(0.5)
                .in(ImmutableOrukService.Builder::url)
                .use(emails())
                .withProbability(0.5)
                .in(ImmutableOrukService.Builder::email)
                .use(Arbitraries.of(OrukServiceStatus.class))
                .in(ImmutableOrukService.Builder::status)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukService.Builder::fees)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukService.Builder::accreditations)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableOrukService.Builder::minimumAge)
                .use(numbers())
                .withProbability(0.5)
                .in(ImmutableOrukService.Builder::maximumAge)
                .use(dates())
                .withProbability(0.5)
                .in(ImmutableOrukService.Builder::assuredDate)
                .use(emails())
                .withProbability(0.3)
                .in(ImmutableOrukService.Builder::assurerEmail)
                .use(text())
                .withProbability(0.3)
                .in(ImmutableOrukService.Builder::alert)
                .use(dateTimes())
                .withProbability(0.7)
                .in(ImmutableOrukService.Builder::lastModified)
                .use(few(phones()))
                .in(ImmutableOrukService.Builder::addAllPhones)
                .use(few(schedules()))
                .in(ImmutableOrukService.Builder::addAllSchedules)
                .use(few(serviceAreas()))
                .in(ImmutableOrukService.Builder::addAllServiceAreas)
                .use(serviceAtLocations)
                .in(ImmutableOrukService.Builder::addAllServiceAtLocations)
                .use(few(languages()))
                .in(ImmutableOrukService.Builder::addAllLanguages)
                .use(organization)
                .in((builder, found) -> found.isEmpty() ? builder : builder.organization(found.get(0)))
                .use(few(funding()))
                .in(ImmutableOrukService.Builder::addAllFunding)
                .use(few(costOptions()))
                .in(ImmutableOrukService.Builder::addAllCostOptions)
                .use(few(contacts()))
                .in(ImmutableOrukService.Builder::addAllContacts)
                .use(few(attributes()))
                .in(ImmutableOrukService.Builder::addAllAttributes)
                .use(few(metadata()))
                .in(ImmutableOrukService.Builder::addAllMetadata)
                .use(unknownProperties())
                .in(ImmutableOrukService.Builder::putAllExtensions)
                .build(ImmutableOrukService.Builder::build);
        return sometimes(services, service -> {
            Map<String, JsonValue> extensions = service.extensions();
            if (service.schedules().isEmpty()) {
                extensions = with(extensions, "schedules", JsonValue.EMPTY_ARRAY);
            }
            if (service.email().isEmpty() && !schemaValid) {
                extensions = with(extensions, "email", JsonValue.NULL);
            }
            return ImmutableOrukService.copyOf(service).withExtensions(extensions);
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
                .in(ImmutableOrukPage.Builder::addAllContents)
                .use(unknownProperties())
                .in(ImmutableOrukPage.Builder::putAllExtensions)
                .build(ImmutableOrukPage.Builder::build);
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
