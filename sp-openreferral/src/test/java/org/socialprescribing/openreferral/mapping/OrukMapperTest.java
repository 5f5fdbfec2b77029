package org.socialprescribing.openreferral.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.service.Capacity;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Eligibility;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.model.service.ServiceSchedule;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukLocation;
import org.socialprescribing.openreferral.OrukLocationType;
import org.socialprescribing.openreferral.OrukOrganization;
import org.socialprescribing.openreferral.OrukOrganizationIdentifier;
import org.socialprescribing.openreferral.OrukSchedule;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceAtLocation;
import org.socialprescribing.openreferral.OrukServiceStatus;

/** The mapper on small invented records: what each rule maps, what it reports, and what edits write. */
class OrukMapperTest {

    private static final String SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b";
    private static final String ORGANIZATION_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";

    private final OrukMapper mapper = OrukMapper.standard().withIds(seeded());

    // Identifier forms from uk-identifiers.md section 4 (org-id.guide: GB-CHC-1090095, GB-SC-SC042386, GB-NIC-100019,
    // GB-COH-09506232) and section 5 (company numbers are 8 characters, shorter all-digit ones left-padded).
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GB-CHC, 1090095,        charity, GB-CHC-1090095",
        "GB-CHC, GB-CHC-1090095, charity, GB-CHC-1090095",
        "GB-SC,  SC042386,       charity, GB-SC-SC042386",
        "GB-NIC, 100019,         charity, GB-NIC-100019",
        "GB-NIC, NIC100019,      charity, GB-NIC-100019",
        "gb-chc, 279417,         charity, GB-CHC-279417",
        "GB-COH, 1234567,        company, GB-COH-01234567",
        "GB-COH, SC234456,       company, GB-COH-SC234456",
    })
    void identifier_ofAKnownScheme_becomesTheSdkNumber(String scheme, String identifier, String kind, String orgId) {
        MappedService mapped = mapper.toService(service(organization(identifier(scheme, identifier))));

        VcseOrganisation provider = mapped.service().orElseThrow().provider().orElseThrow();
        Optional<String> found = kind.equals("charity")
                ? provider.charityNumber().map(CharityNumber::orgId)
                : provider.companyNumber().map(number -> number.orgId());
        assertThat(found).contains(orgId);
        assertThat(mapped.report().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GB-CHC, 12345", "GB-CHC, SC042386", "GB-SC, 042386", "GB-NIC, 200019", "GB-COH, 123456789"})
    void identifier_thatIsInvalid_isReportedAndKept(String scheme, String identifier) {
        OrukService service = service(organization(identifier(scheme, identifier)));

        MappedService mapped = mapper.toService(service);

        VcseOrganisation provider = mapped.service().orElseThrow().provider().orElseThrow();
        assertThat(provider.charityNumber()).isEmpty();
        assertThat(provider.companyNumber()).isEmpty();
        assertThat(mapped.report().warnings())
                .extracting(ValidationIssue::code, ValidationIssue::path)
                .containsExactly(
                        tuple(OrukIssueCode.IDENTIFIER_INVALID, "organization.organization_identifiers[0].identifier"));
        assertThat(mapper.toOrukService(mapped).value()).isEqualTo(service);
    }

    @Test
    void identifier_thatIsAnNhsNumber_isReportedMasked() {
        // Issue 11: a valid NHS number given as a charity number is quoted by the warning, masked.
        MappedService mapped = mapper.toService(service(organization(identifier("GB-CHC", "996 030 8243"))));

        assertThat(mapped.report().warnings())
                .singleElement()
                .satisfies(issue -> assertThat(issue.message())
                        .isEqualTo(PersonalData.mask(issue.message()))
                        .contains("'*** *** 8243'"));
    }

    @Test
    void identifier_ofAnotherScheme_isLeftAlone() {
        MappedService mapped = mapper.toService(service(organization(identifier("XI-EIN", "not checked"))));

        assertThat(mapped.report().warnings()).isEmpty();
        assertThat(mapped.service().orElseThrow().provider().orElseThrow().type())
                .isEqualTo(VcseOrganisationType.OTHER);
    }

    @Test
    void secondCharityNumber_isKeptInOrukAndReported() {
        MappedService mapped = mapper.toService(
                service(organization(identifier("GB-CHC", "1090095"), identifier("GB-SC", "SC042386"))));

        assertThat(mapped.service()
                        .orElseThrow()
                        .provider()
                        .orElseThrow()
                        .charityNumber()
                        .map(CharityNumber::orgId))
                .contains("GB-CHC-1090095");
        assertThat(mapped.report().issues())
                .extracting(ValidationIssue::code, ValidationIssue::path)
                .contains(tuple(
                        OrukIssueCode.IDENTIFIER_NOT_HELD, "organization.organization_identifiers[1].identifier"));
    }

    @Test
    void organisationType_isDerivedFromACharityNumber_andReported() {
        MappedService mapped = mapper.toService(service(organization(identifier("GB-CHC", "1090095"))));

        assertThat(mapped.service().orElseThrow().provider().orElseThrow().type())
                .isEqualTo(VcseOrganisationType.REGISTERED_CHARITY);
        assertThat(mapped.report().contains(OrukIssueCode.ORGANISATION_TYPE_DERIVED))
                .isTrue();
    }

    @Test
    void sdkCharityNumbers_areWrittenInOrgIdForm() {
        VcseOrganisation organisation = VcseOrganisation.builder()
                .name("Friends of the Park")
                .type(VcseOrganisationType.REGISTERED_CHARITY)
                .charityNumber(CharityNumber.parse("NIC100019"))
                .build();

        OrukOrganization written = mapper.toOrukOrganization(organisation).value();

        // GB-NIC identifiers are digits only (uk-identifiers.md section 4).
        OrukOrganizationIdentifier identifier =
                written.organizationIdentifiers().get(0);
        assertThat(identifier.identifierScheme()).contains("GB-NIC");
        assertThat(identifier.identifier()).isEqualTo("100019");
        assertThat(written.attributes())
                .as("the type is the one a charity number implies")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "12,   100, 12, 100, -",
                "12.0, 18,  12, 18,  -",
                "0.5,  18,  -,  18,  oruk.mapping.age-invalid",
                "-1,   18,  -,  18,  oruk.mapping.age-invalid",
                "1E+999999999, -, -, -, oruk.mapping.age-invalid",
                "65,   18,  65, -,   oruk.mapping.age-range-reversed",
            })
    void ages_areWholeYears(String minimum, String maximum, Integer min, Integer max, String issue) {
        OrukService service = service(organization());
        service = service.withMinimumAge(new BigDecimal(minimum));
        if (maximum != null) {
            service = service.withMaximumAge(new BigDecimal(maximum));
        }

        MappedService mapped = mapper.toService(service);

        Optional<Eligibility> eligibility = mapped.service().orElseThrow().eligibility();
        assertThat(eligibility.flatMap(Eligibility::minimumAge)).isEqualTo(Optional.ofNullable(min));
        assertThat(eligibility.flatMap(Eligibility::maximumAge)).isEqualTo(Optional.ofNullable(max));
        assertThat(mapped.report().warnings())
                .extracting(warning -> warning.code().code())
                .isEqualTo(issue == null ? List.of() : List.of(issue));
        assertThat(mapper.toOrukService(mapped).value()).isEqualTo(service);
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "10:00,    18:00:00, 10:00, 18:00, -",
                "09:00Z,   17:00,    -,     17:00, oruk.mapping.time-invalid",
                "9am,      17:00,    -,     17:00, oruk.mapping.time-invalid",
                "18:00,    10:00,    18:00, -,     oruk.mapping.hours-reversed",
            })
    void openingHours_areLocalTimes(String opens, String closes, String opensAt, String closesAt, String issue) {
        OrukSchedule schedule =
                OrukSchedule.builder().id(id()).opensAt(opens).closesAt(closes).build();

        MappedService mapped = mapper.toService(service(organization()).withSchedules(schedule));

        ServiceSchedule mappedSchedule =
                mapped.service().orElseThrow().schedules().get(0);
        assertThat(mappedSchedule.opensAt())
                .isEqualTo(Optional.ofNullable(opensAt).map(LocalTime::parse));
        assertThat(mappedSchedule.closesAt())
                .isEqualTo(Optional.ofNullable(closesAt).map(LocalTime::parse));
        assertThat(mapped.report().warnings())
                .extracting(warning -> warning.code().code())
                .isEqualTo(issue == null ? List.of() : List.of(issue));
    }

    @Test
    void deliveryModes_ofPhysicalLocations_areInPerson_andOfVirtualOnesUnknown() {
        OrukService physical = service(organization()).withServiceAtLocations(at(OrukLocationType.PHYSICAL));
        OrukService virtual = service(organization()).withServiceAtLocations(at(OrukLocationType.VIRTUAL));

        assertThat(mapper.toService(physical).service().orElseThrow().deliveryModes())
                .containsExactly(DeliveryMode.IN_PERSON);
        assertThat(mapper.toService(virtual).service().orElseThrow().deliveryModes())
                .isEmpty();
        assertThat(mapper.toService(virtual).service().orElseThrow().locations())
                .isEmpty();
    }

    @Test
    void deliveryModes_setInTheSdk_areWrittenAsAttributes_andWin() {
        OrukService virtual = service(organization()).withServiceAtLocations(at(OrukLocationType.VIRTUAL));
        MappedService mapped = mapper.toService(virtual);
        Service online = mapped.service().orElseThrow().withDeliveryModes(DeliveryMode.ONLINE, DeliveryMode.TELEPHONE);

        OrukService written = mapper.toOrukService(mapped.withService(online)).value();

        assertThat(written.attributes())
                .extracting(attribute ->
                        attribute.taxonomyTerm().orElseThrow().term().orElseThrow())
                .containsExactly("online", "telephone");
        assertThat(mapper.toService(written).service().orElseThrow().deliveryModes())
                .containsExactly(DeliveryMode.ONLINE, DeliveryMode.TELEPHONE);
    }

    @Test
    void directory_withBadRecords_mapsTheRest() {
        OrukService good = service(organization());
        OrukService orphan = good.withId(id()).withOrganization(Optional.empty());
        OrukService another = good.withId(id()).withName("Walking group");

        MappedDirectory mapped = mapper.importServices(List.of(good, orphan, another).stream());

        assertThat(mapped.directory().services())
                .extracting(Service::name)
                .containsExactly("Gardening club", "Walking group");
        assertThat(mapped.unmapped()).containsExactly(orphan);
        assertThat(mapped.report().errors())
                .extracting(ValidationIssue::code, ValidationIssue::path)
                .containsExactly(tuple(OrukIssueCode.PROVIDER_MISSING, "services[1]"));
        assertThat(mapper.toOrukServices(mapped).value()).containsExactly(good, orphan, another);
    }

    @Test
    void directory_findsProvidersByOrganizationId_andDoesNotNestThem() {
        OrukOrganization organization = organization();
        OrukService listed =
                service(organization).withOrganization(Optional.empty()).withOrganizationId(ORGANIZATION_ID);

        MappedDirectory mapped = mapper.importServices(List.of(listed).stream(), List.of(organization));

        assertThat(mapped.unmapped()).isEmpty();
        assertThat(mapped.services()
                        .get(0)
                        .service()
                        .orElseThrow()
                        .provider()
                        .orElseThrow()
                        .name())
                .isEqualTo("Green Spaces Trust");
        assertThat(mapper.toOrukServices(mapped).value()).containsExactly(listed);
    }

    @Test
    void serviceWithItsOrganizationGivenApart_reportsTheOrganizationsIssues_andDoesNotNestIt() {
        OrukOrganization organization = organization(identifier("GB-CHC", "12345"));
        OrukService listed =
                service(organization).withOrganization(Optional.empty()).withOrganizationId(ORGANIZATION_ID);

        MappedService mapped = mapper.toService(listed, organization);

        assertThat(mapped.service().orElseThrow().provider().orElseThrow().name())
                .isEqualTo("Green Spaces Trust");
        assertThat(mapped.report().warnings())
                .extracting(ValidationIssue::path)
                .containsExactly("organization.organization_identifiers[0].identifier");
        assertThat(mapper.toOrukService(mapped).value()).isEqualTo(listed);
    }

    @Test
    void editOfOneSchedule_changesOnlyWhatTheSdkHolds() {
        OrukSchedule weekly = OrukSchedule.builder()
                .id("48102e86-bb50-41c4-8f1e-e269368c41d1")
                .opensAt("10:00:00")
                .closesAt("12:00:00")
                .notes("Bring boots")
                .scheduleLink("https://example.org/timetable")
                .build();
        OrukService service = service(organization()).withSchedules(weekly);
        MappedService mapped = mapper.toService(service);
        Service sdk = mapped.service().orElseThrow();
        ServiceSchedule later = ServiceSchedule.builder()
                .opensAt(LocalTime.of(13, 0))
                .closesAt(LocalTime.of(15, 30))
                .build();

        OrukService written = mapper.toOrukService(mapped.withService(sdk.withSchedules(later)))
                .value();

        assertThat(written)
                .isEqualTo(service.withSchedules(weekly.withOpensAt("13:00").withClosesAt("15:30")));
    }

    @Test
    void sdkValuesWithoutAnOrukProperty_areReported() {
        Service service = Service.builder()
                .provider(VcseOrganisation.builder()
                        .name("Men's Shed")
                        .type(VcseOrganisationType.INFORMAL_COMMUNITY_GROUP)
                        .annualIncomeGbp(new BigDecimal("4000"))
                        .build())
                .name("Shed sessions")
                .capacity(Capacity.of(false))
                .eligibility(Eligibility.builder()
                        .minimumAge(18)
                        .addConditions(CodedText.ofText("Carer"))
                        .build())
                .addLocations(ServiceLocation.builder().town("Leeds").build())
                .build();

        MappingResult<OrukService> written = mapper.toOrukService(service);

        assertThat(written.report().issues())
                .extracting(ValidationIssue::code, ValidationIssue::path)
                .contains(
                        tuple(OrukIssueCode.NOT_EXPORTED, "capacity"),
                        tuple(OrukIssueCode.NOT_EXPORTED, "eligibility.conditions"),
                        tuple(OrukIssueCode.NOT_EXPORTED, "provider.annualIncomeGbp"),
                        tuple(OrukIssueCode.REQUIRED_WRITTEN_EMPTY, "provider.description"),
                        tuple(OrukIssueCode.REQUIRED_WRITTEN_EMPTY, "locations[0].address"));
        assertThat(written.report().issues()).allMatch(issue -> issue.severity() == Severity.INFORMATION);
        assertThat(written.value().minimumAge()).contains(BigDecimal.valueOf(18));
    }

    @Test
    void serviceAtLocation_withoutANestedService_isReportedAndKept() {
        OrukServiceAtLocation bare = at(OrukLocationType.PHYSICAL);

        MappedServiceAtLocation mapped = mapper.toServiceAtLocation(bare);

        assertThat(mapped.service()).isEmpty();
        assertThat(mapped.report().errors())
                .extracting(ValidationIssue::code)
                .containsExactly(OrukIssueCode.SERVICE_MISSING);
        assertThat(mapper.toOrukServiceAtLocation(mapped).value()).isEqualTo(bare);
    }

    @Test
    void serviceAtLocation_isTheFirstLocation_andAnEditWritesIt() {
        OrukServiceAtLocation record = at(OrukLocationType.PHYSICAL).withService(service(organization()));
        MappedServiceAtLocation mapped = mapper.toServiceAtLocation(record);
        Service sdk = mapped.service().orElseThrow();
        ServiceLocation moved = sdk.locations().get(0).withName("Community Hall");

        OrukServiceAtLocation written = mapper.toOrukServiceAtLocation(mapped.withService(sdk.withLocations(moved)))
                .value();

        assertThat(written.id()).isEqualTo(record.id());
        assertThat(written.location().flatMap(OrukLocation::name)).contains("Community Hall");
        assertThat(written.service()).isEqualTo(record.service());
    }

    private static OrukService service(OrukOrganization organization) {
        return OrukService.builder()
                .id(SERVICE_ID)
                .name("Gardening club")
                .status(OrukServiceStatus.ACTIVE)
                .organization(organization)
                .build();
    }

    private static OrukOrganization organization(OrukOrganizationIdentifier... identifiers) {
        return OrukOrganization.builder()
                .id(ORGANIZATION_ID)
                .name("Green Spaces Trust")
                .description("Community gardens")
                .addOrganizationIdentifiers(identifiers)
                .build();
    }

    private static OrukOrganizationIdentifier identifier(String scheme, String identifier) {
        return OrukOrganizationIdentifier.builder()
                .id(id())
                .identifierScheme(scheme)
                .identifierType("Registered number")
                .identifier(identifier)
                .build();
    }

    private static OrukServiceAtLocation at(OrukLocationType type) {
        return OrukServiceAtLocation.builder()
                .id("e94c9f38-1e8f-4564-91d4-d53501ab1765")
                .location(OrukLocation.builder()
                        .id("3a19ff88-4620-4d17-9830-ac1d859eb5d5")
                        .locationType(type)
                        .build())
                .build();
    }

    private static final Random IDS = new Random(7);

    private static String id() {
        return new UUID(IDS.nextLong(), IDS.nextLong()).toString();
    }

    private static Supplier<UUID> seeded() {
        Random random = new Random(42);
        return () -> new UUID(random.nextLong(), random.nextLong());
    }
}
