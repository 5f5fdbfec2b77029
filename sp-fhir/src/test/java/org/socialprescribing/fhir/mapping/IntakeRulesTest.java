package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.person.EthnicCategory;

/** The intake rules one at a time, on small Bundles, and properties over the published examples. */
class IntakeRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final String ETHNIC = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    /** A bare transaction: a Patient and a ServiceRequest about it. */
    private static Bundle bare(Patient patient, ServiceRequest request) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry()
                .setFullUrl("urn:uuid:0b3c0f6e-0000-4000-8000-000000000001")
                .setResource(patient);
        request.setSubject(new Reference("urn:uuid:0b3c0f6e-0000-4000-8000-000000000001"));
        bundle.addEntry()
                .setFullUrl("urn:uuid:0b3c0f6e-0000-4000-8000-000000000002")
                .setResource(request);
        return bundle;
    }

    /** A Patient with a gender, so that it is not empty (HAPI drops an empty resource). */
    private static Patient patient() {
        Patient patient = new Patient();
        patient.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.UNKNOWN);
        return patient;
    }

    private static ServiceRequest request() {
        ServiceRequest request = new ServiceRequest();
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setAuthoredOnElement(new DateTimeType("2026-11-02T10:15:00+00:00"));
        return request;
    }

    @Test
    void datePrecisionAuthoredOn_isTheStartOfThatDayInEngland() {
        ServiceRequest request = request();
        request.setAuthoredOnElement(new DateTimeType("2026-07-01"));

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bare(patient(), request));
        SocialPrescribingEpisode episode = result.value().orElseThrow(() -> new AssertionError(result.report()));

        assertThat(episode.referral().referredAt()).contains(Instant.parse("2026-06-30T23:00:00Z")); // BST
    }

    @Test
    void pdsStyleGeneralPractitioner_anOdsIdentifierWithNoReference_isTheRegistration() {
        Patient patient = patient();
        patient.addGeneralPractitioner(new Reference()
                .setIdentifier(new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue("Y12345")));

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bare(patient, request()));

        assertThat(result.value().orElseThrow().gpRegistrations())
                .singleElement()
                .satisfies(registration ->
                        assertThat(registration.practice().odsCode().value()).isEqualTo("Y12345"));
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void aServiceRequestItsSenderRevoked_importsAsCancelled_withAWarning() {
        ServiceRequest request = request();
        request.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bare(patient(), request));

        assertThat(result.value().orElseThrow().status()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(IntakeIssues.paths(result, FhirIssueCode.REFERRAL_REVOKED))
                .containsExactly("Bundle.entry[1].resource.status");
    }

    @Test
    void odsSystemWithLowerCaseId_isNormalised_withAWarning() {
        Patient patient = patient();
        patient.addGeneralPractitioner(new Reference()
                .setIdentifier(new Identifier()
                        .setSystem("https://fhir.nhs.uk/id/ods-organization-code")
                        .setValue("Y12345")));

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bare(patient, request()));

        assertThat(result.value().orElseThrow().gpRegistrations()).hasSize(1);
        assertThat(IntakeIssues.paths(result, FhirIssueCode.NORMALISED))
                .containsExactly("Bundle.entry[0].resource.generalPractitioner[0].identifier.system");
    }

    @Test
    void ethnicCategory_englandIsTheEnum_walesIsKeptCodedWithItsSystem_othersAreReported() {
        Patient england = patient();
        england.addExtension(ETHNIC, new CodeableConcept(new Coding(EthnicCategory.FHIR_SYSTEM, "H", null)));
        Patient wales = patient();
        wales.addExtension(
                ETHNIC,
                new CodeableConcept(new Coding(EthnicCategory.WALES_FHIR_SYSTEM, "B", "Gypsy or Irish Traveller")));
        Patient other = patient();
        other.addExtension(ETHNIC, new CodeableConcept(new Coding("urn:example:local-ethnicity", "B", null)));

        assertThat(BUNDLES.importEpisode(bare(england, request()))
                        .value()
                        .orElseThrow()
                        .person()
                        .ethnicCategory())
                .contains(EthnicCategory.ASIAN_INDIAN);
        IntakeResult<SocialPrescribingEpisode> welsh = BUNDLES.importEpisode(bare(wales, request()));
        // Wales's B (Gypsy or Irish Traveller) is not England's B (White - Irish): kept with its own system.
        assertThat(welsh.value().orElseThrow().person().ethnicCategory()).isEmpty();
        assertThat(welsh.value().orElseThrow().person().otherEthnicCategory())
                .contains(CodedConcept.of(EthnicCategory.WALES_FHIR_SYSTEM, "B", "Gypsy or Irish Traveller"));
        assertThat(welsh.report().issues())
                .noneSatisfy(issue -> assertThat(issue.path()).startsWith("Bundle.entry[0].resource.extension"));
        IntakeResult<SocialPrescribingEpisode> local = BUNDLES.importEpisode(bare(other, request()));
        assertThat(local.value().orElseThrow().person().otherEthnicCategory()).isEmpty();
        assertThat(IntakeIssues.paths(local, FhirIssueCode.VALUE_NOT_MAPPED))
                .contains("Bundle.entry[0].resource.extension[0]");
    }

    @Test
    void welshEthnicCategory_roundTripsThroughTheSdkBundle_withItsSystem() {
        Patient wales = patient();
        wales.addExtension(ETHNIC, new CodeableConcept(new Coding(EthnicCategory.WALES_FHIR_SYSTEM, "T", "Arab")));
        SocialPrescribingEpisode episode =
                BUNDLES.importEpisode(bare(wales, request())).value().orElseThrow();

        Bundle written = BUNDLES.toTransaction(episode);
        Patient patient = (Patient) written.getEntry().stream()
                .filter(entry -> entry.getResource() instanceof Patient)
                .findFirst()
                .orElseThrow()
                .getResource();
        Coding coding = ((CodeableConcept) patient.getExtensionByUrl(ETHNIC).getValue()).getCodingFirstRep();

        assertThat(coding.getSystem()).isEqualTo(EthnicCategory.WALES_FHIR_SYSTEM);
        assertThat(coding.getCode()).isEqualTo("T");
        assertThat(BUNDLES.toEpisode(written).value()).isEqualTo(episode);
    }

    @Test
    void currentName_andHomeAddress_areChosenByPeriodAndUse() {
        Patient patient = patient();
        patient.addName().setUse(HumanName.NameUse.OLD).setFamily("Before");
        patient.addName().setUse(HumanName.NameUse.NICKNAME).setFamily("Nick");
        patient.addName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily("Ended")
                .setPeriod(new Period().setEndElement(new DateTimeType("2020-01-01")));
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily("Current");
        patient.addAddress().setUse(Address.AddressUse.WORK).setPostalCode("LS1 4AP");
        patient.addAddress().setUse(Address.AddressUse.HOME).setPostalCode("SW1A 1AA");

        SocialPrescribingEpisode episode =
                BUNDLES.importEpisode(bare(patient, request())).value().orElseThrow();

        assertThat(episode.person().name().orElseThrow().familyName()).contains("Current");
        assertThat(episode.person().postcode().orElseThrow().value()).isEqualTo("SW1A 1AA");
    }

    @Test
    void taskStatusReason_isTheReasonOfTheLastEvent() {
        ServiceRequest request = request();
        Bundle bundle = bare(patient(), request);
        Task task = new Task();
        task.setStatus(Task.TaskStatus.REJECTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setFocus(new Reference("urn:uuid:0b3c0f6e-0000-4000-8000-000000000002"));
        task.setStatusReason(new CodeableConcept().setText("Out of our area"));
        bundle.addEntry()
                .setFullUrl("urn:uuid:0b3c0f6e-0000-4000-8000-000000000003")
                .setResource(task);

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle);
        SocialPrescribingEpisode episode = result.value().orElseThrow(() -> new AssertionError(result.report()));

        assertThat(episode.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(episode.journey().events().get(1).reason().orElseThrow().text())
                .contains("Out of our area");
    }

    @Test
    void securityLabel_isReported() {
        Patient patient = patient();
        patient.getMeta().addSecurity("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", "restricted");

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bare(patient, request()));

        assertThat(IntakeIssues.paths(result, FhirIssueCode.SECURITY_LABEL))
                .containsExactly("Bundle.entry[0].resource.meta.security[0]");
    }

    @Test
    void invalidNhsNumber_isReported_neverQuoted_andThePersonHasNone() {
        Patient patient = patient();
        patient.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue("1234567890");

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bare(patient, request()));

        assertThat(result.value().orElseThrow().person().nhsNumber()).isEmpty();
        assertThat(result.report().toString()).doesNotContain("1234567890");
        assertThat(IntakeIssues.paths(result, FhirIssueCode.VALUE_NOT_MAPPED))
                .contains("Bundle.entry[0].resource.identifier[0].value");
    }

    @Test
    void twoReferrals_areRefused_withEveryOtherProblemReported() {
        Bundle bundle = bare(patient(), request());
        bundle.addEntry()
                .setResource(request().setSubject(new Reference("urn:uuid:0b3c0f6e-0000-4000-8000-000000000001")));

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle);

        assertThat(result.refused()).isTrue();
        assertThat(result.report().errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("2 referrals"));
    }

    @Property(tries = 60)
    void anAddedExtension_anywhere_isReportedAtItsPath(
            @ForAll("examples") String example, @ForAll("indexes") int pick, @ForAll("urls") String url) {
        Bundle bundle = IntakeGoldenTest.bundle(example);
        int index = pick % bundle.getEntry().size();
        DomainResource resource = (DomainResource) bundle.getEntry().get(index).getResource();
        resource.addExtension(new Extension(url, new StringType("added")));
        String path = "Bundle.entry[" + index + "].resource";

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle);

        assertThat(result.refused()).isFalse();
        assertThat(result.report().warnings())
                .anySatisfy(warning -> assertThat(warning.path()).startsWith(path));
    }

    @Property(tries = 40)
    void aModifierExtension_anywhere_refusesTheInput_namingIt(
            @ForAll("examples") String example, @ForAll("indexes") int pick, @ForAll("urls") String url) {
        Bundle bundle = IntakeGoldenTest.bundle(example);
        int index = pick % bundle.getEntry().size();
        DomainResource resource = (DomainResource) bundle.getEntry().get(index).getResource();
        resource.addModifierExtension(new Extension(url, new StringType("changes the meaning")));

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle);

        assertThat(result.refused()).isTrue();
        assertThat(IntakeIssues.paths(result, FhirIssueCode.MODIFIER_EXTENSION))
                .contains("Bundle.entry[" + index + "].resource.modifierExtension[0]");
    }

    @Provide
    Arbitrary<String> examples() {
        return Arbitraries.of(IntakeGoldenTest.REFERRALS);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(12)
                .map(name -> "https://example.org/StructureDefinition/" + name);
    }
}
