package org.socialprescribing.openreferral.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.service.CostOption;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Eligibility;
import org.socialprescribing.model.service.ReferralRoute;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceContact;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.model.service.ServiceSchedule;
import org.socialprescribing.model.service.ServiceStatus;
import org.socialprescribing.openreferral.OrukArbitraries;
import org.socialprescribing.testkit.SpArbitraries;

/**
 * Random, invented SDK services and organisations in the form that Open Referral UK can hold: every directory id
 * given, no capacity, income, size band, footprint, ODS code or coded eligibility conditions; a plain weekly
 * schedule as days, a richer one as an RRULE; delivery modes given whenever the service has locations (which
 * imply in-person delivery). Mapping such a service to ORUK and back gives it back unchanged. Narrower on purpose
 * than sp-testkit's services (everything the SDK can hold), which {@code OrukMapperPropertiesTest} maps as well.
 */
final class SdkArbitraries {

    private static final SpArbitraries KIT = SpArbitraries.asReferred();

    private SdkArbitraries() {}

    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('\n', '\u00e9', '\u20ac')
                .ofMinLength(1)
                .ofMaxLength(16)
                .filter(text -> !text.isBlank());
    }

    static Arbitrary<String> words() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
    }

    static Arbitrary<URI> uris() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMaxLength(8)
                .map(path -> URI.create("https://example.org/" + path));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(10_000, 25_000).map(LocalDate::ofEpochDay);
    }

    static Arbitrary<VcseOrganisation> organisations() {
        return Builders.withBuilder(VcseOrganisation::builder)
                .use(OrukArbitraries.ids())
                .in(VcseOrganisation.Builder::directoryId)
                .use(text())
                .in(VcseOrganisation.Builder::name)
                .use(Arbitraries.of(VcseOrganisationType.class))
                .in(VcseOrganisation.Builder::type)
                .use(text())
                .withProbability(0.7)
                .in(VcseOrganisation.Builder::description)
                .use(uris())
                .withProbability(0.5)
                .in(VcseOrganisation.Builder::website)
                .use(OrukArbitraries.emails())
                .withProbability(0.5)
                .in(VcseOrganisation.Builder::email)
                .use(Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(11))
                .withProbability(0.5)
                .in(VcseOrganisation.Builder::telephone)
                .use(KIT.charityNumbers())
                .withProbability(0.5)
                .in(VcseOrganisation.Builder::charityNumber)
                .use(KIT.companyNumbers())
                .withProbability(0.5)
                .in(VcseOrganisation.Builder::companyNumber)
                .build(VcseOrganisation.Builder::build);
    }

    /** Directory terms: LGA esd service types, terms of a vocabulary named by URI or in words, with or without a display. */
    static Arbitrary<CodedConcept> externalCategories() {
        Arbitrary<String> systems = Arbitraries.of(
                Terms.ESD_SERVICE,
                "https://example.org/vocab",
                "urn:uuid:5c4d79d7-cc55-470e-9d3b-1f0b0e1d3c4a",
                Terms.DIRECTORY_TAXONOMY + "/esdNeeds",
                Terms.DIRECTORY_TAXONOMY + "/Family%20services",
                Terms.DIRECTORY_TAXONOMY);
        Arbitrary<String> codes = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5);
        return Combinators.combine(systems, codes, Arbitraries.of(true, false))
                .as((system, code, labelled) ->
                        labelled ? CodedConcept.of(system, code, "Term " + code) : CodedConcept.of(system, code));
    }

    static Arbitrary<ServiceLocation> locations() {
        Arbitrary<BigDecimal> latitudes = Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(-90), BigDecimal.valueOf(90))
                .ofScale(6);
        Arbitrary<BigDecimal> longitudes = Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(-180), BigDecimal.valueOf(180))
                .ofScale(6);
        Arbitrary<Optional<BigDecimal[]>> coordinates = Combinators.combine(latitudes, longitudes)
                .as((latitude, longitude) -> new BigDecimal[] {latitude, longitude})
                .optional(0.5);
        return Combinators.combine(
                        OrukArbitraries.ids(),
                        text().optional(0.7),
                        words().list().ofMaxSize(2),
                        words().optional(0.6),
                        Arbitraries.of("LS1 4AP", "SW1A 1AA", "BFPO 57")
                                .map(Postcode::parse)
                                .optional(0.6),
                        coordinates,
                        text().optional(0.4))
                .as((id, name, lines, town, postcode, point, accessibility) -> ServiceLocation.builder()
                        .directoryId(id)
                        .name(name)
                        .addAllAddressLines(lines)
                        .town(town)
                        .postcode(postcode)
                        .latitude(point.map(both -> both[0]))
                        .longitude(point.map(both -> both[1]))
                        .accessibility(accessibility)
                        .build());
    }

    static Arbitrary<ServiceSchedule> schedules() {
        Arbitrary<List<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).list().ofMaxSize(3);
        Arbitrary<String> rules = Arbitraries.of(
                "FREQ=MONTHLY;BYDAY=2TU",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
                "FREQ=MONTHLY;BYMONTHDAY=1,15",
                "FREQ=WEEKLY");
        Arbitrary<LocalTime> opening = Arbitraries.integers()
                .between(6 * 4, 12 * 4)
                .map(quarter -> LocalTime.of(0, 0).plusMinutes(15L * quarter));
        return Combinators.combine(
                        days,
                        rules.optional(0.3),
                        opening.optional(0.6),
                        Arbitraries.integers().between(1, 8).optional(0.6),
                        dates().optional(0.4),
                        Arbitraries.integers().between(0, 400).optional(0.4),
                        text().optional(0.5))
                .as((weekdays, rule, opens, hours, from, length, description) -> {
                    var schedule = ServiceSchedule.builder()
                            .recurrenceRule(rule)
                            .opensAt(opens)
                            .closesAt(opens.flatMap(time -> hours.map(time::plusHours)))
                            .validFrom(from)
                            .validTo(from.flatMap(day -> length.map(day::plusDays)))
                            .description(description);
                    return (rule.isPresent() ? schedule : schedule.addAllDaysOfWeek(weekdays)).build();
                });
    }

    static Arbitrary<Eligibility> eligibilities() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100).optional(0.6),
                        Arbitraries.integers().between(0, 30).optional(0.6),
                        text().optional(0.5))
                .as((minimum, span, description) -> Eligibility.builder()
                        .minimumAge(minimum)
                        .maximumAge(span.map(years -> minimum.orElse(0) + years))
                        .description(description)
                        .build())
                .filter(eligibility -> eligibility.minimumAge().isPresent()
                        || eligibility.maximumAge().isPresent()
                        || eligibility.description().isPresent());
    }

    static Arbitrary<CostOption> costs() {
        return Builders.withBuilder(CostOption::builder)
                .use(text())
                .withProbability(0.5)
                .in(CostOption.Builder::option)
                .use(Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, BigDecimal.valueOf(500))
                        .ofScale(2))
                .withProbability(0.7)
                .in(CostOption.Builder::amount)
                .use(Arbitraries.of("GBP", "EUR").map(Currency::getInstance))
                .in(CostOption.Builder::currency)
                .use(text())
                .withProbability(0.5)
                .in(CostOption.Builder::amountDescription)
                .use(dates())
                .withProbability(0.4)
                .in(CostOption.Builder::validFrom)
                .build(CostOption.Builder::build);
    }

    static Arbitrary<ServiceContact> contacts() {
        Arbitrary<List<String>> telephones = Arbitraries.strings()
                .numeric()
                .ofMinLength(5)
                .ofMaxLength(11)
                .list()
                .ofMaxSize(2);
        return Combinators.combine(
                        text().optional(0.6),
                        text().optional(0.4),
                        text().optional(0.3),
                        OrukArbitraries.emails().optional(0.6),
                        telephones)
                .as((name, title, department, email, phones) -> ServiceContact.builder()
                        .name(name)
                        .title(title)
                        .department(department)
                        // A contact needs an e-mail address or a phone number.
                        .email(email.isEmpty() && phones.isEmpty() ? Optional.of("desk@example.org") : email)
                        .addAllTelephones(phones)
                        .build());
    }

    static Arbitrary<Service> services() {
        Arbitrary<Service> services = Builders.withBuilder(Service::builder)
                .use(OrukArbitraries.ids())
                .in(Service.Builder::directoryId)
                .use(organisations())
                .in(Service.Builder::provider)
                .use(text())
                .in(Service.Builder::name)
                .use(text())
                .withProbability(0.7)
                .in(Service.Builder::description)
                .use(Arbitraries.of(ServiceStatus.class))
                .in(Service.Builder::status)
                .use(Arbitraries.of(ServiceCategory.class)
                        .list()
                        .uniqueElements()
                        .ofMaxSize(3))
                .in(Service.Builder::addAllCategories)
                .use(externalCategories().list().ofMaxSize(3))
                .in(Service.Builder::addAllExternalCategories)
                .use(Arbitraries.of(DeliveryMode.class).list().uniqueElements().ofMaxSize(3))
                .in(Service.Builder::addAllDeliveryModes)
                .use(locations().list().ofMaxSize(2))
                .in(Service.Builder::addAllLocations)
                .use(schedules().list().ofMaxSize(2))
                .in(Service.Builder::addAllSchedules)
                .use(eligibilities())
                .withProbability(0.6)
                .in(Service.Builder::eligibility)
                .use(costs().list().ofMaxSize(2))
                .in(Service.Builder::addAllCosts)
                .use(Arbitraries.of(ReferralRoute.class))
                .in(Service.Builder::referralRoute)
                .use(contacts().list().ofMaxSize(2))
                .in(Service.Builder::addAllContacts)
                .use(uris())
                .withProbability(0.5)
                .in(Service.Builder::url)
                .use(OrukArbitraries.emails())
                .withProbability(0.5)
                .in(Service.Builder::email)
                .use(Arbitraries.of("en", "cy", "pl", "ur", "pa-Guru").list().ofMaxSize(2))
                .in(Service.Builder::addAllLanguages)
                .use(text().list().ofMaxSize(2))
                .in(Service.Builder::addAllServiceAreas)
                .use(Arbitraries.longs().between(0, 4_000_000_000_000L).map(Instant::ofEpochMilli))
                .withProbability(0.6)
                .in(Service.Builder::lastModified)
                .build(Service.Builder::build);
        // A service with places to go is delivered in person, at least: ORUK cannot say "no delivery mode" for it.
        return services.filter(service ->
                service.locations().isEmpty() || !service.deliveryModes().isEmpty());
    }
}
