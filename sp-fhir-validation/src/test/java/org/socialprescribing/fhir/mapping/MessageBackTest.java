package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.validation.ReadyToMessageBack;
import org.socialprescribing.model.validation.SpValidator;

class MessageBackTest {

    private static final FhirValidation R4 = FhirValidation.builder().build();
    private static final Instant COMPOSED = Instant.parse("2025-06-20T13:00:00Z");
    private static final MessageBack MESSAGES = MessageBack.standard();

    @ParameterizedTest
    @EnumSource(MessageBack.Detail.class)
    void document_validatesWithNoError(MessageBack.Detail detail) {
        for (Bundle document : List.of(
                MESSAGES.toDocument(Fixtures.annaEpisode(), detail, COMPOSED),
                MESSAGES.toDocument(Fixtures.declinedEpisode(), detail, COMPOSED))) {
            assertThat(MappingValidationTest.errors(R4.validate(document))).isEmpty();
            assertThat(document.getEntryFirstRep().getResource()).isInstanceOf(Composition.class);
            assertThat(document.getTimestamp()).isEqualTo(Date.from(COMPOSED));
        }
    }

    @ParameterizedTest
    @EnumSource(MessageBack.Detail.class)
    void document_isCodedAndEverySectionHasNarrative(MessageBack.Detail detail) {
        for (SocialPrescribingEpisode episode : List.of(Fixtures.annaEpisode(), Fixtures.declinedEpisode())) {
            Composition composition = (Composition) MESSAGES.toDocument(episode, detail, COMPOSED)
                    .getEntryFirstRep()
                    .getResource();

            // SNOMED CT 823691000000103 Clinical letter; category 823751000000102 Letter (UKCore-CompositionCategory)
            assertThat(composition.getType().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
            assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("823691000000103");
            assertThat(composition.getCategoryFirstRep().getCodingFirstRep().getCode())
                    .isEqualTo("823751000000102");
            assertThat(composition.getText().getDivAsString()).contains(MessageBack.TITLE);
            assertThat(composition.getSection()).isNotEmpty().allSatisfy(section -> {
                assertThat(section.hasText()).as(section.getTitle()).isTrue();
                assertThat(section.getText().getDivAsString()).contains("<p>");
            });
        }
    }

    @Test
    void narrative_saysWhatTheCodesSay() {
        Composition composition =
                (Composition) MESSAGES.toDocument(Fixtures.annaEpisode(), MessageBack.Detail.CODED_ENTRIES, COMPOSED)
                        .getEntryFirstRep()
                        .getResource();
        String codes = composition.getSection().stream()
                .filter(section -> section.getTitle().equals("Social prescribing codes and outcomes"))
                .findFirst()
                .orElseThrow()
                .getText()
                .getDivAsString();
        assertThat(codes).contains("Referral to social prescribing service (SNOMED CT 871731000000106)");
        assertThat(composition.getText().getDivAsString() + codes)
                .doesNotContainPattern("(?<![0-9])[0-9]{10}(?![0-9])");
    }

    @Test
    void codedEntries_holdOnlyWhatAGpRecordFiles() {
        Bundle document = MESSAGES.toDocument(Fixtures.annaEpisode(), MessageBack.Detail.CODED_ENTRIES, COMPOSED);
        assertThat(types(document))
                .containsOnly(
                        "Composition",
                        "Patient",
                        "Organization",
                        "PractitionerRole",
                        "Procedure",
                        "QuestionnaireResponse",
                        "Observation");
        Procedure referral = resources(document, Procedure.class).get(0);
        assertThat(referral.getCode().getCodingFirstRep().getCode()).isEqualTo("871731000000106");
        assertThat(referral.getPerformedDateTimeType().getValueAsString()).isEqualTo("2025-03-03T11:00:00Z");
    }

    @Test
    void declinedReferral_carriesTheDeclinedCode() {
        Bundle document = MESSAGES.toDocument(Fixtures.declinedEpisode(), MessageBack.Detail.CODED_ENTRIES, COMPOSED);
        assertThat(resources(document, Observation.class))
                .extracting(
                        observation -> observation.getCode().getCodingFirstRep().getCode())
                .contains("871711000000103");
    }

    @Test
    void fullDetail_listsEveryResourceInASection() {
        Bundle document = MESSAGES.toDocument(Fixtures.annaEpisode(), MessageBack.Detail.FULL, COMPOSED);
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        assertThat(composition.getSection())
                .extracting(Composition.SectionComponent::getTitle)
                .containsExactly(
                        "Plan and requested actions",
                        "Social prescribing codes and outcomes",
                        "Support offered",
                        "Clinical summary",
                        "Social prescribing episode");
        long listed = composition.getSection().stream()
                .mapToLong(section -> section.getEntry().size())
                .sum();
        assertThat(listed).isEqualTo(document.getEntry().size() - 1);
        assertThat(types(document)).contains("EpisodeOfCare", "ServiceRequest", "Task", "CarePlan", "Provenance");
    }

    @Test
    void withoutAnAuthor_theMessageIsRefusedWithTheValidationRule() {
        SocialPrescribingEpisode noAuthor = Fixtures.incompleteEpisode();
        assertThat(SpValidator.validate(noAuthor, ReadyToMessageBack.class).issues())
                .extracting(ValidationIssue::code)
                .contains(ModelIssueCode.EPISODE_MESSAGE_AUTHOR_MISSING);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MESSAGES.toDocument(noAuthor, MessageBack.Detail.FULL, COMPOSED))
                .withMessage("linkWorker: " + ModelIssueCode.EPISODE_MESSAGE_AUTHOR_MISSING.rule());
    }

    @Test
    void anIncompleteEpisodeWithAnAuthor_validatesWithNoError() {
        SocialPrescribingEpisode withLinkWorker = Fixtures.incompleteEpisode().withLinkWorker(Fixtures.linkWorker());
        Bundle document = MESSAGES.toDocument(withLinkWorker, MessageBack.Detail.FULL, COMPOSED);
        assertThat(MappingValidationTest.errors(R4.validate(document))).isEmpty();
    }

    private static List<String> types(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> entry.getResource().fhirType())
                .collect(Collectors.toList());
    }

    private static <R extends Resource> List<R> resources(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .collect(Collectors.toList());
    }
}
