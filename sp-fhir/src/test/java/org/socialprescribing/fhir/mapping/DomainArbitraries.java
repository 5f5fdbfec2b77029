package org.socialprescribing.fhir.mapping;

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
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.org.Footprint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.ImmutableLocalAuthority;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.person.BirthSex;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.GenderIdentity;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.person.StatedGender;
import org.socialprescribing.model.service.Capacity;
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
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.ImmutableProfessionalRef;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.model.workforce.ReportedCaseload;

/**
 * Random valid domain values for the mapping properties, after the idea of sp-model's own generators (whose classes
 * are not on this module's class path). Text is anything FHIR can carry: any character from space to U+D7FF, tabs
 * and line breaks included, never blank.
 */
final class DomainArbitraries {

    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    private DomainArbitraries() {}

    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange(' ', '\uD7FF')
                .withChars('\t', '\n', '\r')
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    /** Text for FHIR markdown elements, which HAPI trims when it parses: no leading or trailing white space. */
    static Arbitrary<String> markdownText() {
        return text().map(String::strip).filter(s -> !s.isEmpty());
    }

    static Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 3_000L * 24 * 3600),
                        Arbitraries.integers().between(0, 999_999_999))
                .as((seconds, nanos) -> START.plusSeconds(seconds).plusNanos(nanos));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 3000)
                .map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
    }

    static Arbitrary<LocalTime> times() {
        return Arbitraries.integers()
                .between(0, 24 * 60 - 2)
                .map(minutes -> LocalTime.of(0, 0).plusMinutes(minutes));
    }

    static Arbitrary<BigDecimal> decimals(int min, int max) {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(min), BigDecimal.valueOf(max))
                .ofScale(2);
    }

    static Arbitrary<NhsNumber> nhsNumbers() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(9)
                .map(nine -> nine + checkDigit(nine))
                .filter(ten -> !ten.endsWith("X") && ten.chars().distinct().count() > 1)
                .map(NhsNumber::parse);
    }

    private static String checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? "0" : check == 10 ? "X" : Integer.toString(check);
    }

    static Arbitrary<OdsCode> odsCodes() {
        return Arbitraries.strings()
                .withCharRange('A', 'Z')
                .numeric()
                .ofMinLength(3)
                .ofMaxLength(8)
                .map(OdsCode::parse);
    }

    static Arbitrary<Postcode> postcodes() {
        return Arbitraries.of("SW1A 1AA", "EC1A 1BB", "M2 5BQ", "DN16 9AA", "W1A 4WW", "GIR 0AA", "BFPO 123")
                .map(Postcode::parse);
    }

    static Arbitrary<CodedConcept> concepts() {
        return Combinators.combine(
                        Arbitraries.of(
                                CodeSystems.SNOMED_CT, CodeSystems.SERVICE_CATEGORY, "urn:oid:2.16.840.1.113883"),
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(18),
                        text().injectNull(0.5))
                .as((system, code, display) ->
                        display == null ? CodedConcept.of(system, code) : CodedConcept.of(system, code, display));
    }

    static Arbitrary<CodedText> codedTexts() {
        return Arbitraries.oneOf(
                concepts().map(CodedText::of),
                text().map(CodedText::ofText),
                Combinators.combine(concepts(), text()).as(CodedText::of));
    }

    /** People as referrals describe them: the NHS number or the name (or part of it) is sometimes not recorded. */
    static Arbitrary<Person> people() {
        Arbitrary<PersonName> names = Combinators.combine(
                        text().optional(0.9), text().list().ofMaxSize(3), text().optional())
                .as((family, given, prefix) -> PersonName.builder()
                        .familyName(given.isEmpty() && family.isEmpty() ? Optional.of("Family") : family)
                        .addAllGivenNames(given)
                        .prefix(prefix)
                        .build());
        return Builders.withBuilder(Person::builder)
                .use(nhsNumbers().optional(0.8))
                .in((b, nhs) -> b.nhsNumber(nhs))
                .use(names.optional(0.9))
                .in((b, name) -> b.name(name))
                .use(dates().optional())
                .in((b, date) -> b.birthDate(date))
                .use(Arbitraries.of(BirthSex.class).optional())
                .in((b, sex) -> b.sexAtBirth(sex))
                .use(Arbitraries.of(StatedGender.class).optional())
                .in((b, gender) -> b.statedGender(gender))
                .use(Arbitraries.of(GenderIdentity.class).optional())
                .in((b, identity) -> b.genderIdentity(identity))
                .use(Arbitraries.of(EthnicCategory.class).optional())
                .in((b, category) -> b.ethnicCategory(category))
                // Sometimes a Welsh category instead (UK Core's other system), kept coded with its system.
                .use(Arbitraries.of("A", "B", "T", "Z").optional(0.1))
                .in((b, code) -> code.isEmpty()
                        ? b
                        : b.ethnicCategory(Optional.empty())
                                .otherEthnicCategory(CodedConcept.of(EthnicCategory.WALES_FHIR_SYSTEM, code.get())))
                .use(postcodes().optional())
                .in((b, postcode) -> b.postcode(postcode))
                .use(Arbitraries.of("en", "pa-IN", "pl", "cy", "bfi").optional())
                .in((b, language) -> b.preferredLanguage(language))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.interpreterNeeded(flag))
                .use(text().list().ofMaxSize(3))
                .in((b, needs) -> b.addAllAccessibilityNeeds(needs))
                .use(Combinators.combine(
                                Arbitraries.of(DeprivationIndex.class),
                                Arbitraries.integers().between(1, 10))
                        .as(ImdDecile::of)
                        .optional())
                .in((b, decile) -> b.imdDecile(decile))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.disability(flag))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.homeless(flag))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.carer(flag))
                .build(b -> (Person) b.build());
    }

    static Arbitrary<OrganisationRef> organisationRefs() {
        return Combinators.combine(odsCodes().optional(), text().optional())
                .filter((ods, name) -> ods.isPresent() || name.isPresent())
                .as((ods, name) ->
                        OrganisationRef.builder().odsCode(ods).name(name).build());
    }

    static Arbitrary<GpPractice> gpPractices() {
        return Combinators.combine(odsCodes(), text().optional(), postcodes().optional())
                .as((ods, name, postcode) -> GpPractice.builder()
                        .odsCode(ods)
                        .name(name)
                        .postcode(postcode)
                        .build());
    }

    static Arbitrary<ProfessionalRef> professionals() {
        return Builders.withBuilder(ProfessionalRef::builder)
                .use(text().optional())
                .in((b, name) -> b.name(name))
                .use(codedTexts().optional())
                .in((b, role) -> b.role(role))
                .use(text().optional())
                .in((b, grade) -> b.grade(grade))
                .use(text().optional())
                .in((b, team) -> b.team(team))
                .use(codedTexts().optional())
                .in((b, specialty) -> b.specialty(specialty))
                .use(codedTexts().optional())
                .in((b, service) -> b.service(service))
                .use(organisationRefs().optional())
                .in((b, organisation) -> b.organisation(organisation))
                .use(text().optional())
                .in((b, contact) -> b.contact(contact))
                .build(DomainArbitraries::buildIfValid)
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    /** A ProfessionalRef needs a name, role, team, service or organisation; random ones may have none. */
    private static Optional<ProfessionalRef> buildIfValid(ImmutableProfessionalRef.Builder builder) {
        try {
            return Optional.of(builder.build());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    static Arbitrary<VcseOrganisation> vcseOrganisations() {
        return Builders.withBuilder(VcseOrganisation::builder)
                .use(text().optional())
                .in((b, id) -> b.directoryId(id))
                .use(text())
                .in((b, name) -> b.name(name))
                .use(Arbitraries.of(VcseOrganisationType.class))
                .in((b, type) -> b.type(type))
                .use(text().optional())
                .in((b, description) -> b.description(description))
                .use(decimals(0, 5_000_000).optional())
                .in((b, income) -> b.annualIncomeGbp(income))
                .use(codedTexts().optional())
                .in((b, band) -> b.sizeBand(band))
                .use(Arbitraries.of(Footprint.class).optional())
                .in((b, footprint) -> b.footprint(footprint))
                .use(odsCodes().optional())
                .in((b, ods) -> b.odsCode(ods))
                .use(charityNumbers().optional())
                .in((b, number) -> b.charityNumber(number))
                .use(companyNumbers().optional())
                .in((b, number) -> b.companyNumber(number))
                .use(uris().optional())
                .in((b, website) -> b.website(website))
                .use(text().optional())
                .in((b, email) -> b.email(email))
                .use(text().optional())
                .in((b, phone) -> b.telephone(phone))
                .build(b -> (VcseOrganisation) b.build());
    }

    static Arbitrary<PrimaryCareNetwork> pcns() {
        return Combinators.combine(
                        odsCodes(),
                        text(),
                        gpPractices().list().ofMaxSize(3).uniqueElements(GpPractice::odsCode),
                        odsCodes().optional())
                .as((ods, name, practices, icb) -> PrimaryCareNetwork.builder()
                        .odsCode(ods)
                        .name(name)
                        .addAllMemberPractices(practices)
                        .icbOdsCode(icb)
                        .build());
    }

    static Arbitrary<IntegratedCareBoard> icbs() {
        return Combinators.combine(odsCodes(), text()).as(IntegratedCareBoard::of);
    }

    static Arbitrary<LocalAuthority> localAuthorities() {
        return Combinators.combine(text(), odsCodes().optional())
                .as((name, ods) -> ImmutableLocalAuthority.builder()
                        .name(name)
                        .odsCode(ods)
                        .build());
    }

    static Arbitrary<PersonalisedCareRole> careRoles() {
        return Combinators.combine(Arbitraries.of(PersonalisedCareRoleType.class), text().optional())
                .as((type, title) -> title.map(t -> PersonalisedCareRole.of(type, t))
                        .orElseGet(() -> PersonalisedCareRole.of(type)));
    }

    static Arbitrary<LinkWorkerRole> linkWorkerRoles() {
        Arbitrary<ReportedCaseload> caseloads = Combinators.combine(
                        Arbitraries.integers().between(0, 500),
                        dates(),
                        Arbitraries.integers().between(0, 400))
                .as((people, from, days) -> ReportedCaseload.of(people, from, from.plusDays(days)));
        return Builders.withBuilder(LinkWorkerRole::builder)
                .use(text().optional())
                .in((b, title) ->
                        b.role(title.map(t -> PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, t))
                                .orElseGet(() -> PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER))))
                .use(organisationRefs())
                .in((b, employer) -> b.employer(employer))
                .use(Arbitraries.of(EmploymentModel.class))
                .in((b, model) -> b.employmentModel(model))
                .use(some(codedTexts()))
                .in((b, focus) -> b.addAllPopulationFocus(focus))
                .use(Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.01"), BigDecimal.ONE)
                        .ofScale(2))
                .in((b, fte) -> b.fte(fte))
                .use(some(odsCodes()))
                .in((b, pcns) -> b.addAllPcnsServed(pcns))
                .use(caseloads.optional())
                .in((b, caseload) -> b.reportedCaseload(caseload))
                .build(b -> (LinkWorkerRole) b.build());
    }

    static Arbitrary<ServiceLocation> serviceLocations() {
        return Builders.withBuilder(ServiceLocation::builder)
                .use(text().optional())
                .in((b, id) -> b.directoryId(id))
                .use(text().optional())
                .in((b, name) -> b.name(name))
                .use(some(text()))
                .in((b, lines) -> b.addAllAddressLines(lines))
                .use(text().optional())
                .in((b, town) -> b.town(town))
                .use(postcodes().optional())
                .in((b, postcode) -> b.postcode(postcode))
                .use(Combinators.combine(decimals(-90, 90), decimals(-180, 180))
                        .as(List::of)
                        .optional())
                .in((b, position) -> position.isEmpty()
                        ? b
                        : b.latitude(position.get().get(0))
                                .longitude(position.get().get(1)))
                .use(text().optional())
                .in((b, access) -> b.accessibility(access))
                .build(b -> (ServiceLocation) b.build())
                // A location with nothing in it has no FHIR form (the mapper refuses it, tested separately).
                .filter(location -> !location.equals(ServiceLocation.builder().build()));
    }

    static Arbitrary<ServiceSchedule> schedules() {
        return Builders.withBuilder(ServiceSchedule::builder)
                .use(Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3))
                .in((b, days) -> b.addAllDaysOfWeek(days))
                .use(times().optional())
                .in((b, opens) -> {
                    opens.ifPresent(at -> b.opensAt(at).closesAt(at.plusMinutes(1)));
                    return b;
                })
                .use(Combinators.combine(dates(), Arbitraries.integers().between(0, 300))
                        .as((from, days) -> List.of(from, from.plusDays(days)))
                        .optional())
                .in((b, validity) -> {
                    validity.ifPresent(days -> b.validFrom(days.get(0)).validTo(days.get(1)));
                    return b;
                })
                .use(Arbitraries.of("FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY").optional())
                .in((b, rule) -> b.recurrenceRule(rule))
                .use(text().optional())
                .in((b, description) -> b.description(description))
                .build(b -> (ServiceSchedule) b.build());
    }

    static Arbitrary<Eligibility> eligibilities() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 60).optional(),
                        Arbitraries.integers().between(0, 40).optional(),
                        some(codedTexts()),
                        markdownText().optional())
                .as((min, span, conditions, description) -> Eligibility.builder()
                        .minimumAge(min)
                        .maximumAge(span.map(extra -> min.orElse(0) + extra))
                        .addAllConditions(conditions)
                        .description(description)
                        .build());
    }

    static Arbitrary<CostOption> costs() {
        return Combinators.combine(
                        text().optional(),
                        decimals(0, 100).optional(),
                        Arbitraries.of("GBP", "EUR").map(Currency::getInstance),
                        text().optional(),
                        dates().optional(),
                        Arbitraries.integers().between(0, 300).optional())
                .as((option, amount, currency, description, from, days) -> CostOption.builder()
                        .option(option)
                        .amount(amount)
                        .currency(currency)
                        .amountDescription(description)
                        .validFrom(from)
                        .validTo(days.map(
                                d -> from.orElse(LocalDate.of(2020, 1, 1)).plusDays(d)))
                        .build());
    }

    static Arbitrary<ServiceContact> serviceContacts() {
        return Combinators.combine(
                        text().optional(), text().optional(), text().optional(), text().optional(), some(text()))
                .filter((name, title, department, email, phones) -> email.isPresent() || !phones.isEmpty())
                .as((name, title, department, email, phones) -> ServiceContact.builder()
                        .name(name)
                        .title(title)
                        .department(department)
                        .email(email)
                        .addAllTelephones(phones)
                        .build());
    }

    static Arbitrary<Service> services() {
        Arbitrary<Capacity> capacities = Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 50).optional(),
                        instants().optional())
                .as((accepting, places, asOf) -> Capacity.builder()
                        .acceptingReferrals(accepting)
                        .availablePlaces(places)
                        .asOf(asOf)
                        .build());
        return Builders.withBuilder(Service::builder)
                .use(text().optional())
                .in((b, id) -> b.directoryId(id))
                .use(vcseOrganisations())
                .in((b, provider) -> b.provider(provider))
                .use(text())
                .in((b, name) -> b.name(name))
                .use(text().optional())
                .in((b, description) -> b.description(description))
                .use(Arbitraries.of(ServiceStatus.class))
                .in((b, status) -> b.status(status))
                .use(some(Arbitraries.of(ServiceCategory.class)))
                .in((b, categories) -> b.addAllCategories(categories))
                .use(some(concepts()))
                .in((b, categories) -> b.addAllExternalCategories(categories))
                .use(some(Arbitraries.of(DeliveryMode.class)))
                .in((b, modes) -> b.addAllDeliveryModes(modes))
                .use(serviceLocations().list().ofMaxSize(2))
                .in((b, locations) -> b.addAllLocations(locations))
                .use(schedules().list().ofMaxSize(2))
                .in((b, schedules) -> b.addAllSchedules(schedules))
                .use(eligibilities().optional())
                .in((b, eligibility) -> b.eligibility(eligibility))
                .use(costs().list().ofMaxSize(2))
                .in((b, costs) -> b.addAllCosts(costs))
                .use(capacities.optional())
                .in((b, capacity) -> b.capacity(capacity))
                .use(Arbitraries.of(ReferralRoute.class))
                .in((b, route) -> b.referralRoute(route))
                .use(serviceContacts().list().ofMaxSize(2))
                .in((b, contacts) -> b.addAllContacts(contacts))
                .use(uris().optional())
                .in((b, url) -> b.url(url))
                .use(text().optional())
                .in((b, email) -> b.email(email))
                .use(some(Arbitraries.of("en", "pl", "ur", "cy")))
                .in((b, languages) -> b.addAllLanguages(languages))
                .use(some(text()))
                .in((b, areas) -> b.addAllServiceAreas(areas))
                .use(instants().optional())
                .in((b, at) -> b.lastModified(at))
                .build(b -> (Service) b.build());
    }

    static Arbitrary<CharityNumber> charityNumbers() {
        return Arbitraries.of("1090095", "279417", "SC042386", "NIC100019").map(CharityNumber::parse);
    }

    static Arbitrary<CompanyNumber> companyNumbers() {
        return Arbitraries.of("09506232", "07444723", "SC234456").map(CompanyNumber::parse);
    }

    static Arbitrary<URI> uris() {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(10)
                .map(s -> URI.create("https://" + s + ".org.uk/"));
    }

    static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> values) {
        return values.optional();
    }

    static <T> Arbitrary<List<T>> some(Arbitrary<T> values) {
        return values.list().ofMaxSize(3);
    }
}
