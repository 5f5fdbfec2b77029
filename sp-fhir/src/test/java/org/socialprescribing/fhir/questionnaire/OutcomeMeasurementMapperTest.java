package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.instruments.Ons4;
import org.socialprescribing.measures.instruments.Pam;
import org.socialprescribing.measures.instruments.Phq9;
import org.socialprescribing.measures.instruments.Wemwbs;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;
import org.socialprescribing.model.measure.Timepoint;

class OutcomeMeasurementMapperTest {

    private static final OutcomeMeasurementMapper MAPPER =
            OutcomeMeasurementMapper.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);
    private static final String RESPONSE = "QuestionnaireResponse/qr-1";

    static OutcomeMeasurement measurement(String instrument, Map<String, String> answers, ScoreResult score) {
        return OutcomeMeasurement.builder()
                .instrumentId(InstrumentId.of(instrument))
                .instrumentVersion("1")
                .timepoint(Timepoint.BASELINE)
                .collector(Collector.HEALTH_SYSTEM)
                .date(LocalDate.of(2024, 5, 1))
                .putAllAnswers(answers)
                .score(Optional.ofNullable(score))
                .build();
    }

    static OutcomeMeasurement phq9() {
        Answers answers = Answers.ofCodes("phq9", 2, 1, 3, 2, 1, 0, 2, 1, 1);
        return measurement("phq9", answers.asMap(), Scorer.of(Phq9.instrument()).score(answers));
    }

    @Test
    void phq9_mapsToAResponseAndOneTotalObservation() {
        MeasurementResources fhir = MAPPER.toResources(phq9(), RESPONSE, "Patient/p-1");
        QuestionnaireResponse response = fhir.questionnaireResponse();
        assertThat(response.getIdElement().getIdPart()).isEqualTo("qr-1");
        assertThat(response.getQuestionnaire()).isEqualTo("https://fhir.socialprescribing.org/Questionnaire/phq9|1");
        assertThat(response.getAuthoredElement().getValueAsString()).isEqualTo("2024-05-01");
        assertThat(response.getItem()).hasSize(9);
        Coding answer = response.getItem().get(2).getAnswerFirstRep().getValueCoding();
        assertThat(answer.getCode()).isEqualTo("LA6571-9");
        assertThat(answer.getExtensionByUrl(MeasurementCanonicals.ITEM_WEIGHT)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("3");
        assertThat(fhir.observations()).hasSize(1);
        Observation total = fhir.observations().get(0);
        assertThat(total.getCode().getCoding()).extracting(Coding::getCode).containsExactly("44261-6", "score.total");
        assertThat(((IntegerType) total.getValue()).getValue()).isEqualTo(13);
        assertThat(total.getInterpretationFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("band.moderate");
        assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo(RESPONSE);
        assertThat(total.getSubject().getReference()).isEqualTo("Patient/p-1");
        assertThat(total.getComponent()).singleElement().satisfies(flag -> {
            assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("flag." + Phq9.RISK_FLAG);
            assertThat(flag.getValueBooleanType().booleanValue()).isTrue();
        });
        assertThat(MAPPER.toMeasurement(fhir).value()).isEqualTo(phq9());
    }

    @Test
    void toMeasurement_throwsWithTheSameReportAsValidate() {
        MeasurementResources fhir = MAPPER.toResources(phq9(), RESPONSE);
        fhir.questionnaireResponse().getItem().get(3).getAnswerFirstRep().setValue(new IntegerType(2));
        ValidationReport report = MAPPER.validate(fhir.questionnaireResponse(), fhir.observations());
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> MAPPER.toMeasurement(fhir.questionnaireResponse(), fhir.observations()))
                .satisfies(e -> assertThat(e.report()).isEqualTo(report));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void ons4Incomplete_isFourObservationsOneOfThemAbsent() {
        Answers answers = Answers.ofText(Map.of("ons4_1", "7", "ons4_2", "8", "ons4_3", "6"));
        OutcomeMeasurement ons4 = measurement(
                "ons4", answers.asMap(), Scorer.of(Ons4.instrument()).score(answers));
        assertThat(ons4.score().orElseThrow().status()).isEqualTo(ScoreStatus.INCOMPLETE);
        MeasurementResources fhir = MAPPER.toResources(ons4, "urn:uuid:0b7f4c62-8f5e-4d7a-9a43-2c7a2b1f9e01");
        assertThat(fhir.questionnaireResponse().hasId()).isFalse();
        assertThat(fhir.observations()).hasSize(4);
        assertThat(fhir.observations().get(3).hasValue()).isFalse();
        assertThat(fhir.observations()
                        .get(3)
                        .getDataAbsentReason()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("unknown");
        assertThat(MAPPER.toMeasurement(fhir).value()).isEqualTo(ons4);
    }

    @Test
    void pam_recordsTheSuppliedScore() {
        OutcomeMeasurement pam =
                measurement("pam", Map.of(), Pam.record(new BigDecimal("56.30"), 3, "Licensed platform"));
        MeasurementResources fhir = MAPPER.toResources(pam, RESPONSE);
        assertThat(fhir.questionnaireResponse().getItem()).isEmpty();
        assertThat(MAPPER.toMeasurement(fhir).value()).isEqualTo(pam);
    }

    @Property(tries = 200)
    void roundTrip_throughJson_givesAnEqualMeasurement(@ForAll("measurements") OutcomeMeasurement measurement) {
        MeasurementResources fhir =
                MAPPER.toResources(measurement, RESPONSE, "urn:uuid:7d5c4a1e-3b2f-4c6d-8e9f-0a1b2c3d4e5f");
        QuestionnaireResponse response = SpFhir.newJsonParser()
                .parseResource(
                        QuestionnaireResponse.class,
                        SpFhir.newJsonParser().encodeResourceToString(fhir.questionnaireResponse()));
        List<Observation> observations = fhir.observations().stream()
                .map(o -> SpFhir.newJsonParser()
                        .parseResource(Observation.class, SpFhir.newJsonParser().encodeResourceToString(o)))
                .toList();
        assertThat(MAPPER.validate(response, observations).issues()).isEmpty();
        assertThat(MAPPER.toMeasurement(response, observations).value()).isEqualTo(measurement);
    }

    @Provide
    Arbitrary<OutcomeMeasurement> measurements() {
        return MeasurementArbitraries.measurements();
    }

    @Test
    void toResources_rejectsAnswersThatWouldNotComeBackEqual() {
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> MAPPER.toResources(measurement("phq9", Map.of("phq9_1", "02"), null), RESPONSE))
                .satisfies(e -> assertThat(e.report().errors()).singleElement().satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("phq9_1");
                    assertThat(issue.message()).contains("'02'");
                }));
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> MAPPER.toResources(measurement("phq9", Map.of("phq9_1", "4"), null), RESPONSE))
                .withMessageContaining("4 is outside 0..3");
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> MAPPER.toResources(measurement("phq9", Map.of("phq9_11", "1"), null), RESPONSE))
                .withMessageContaining("phq9_11");
    }

    @Test
    void toResources_rejectsScoresThatDoNotBelong() {
        OutcomeMeasurement phq9 = phq9();
        ScoreResult score = phq9.score().orElseThrow();
        OutcomeMeasurement wrongStatus = phq9.withScore(score.withStatus(ScoreStatus.INCOMPLETE));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MAPPER.toResources(wrongStatus, RESPONSE))
                .withMessageContaining("score.status");
        OutcomeMeasurement otherInstrument = phq9.withScore(score.withInstrumentId(InstrumentId.of("gad7")));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MAPPER.toResources(otherInstrument, RESPONSE))
                .withMessageContaining("score.instrumentId");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MAPPER.toResources(phq9, "Observation/x"))
                .withMessageContaining("responseReference");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MAPPER.toResources(measurement("sf12", Map.of(), null), RESPONSE));
    }

    @Test
    void toMeasurement_readsTheOlderSnomedConcepts() {
        Answers answers = Answers.ofCodes("wemwbs", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        OutcomeMeasurement wemwbs = measurement(
                "wemwbs", answers.asMap(), Scorer.of(Wemwbs.instrument()).score(answers));
        MeasurementResources fhir = MAPPER.toResources(wemwbs, RESPONSE);
        Observation total = fhir.observations().get(0);
        // Only the legacy UK-extension concept 885541000000103 ("v1"), as older records carry it.
        total.getCode().getCoding().clear();
        total.getCode().addCoding(new Coding("http://snomed.info/sct", "885541000000103", null));
        assertThat(MAPPER.toMeasurement(fhir.questionnaireResponse(), List.of(total))
                        .value())
                .isEqualTo(wemwbs);
    }

    @Test
    void toMeasurement_reportsEveryProblemWithItsLocation() {
        MeasurementResources fhir = MAPPER.toResources(phq9(), RESPONSE);
        QuestionnaireResponse response = fhir.questionnaireResponse();
        response.getExtension().remove(0);
        response.getItem().get(3).getAnswerFirstRep().setValue(new IntegerType(2));
        Observation total = fhir.observations().get(0);
        total.getCode().getCoding().clear();
        total.getCode().addCoding(new Coding("http://loinc.org", "70274-6", null));
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> MAPPER.toMeasurement(response, List.of(total)).value())
                .satisfies(e -> assertThat(e.report().errors())
                        .extracting(ValidationIssue::path)
                        .containsExactlyInAnyOrder(
                                "QuestionnaireResponse.item[3].answer[0]",
                                "QuestionnaireResponse.extension('" + MeasurementCanonicals.TIMEPOINT + "')",
                                "Observation[0].code"));
    }

    @Test
    void toMeasurement_reportsARepeatedBandSource() {
        MeasurementResources fhir = MAPPER.toResources(phq9(), RESPONSE);
        Observation total = fhir.observations().get(0);
        total.getInterpretationFirstRep()
                .addExtension(MeasurementCanonicals.BAND_SOURCE, new StringType("a second source"));
        ValidationReport report = MAPPER.validate(fhir.questionnaireResponse(), fhir.observations());
        assertThat(report.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.INVALID_STRUCTURE);
            assertThat(issue.path()).isEqualTo("Observation[0].interpretation[0].extension[1]");
            assertThat(issue.message()).contains("score-band-source").contains("must not repeat");
        });
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> MAPPER.toMeasurement(fhir).value())
                .satisfies(e -> assertThat(e.report()).isEqualTo(report));
    }

    @Test
    void validate_warnsAboutContentAMeasurementDoesNotHold() {
        MeasurementResources fhir = MAPPER.toResources(phq9(), RESPONSE);
        fhir.questionnaireResponse().addExtension("https://example.org/unknown", new IntegerType(1));
        fhir.questionnaireResponse().getAuthor().setReference("Practitioner/1");
        fhir.observations().get(0).addNote().setText("seen by the GP");
        ValidationReport report = MAPPER.validate(fhir.questionnaireResponse(), fhir.observations());
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(ValidationIssue::path)
                .containsExactly(
                        "QuestionnaireResponse.extension[2]", "QuestionnaireResponse.author", "Observation[0].note");
        assertThat(MAPPER.toMeasurement(fhir).value()).isEqualTo(phq9());
        MappingResult<OutcomeMeasurement> withWarnings =
                MAPPER.toMeasurement(fhir.questionnaireResponse(), fhir.observations());
        assertThat(withWarnings.value()).isEqualTo(phq9());
        assertThat(withWarnings.report()).isEqualTo(report);
    }

    @Property(tries = 200)
    void toMeasurement_ofMutatedResources_throwsOnlyInvalidResponse(
            @ForAll("measurements") OutcomeMeasurement measurement,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 9) int mutation,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20) int index) {
        MeasurementResources fhir = MAPPER.toResources(measurement, RESPONSE);
        QuestionnaireResponse response = fhir.questionnaireResponse();
        List<Observation> observations = new ArrayList<>(fhir.observations());
        Mutations.apply(mutation, index, response, observations);
        try {
            OutcomeMeasurement back =
                    MAPPER.toMeasurement(response, observations).value();
            assertThat(back.instrumentId()).isEqualTo(measurement.instrumentId());
        } catch (InvalidResponseException e) {
            assertThat(e.report().errors()).isNotEmpty();
        }
    }
}
