package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.model.episode.GoalStatus;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.episode.SupportPlan;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.person.EthnicCategory;

/**
 * Published third-party referrals, imported as an integrator would: HL7 Gravity SDOH examples (translated from their
 * FSH, {@code src/test/resources/intake/README.md}), BaRS message Bundles (the MIT-licensed API repository's JSON
 * here; the IG repository's XML read in place from a local mirror when present) and UK Core examples (read in place
 * from {@code ../shared}). Each imports or is refused for a stated reason, and what it holds that the model cannot
 * is reported at its FHIRPath.
 */
class IntakeGoldenTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "intake");
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    // The BaRS implementation guide's repository has no licence file: its examples are read where they are fetched.
    private static final Path BARS_IG = Path.of("/work/.mirror/NHSDigital+NHSDigital-FHIR-BookingAndReferrals/repo");

    /** The published referrals the intake reads, for the properties over them. */
    static final List<String> REFERRALS = List.of(
            "gravity/referral-accepted.json",
            "gravity/referral-completed.json",
            "gravity/servicerequest-patient-transaction.json",
            "bars/POST-999ToCASServiceRequest.json",
            "bars/ValidationRequest-POST.json",
            "assembled/referral-phq9-total-observation.json",
            "assembled/referral-phq9-questionnaire-and-response.json");

    static Bundle bundle(String name) {
        try {
            return FhirResourceReader.standard()
                    .parse(Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8), Bundle.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void gravity_acceptedReferral_importsAsAccepted_withWhatItCannotHoldReported() {
        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle("gravity/referral-accepted.json"));

        SocialPrescribingEpisode episode = result.value().orElseThrow();
        assertThat(episode.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(episode.journey().events().get(0).at()).isEqualTo(Instant.parse("2020-09-11T21:56:54.671Z"));
        // The current name by period: BAXTER since 2020-07-22, not the first (ABBAS, ended).
        assertThat(episode.person().name().orElseThrow().familyName()).contains("BAXTER");
        assertThat(episode.referral().presentingNeeds())
                .singleElement()
                .satisfies(
                        need -> assertThat(need.concept().orElseThrow().code()).isEqualTo("733423003"));
        assertThat(episode.referral().referrer().orElseThrow().name()).contains("Dr Jan Water");
        assertThat(episode.referral()
                        .referrer()
                        .orElseThrow()
                        .organisation()
                        .orElseThrow()
                        .name())
                .contains("Better Health Clinic");
        assertThat(episode.referral()
                        .referredTo()
                        .orElseThrow()
                        .organisation()
                        .orElseThrow()
                        .name())
                .contains("ABC Coordination Platform");
        assertThat(episode.referral().consentToShare().orElseThrow().note().orElseThrow())
                .contains("consentpolicycodes|hipaa-auth");
        assertThat(result.refused()).isFalse();
        assertThat(IntakeIssues.paths(result, FhirIssueCode.ADDRESS_OUTSIDE_UK))
                .containsExactly("Bundle.entry[2].resource.address[1].country");
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNMAPPED_CONTENT))
                .contains(
                        "Bundle.entry[2].resource.name[0]",
                        "Bundle.entry[2].resource.telecom[0]",
                        "Bundle.entry[2].resource.extension[0]",
                        "Bundle.entry[1].resource.code",
                        "Bundle.entry[8].resource.source");
        // The Goal addresses the Condition the ServiceRequest names: a goal of that need in the support plan.
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .doesNotContain("Bundle.entry[3].resource", "Bundle.entry[9].resource");
        SupportPlan plan = episode.supportPlan().orElseThrow();
        assertThat(plan.needs()).singleElement().satisfies(need -> {
            assertThat(need.need().concept().orElseThrow().code()).isEqualTo("733423003");
            assertThat(need.goals()).singleElement().satisfies(goal -> {
                assertThat(goal.description().concept().orElseThrow().code()).isEqualTo("1078229009");
                assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
                assertThat(goal.targetDate()).contains(LocalDate.parse("2020-12-10"));
                assertThat(goal.endedOn()).isEmpty(); // an active goal's statusDate is not an end
            });
        });
        // What the model's goal cannot hold: the achievement "improving", the target's measure, the status date.
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNMAPPED_CONTENT))
                .contains(
                        "Bundle.entry[9].resource.achievementStatus",
                        "Bundle.entry[9].resource.target[0].measure",
                        "Bundle.entry[9].resource.statusDate");
    }

    @Test
    void gravity_completedReferral_derivesTheJourney_andReportsTaskOutput() {
        IntakeResult<SocialPrescribingEpisode> result =
                BUNDLES.importEpisode(bundle("gravity/referral-completed.json"));

        assertThat(result.value().orElseThrow().journey().events())
                .extracting(event -> event.to())
                .containsExactly(
                        ReferralStatus.RECEIVED,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.IN_PROGRESS,
                        ReferralStatus.COMPLETED);
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNMAPPED_CONTENT))
                .contains("Bundle.entry[0].resource.output[0]");
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .contains("Bundle.entry[8].resource"); // Procedure
    }

    @Test
    void bareTransaction_ofPatientAndServiceRequest_importsAsReceivedNow() {
        IntakeResult<SocialPrescribingEpisode> result =
                BUNDLES.importEpisode(bundle("gravity/servicerequest-patient-transaction.json"));

        SocialPrescribingEpisode episode = result.value().orElseThrow();
        assertThat(episode.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(episode.journey().lastChanged()).isEqualTo(NOW);
        assertThat(IntakeIssues.paths(result, FhirIssueCode.MISSING_ELEMENT))
                .containsExactly("Bundle.entry[1].resource.authoredOn");
    }

    @Test
    void barsJsonMessage_999ToCas_imports_withItsDanglingPerformerReported() {
        IntakeResult<SocialPrescribingEpisode> result =
                BUNDLES.importEpisode(bundle("bars/POST-999ToCASServiceRequest.json"));

        assertThat(result.refused()).isFalse();
        assertThat(result.value().orElseThrow().status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNRESOLVED_REFERENCE))
                .contains("Bundle.entry[1].resource.performer[0].reference");
        assertThat(IntakeIssues.paths(result, FhirIssueCode.INTAKE_PATTERN))
                .contains("Bundle.entry[0].resource.focus[0]");
    }

    @Test
    void barsJsonMessage_111ToEd_isNotReadableFhir_andTheReaderSaysWhere() {
        // As published, its QuestionnaireResponses give basedOn as an object; R4 makes it a list.
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> bundle("bars/POST-111ToEDServiceRequest.json"))
                .satisfies(e -> assertThat(e.location()).isEqualTo("Bundle.entry[14].resource.basedOn"));
    }

    @Test
    void barsValidationRequestMessage_importsItsReferral_andReportsWhatTheModelCannotHold() {
        IntakeResult<SocialPrescribingEpisode> result =
                BUNDLES.importEpisode(bundle("bars/ValidationRequest-POST.json"));

        assertThat(result.refused()).as("%s", result.report()).isFalse();
        SocialPrescribingEpisode episode = result.value().orElseThrow();
        assertThat(episode.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(IntakeIssues.paths(result, FhirIssueCode.INTAKE_PATTERN))
                .contains("Bundle.entry[0].resource.focus[0]");
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .contains("Bundle.entry[3].resource"); // the Encounter
        assertThat(result.report().warnings()).isNotEmpty();
    }

    @Test
    void gravityReferral_withAPublishedLoincPhq9Response_scoresItAsAMeasurement_andSaysWhatItAssumed() {
        Bundle bundle = bundle("gravity/referral-accepted.json");
        bundle.addEntry()
                .setFullUrl("http://hl7.org/fhir/uv/phr/QuestionnaireResponse/phq9")
                .setResource(FhirResourceReader.standard()
                        .parse(
                                read(Path.of(
                                        "src",
                                        "test",
                                        "resources",
                                        "third-party",
                                        "questionnaires",
                                        "phr-ig",
                                        "QuestionnaireResponse-phq9.json")),
                                QuestionnaireResponse.class));

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle);

        OutcomeMeasurement measurement =
                result.value().orElseThrow().outcomeMeasurements().get(0);
        assertThat(measurement.instrumentId()).isEqualTo(InstrumentId.of("phq9"));
        assertThat(measurement.date()).isEqualTo(LocalDate.parse("2024-12-01"));
        // The IG's own score Observation gives the total 3 (third-party/questionnaires/README.md).
        assertThat(measurement.score().orElseThrow().components().get(0).value())
                .isEqualByComparingTo("3");
        assertThat(measurement.timepoint()).isEqualTo(Timepoint.OTHER);
        assertThat(measurement.collector()).isEqualTo(Collector.HEALTH_SYSTEM);
        assertThat(result.report().issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.INTAKE_PATTERN);
            assertThat(issue.path()).isEqualTo("Bundle.entry[10].resource");
            assertThat(issue.message()).contains("assumed");
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void barsBookingMessage_withNoReferral_isRefused_andStillReportsTheRest() {
        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle("bars/POST-body-booking.json"));

        assertThat(result.refused()).isTrue();
        assertThat(result.value()).isEmpty();
        assertThat(result.report().errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no ServiceRequest"));
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .hasSize(10);
    }

    @Test
    void barsSearchExample_withEntriesMissingTheirResourceWrapper_isNotReadableFhir() {
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> bundle("bars/service_request-GET-success.json"))
                .satisfies(e -> assertThat(e.location()).isEqualTo("Bundle.resourceType"));
    }

    @Test
    void toEpisode_throwsTheFirstErrorOfARefusal() {
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> BUNDLES.toEpisode(bundle("bars/POST-body-booking.json")))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.MISSING_ELEMENT));
    }

    @Test
    void ukCore_patientAndServiceRequestExamples_import() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (String name : List.of(
                "UKCore-ServiceRequest-HipReplacement-Example.xml",
                "UKCore-Patient-RichardSmith-Example.xml",
                "UKCore-Practitioner-DoctorPaulRastall-Example.xml",
                "UKCore-Practitioner-ConsultantSandraGose-Example.xml")) {
            Resource resource =
                    FhirResourceReader.standard().parse(UkCoreReference.read("examples/" + name), Resource.class);
            bundle.addEntry().setResource(resource);
        }

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle);

        SocialPrescribingEpisode episode = result.value().orElseThrow();
        assertThat(episode.person().nhsNumber()).isPresent();
        assertThat(episode.person().ethnicCategory()).isPresent().get().isNotEqualTo(EthnicCategory.NOT_KNOWN);
        assertThat(episode.referral().referrer().orElseThrow().name()).isPresent();
        assertThat(episode.referral().referredTo()).isPresent();
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNMAPPED_CONTENT))
                .contains("Bundle.entry[0].resource.locationReference[0]");
        assertThat(result.report().warnings()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REFREQ01 - Referral Service Request New Full - 111 to ED.xml",
                "REFREQ03 - Referral Service Request New Full - Primary Care to Community Pharmacy - Minor Illness.xml",
                "REFREQ06 - Referral Service Request New Full - GP to BP - ABPM.xml",
                "REFREQ07 - Referral Service Request New Full - GP to OC.xml"
            })
    void barsIgReferralMessages_import_withTheOdsSystemNormalised(String name) {
        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(barsIg(name));

        SocialPrescribingEpisode episode = result.value().orElseThrow();
        assertThat(episode.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(episode.gpRegistrations()).isNotEmpty();
        assertThat(episode.referral().referrer()).isPresent();
        assertThat(IntakeIssues.paths(result, FhirIssueCode.NORMALISED)).isNotEmpty();
        assertThat(result.report().warnings()).isNotEmpty();
    }

    @Test
    void barsIgRevokedServiceRequest_importsAsCancelled_withAWarning() {
        IntakeResult<SocialPrescribingEpisode> result =
                BUNDLES.importEpisode(barsIg("SERVREQ01 - Service Request Update - Revoked.xml"));

        assertThat(result.value().orElseThrow().status()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(IntakeIssues.paths(result, FhirIssueCode.REFERRAL_REVOKED))
                .containsExactly("Bundle.entry[1].resource.status");
    }

    private static Bundle barsIg(String name) {
        assumeTrue(Files.isDirectory(BARS_IG), "the BaRS IG repository is not fetched here; skipping");
        try {
            Process git = new ProcessBuilder("git", "--git-dir", BARS_IG.toString(), "show", "HEAD:Examples/" + name)
                    .redirectErrorStream(false)
                    .start();
            byte[] content = git.getInputStream().readAllBytes();
            assumeTrue(git.waitFor() == 0 && content.length > 0, "git could not read " + name + "; skipping");
            return FhirResourceReader.standard().parse(new String(content, StandardCharsets.UTF_8), Bundle.class);
        } catch (IOException e) {
            assumeTrue(false, "git is not available: " + e.getMessage());
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
