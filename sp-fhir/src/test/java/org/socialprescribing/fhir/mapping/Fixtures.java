package org.socialprescribing.fhir.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceContact;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.model.service.ServiceSchedule;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.model.workforce.ReportedCaseload;

/**
 * Realistic, invented domain values for examples, validation and golden files. The people are synthetic: their NHS
 * numbers are valid in the 9xx range that is never issued, names and places are made up, and organisation codes
 * have the right shape without naming real organisations on purpose.
 */
final class Fixtures {

    static final OdsCode PRACTICE_ODS = OdsCode.parse("G81086");
    static final OdsCode PCN_ODS = OdsCode.parse("U12345");
    static final OdsCode ICB_ODS = OdsCode.parse("QNQ");

    private Fixtures() {}

    static Person anna() {
        return Person.builder()
                .nhsNumber(NhsNumber.parse("9000000017"))
                .name(PersonName.builder()
                        .familyName("Okafor")
                        .addGivenNames("Anna", "Grace")
                        .prefix("Mrs")
                        .build())
                .birthDate(LocalDate.of(1957, 3, 14))
                .sexAtBirth(BirthSex.FEMALE)
                .statedGender(StatedGender.FEMALE)
                .genderIdentity(GenderIdentity.FEMALE)
                .ethnicCategory(EthnicCategory.BLACK_AFRICAN)
                .postcode(Postcode.parse("BN1 1AA"))
                .preferredLanguage("en")
                .interpreterNeeded(false)
                .addAccessibilityNeeds("large print")
                .imdDecile(ImdDecile.of(DeprivationIndex.IOD2019, 3))
                .disability(false)
                .homeless(false)
                .carer(true)
                .build();
    }

    static GpPractice practice() {
        return GpPractice.builder()
                .odsCode(PRACTICE_ODS)
                .name("Brookfield Surgery")
                .postcode(Postcode.parse("BN1 2AB"))
                .build();
    }

    static PrimaryCareNetwork pcn() {
        return PrimaryCareNetwork.builder()
                .odsCode(PCN_ODS)
                .name("Central Seaside PCN")
                .addMemberPractices(practice(), GpPractice.of(OdsCode.parse("G81099")))
                .icbOdsCode(ICB_ODS)
                .build();
    }

    static IntegratedCareBoard icb() {
        return IntegratedCareBoard.of(ICB_ODS, "NHS Seaside Integrated Care Board");
    }

    static LocalAuthority council() {
        return ImmutableLocalAuthority.builder()
                .name("Seaside City Council")
                .odsCode(OdsCode.parse("00ML"))
                .build();
    }

    static VcseOrganisation gardenTrust() {
        return VcseOrganisation.builder()
                .directoryId("4f1c2b7e-6a0d-4f5e-9a43-8d2b1f0c7e11")
                .name("Seaside Community Garden Trust")
                .type(VcseOrganisationType.REGISTERED_CHARITY)
                .description("Community gardens and growing groups across the city.")
                .annualIncomeGbp(new BigDecimal("84250.00"))
                .sizeBand(CodedText.ofText("small (income under 100,000 pounds)"))
                .footprint(Footprint.LOCAL_AUTHORITY_AREA)
                .charityNumber(CharityNumber.parse("1234567"))
                .companyNumber(CompanyNumber.parse("12345678"))
                .website(URI.create("https://garden-trust.example.org.uk/"))
                .email("hello@garden-trust.example.org.uk")
                .telephone("01632 960123")
                .build();
    }

    static ProfessionalRef linkWorker() {
        return ProfessionalRef.builder()
                .name("Sam Patel")
                .role(CodedText.of(PersonalisedCareRoleType.LINK_WORKER.toConcept(), "Community Navigator"))
                .team("Central Seaside social prescribing team")
                .organisation(OrganisationRef.builder()
                        .odsCode(PCN_ODS)
                        .name("Central Seaside PCN")
                        .build())
                .contact("01632 960456")
                .build();
    }

    static LinkWorkerRole linkWorkerPost() {
        return LinkWorkerRole.builder()
                .role(PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, "Community Navigator"))
                .employer(OrganisationRef.named("Seaside Community Garden Trust"))
                .employmentModel(EmploymentModel.FUNDING_EXISTING_SCHEME)
                .addPopulationFocus(CodedText.ofText("older people living alone"))
                .fte(new BigDecimal("0.8"))
                .addPcnsServed(PCN_ODS)
                .reportedCaseload(ReportedCaseload.of(42, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)))
                .build();
    }

    static Service allotmentGroup() {
        return Service.builder()
                .directoryId("9b2e7c1a-2f44-4a3e-8f6b-1c0d5e7a9b21")
                .provider(gardenTrust())
                .name("Tuesday Allotment Group")
                .description("A friendly growing group; no experience needed.")
                .addCategories(ServiceCategory.GARDENING_AND_NATURE, ServiceCategory.HOBBIES_AND_SOCIAL_GROUPS)
                .addExternalCategories(CodedConcept.of("http://id.esd.org.uk/service", "1284", "Allotments"))
                .addDeliveryModes(DeliveryMode.IN_PERSON)
                .addLocations(ServiceLocation.builder()
                        .directoryId("c3d4e5f6-0a1b-4c2d-8e3f-4a5b6c7d8e9f")
                        .name("Hillside Allotments")
                        .addAddressLines("Plot 12, Hillside Road")
                        .town("Seaside")
                        .postcode(Postcode.parse("BN2 3CD"))
                        .latitude(new BigDecimal("50.8301"))
                        .longitude(new BigDecimal("-0.1372"))
                        .accessibility("Level paths to the raised beds")
                        .build())
                .addSchedules(ServiceSchedule.builder()
                        .addDaysOfWeek(DayOfWeek.TUESDAY)
                        .opensAt(LocalTime.of(10, 0))
                        .closesAt(LocalTime.of(12, 30))
                        .description("Not in August")
                        .build())
                .eligibility(Eligibility.builder()
                        .minimumAge(18)
                        .description("Adults referred by a link worker or signposted")
                        .build())
                .addCosts(CostOption.free())
                .capacity(Capacity.builder()
                        .acceptingReferrals(true)
                        .availablePlaces(4)
                        .asOf(Instant.parse("2025-05-01T09:00:00Z"))
                        .build())
                .addContacts(ServiceContact.builder()
                        .name("Growing team")
                        .email("grow@garden-trust.example.org.uk")
                        .addTelephones("01632 960789")
                        .build())
                .url(URI.create("https://garden-trust.example.org.uk/allotments"))
                .email("grow@garden-trust.example.org.uk")
                .addLanguages("en")
                .addServiceAreas("Seaside")
                .lastModified(Instant.parse("2025-05-01T09:00:00Z"))
                .build();
    }
}
