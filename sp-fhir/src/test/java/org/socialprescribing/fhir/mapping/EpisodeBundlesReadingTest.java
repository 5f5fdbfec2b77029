package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.SpValidator;

/** Reading episodes back: what is reported, what is refused, and where. */
class EpisodeBundlesReadingTest {

    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard();

    @Test
    void toEpisode_readsASetOfResourcesThatReferByTypeAndId() {
        Bundle bundle = BUNDLES.toCollection(Fixtures.annaEpisode());
        // What a server gives back: ids assigned, references rewritten to Type/id.
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            bundle.getEntry().get(i).getResource().setId(String.valueOf(i + 1));
        }
        String json = SpFhir.newJsonParser().encodeResourceToString(bundle);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            String fullUrl = entry.getFullUrl();
            String typeAndId = entry.getResource().fhirType() + "/"
                    + entry.getResource().getIdElement().getIdPart();
            json = json.replace("\"" + fullUrl + "\"", "\"" + typeAndId + "\"");
        }
        Bundle served = SpFhir.newJsonParser().parseResource(Bundle.class, json);
        served.getEntry().forEach(entry -> resources.add(entry.getResource()));
        MappingResult<SocialPrescribingEpisode> back = BUNDLES.toEpisode(resources);
        assertThat(back.value()).isEqualTo(Fixtures.annaEpisode());
        assertThat(back.report().issues()).isEmpty();
    }

    @Test
    void unknownExtensionsAndResources_areReportedNotDropped() {
        Bundle bundle = BUNDLES.toCollection(Fixtures.annaEpisode());
        find(bundle, Patient.class).addExtension(new Extension("https://example.org/shoe-size", new StringType("6")));
        find(bundle, Patient.class).addTelecom().setValue("07700 900123");
        bundle.addEntry()
                .setFullUrl("urn:uuid:00000000-0000-0000-0000-000000000001")
                .setResource(new Basic()
                        .setCode(new CodeableConcept(new Coding("https://example.org/kinds", "note", null))));
        MappingResult<SocialPrescribingEpisode> back = BUNDLES.toEpisode(bundle);
        assertThat(back.value()).isEqualTo(Fixtures.annaEpisode());
        assertThat(back.report().isValid()).isTrue();
        int basic = bundle.getEntry().size() - 1;
        assertThat(back.report().issues())
                .extracting(issue -> issue.code().code() + " " + issue.path())
                .containsExactly(
                        "fhir.input.unmapped-content Bundle.entry[0].resource.extension[9]",
                        "fhir.input.unmapped-content Bundle.entry[0].resource.telecom[0]",
                        "fhir.input.unexpected-resource Bundle.entry[" + basic + "].resource");
        assertThat(back.report().issues())
                .extracting(ValidationIssue::message)
                .first()
                .asString()
                .contains("https://example.org/shoe-size");
    }

    @Test
    void danglingReference_isAnErrorAtTheReference() {
        assertError(
                bundle -> find(bundle, EpisodeOfCare.class).getPatient().setReference("urn:uuid:no-such-entry"),
                FhirIssueCode.UNRESOLVED_REFERENCE,
                "Bundle.entry[2].resource.patient");
    }

    @Test
    void missingReference_isAnErrorNamingWhatIsMissing() {
        assertError(
                bundle -> find(bundle, EpisodeOfCare.class).setPatient(null),
                FhirIssueCode.MISSING_ELEMENT,
                "Bundle.entry[2].resource.patient.reference");
    }

    @Test
    void absentPrsbMandatoryItems_readBackAsNotRecorded_notAsErrors() {
        Bundle bundle = BUNDLES.toCollection(Fixtures.annaEpisode());
        find(bundle, ServiceRequest.class).setRequester(null);
        find(bundle, Task.class).setRequester(null);
        bundle.getEntry().removeIf(entry -> entry.getResource() instanceof RiskAssessment);

        MappingResult<SocialPrescribingEpisode> back = BUNDLES.toEpisode(bundle);

        assertThat(back.value().referral().referrer()).isEmpty();
        assertThat(back.value().risks()).isEmpty();
        assertThat(SpValidator.validate(back.value(), CompleteForPrsb.class).issues())
                .extracting(issue -> issue.code().code())
                .contains("referral.referrer.missing", "episode.risks.missing");
    }

    @Test
    void referenceToTheWrongType_isAnError() {
        assertError(
                bundle -> find(bundle, ServiceRequest.class)
                        .getRequester()
                        .setReference(bundle.getEntry().get(0).getFullUrl()),
                FhirIssueCode.WRONG_RESOURCE_TYPE,
                "Bundle.entry[3].resource.requester");
    }

    @Test
    void invalidNhsNumber_isAnErrorThatDoesNotQuoteIt() {
        assertThatThrownBy(() -> read(bundle ->
                        find(bundle, Patient.class).getIdentifierFirstRep().setValue("9000000018")))
                .isInstanceOfSatisfying(FhirFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INVALID_VALUE);
                    assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.identifier[0].value");
                })
                .hasMessageNotContaining("9000000018");
    }

    @Test
    void journeyThatBreaksTheLifecycle_isAnError() {
        assertError(
                bundle -> bundle.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getResource)
                        .filter(Provenance.class::isInstance)
                        .map(Provenance.class::cast)
                        .skip(1)
                        .findFirst()
                        .orElseThrow()
                        .getActivity()
                        .getCodingFirstRep()
                        .setCode(ReferralStatus.COMPLETED.code()),
                FhirIssueCode.INVALID_VALUE,
                "Bundle.entry[8].resource");
    }

    @Test
    void taskStatusThatContradictsTheJourney_isAnError() {
        assertError(
                bundle -> find(bundle, Task.class).setStatus(Task.TaskStatus.CANCELLED),
                FhirIssueCode.INVALID_VALUE,
                "Bundle.entry[8].resource.status");
    }

    @Test
    void bundleWithoutTheSdksEpisodeOfCare_isReadAsAnotherSystemsReferral_withWhatItCannotHoldReported() {
        MappingResult<SocialPrescribingEpisode> read =
                read(bundle -> bundle.getEntry().removeIf(entry -> entry.getResource() instanceof EpisodeOfCare));

        SocialPrescribingEpisode original = Fixtures.annaEpisode();
        assertThat(read.value().person().nhsNumber())
                .isEqualTo(original.person().nhsNumber());
        assertThat(read.value().person().name()).isEqualTo(original.person().name());
        // The SDK's extensions and Provenances have no home in the intake's reading: reported, never dropped.
        assertThat(read.report().warnings())
                .anySatisfy(warning -> assertThat(warning.code()).isEqualTo(FhirIssueCode.UNEXPECTED_RESOURCE));
    }

    private static void assertError(Consumer<Bundle> change, FhirIssueCode code, String location) {
        assertThatThrownBy(() -> read(change)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.location()).isEqualTo(location);
        });
    }

    private static MappingResult<SocialPrescribingEpisode> read(Consumer<Bundle> change) {
        Bundle bundle = BUNDLES.toCollection(Fixtures.annaEpisode());
        change.accept(bundle);
        return BUNDLES.toEpisode(bundle);
    }

    private static <R extends Resource> R find(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }
}
