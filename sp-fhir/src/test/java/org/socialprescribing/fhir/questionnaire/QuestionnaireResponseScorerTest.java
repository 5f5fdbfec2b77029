package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.instruments.Phq9;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreStatus;

class QuestionnaireResponseScorerTest {

    private static final QuestionnaireResponseScorer SCORER =
            QuestionnaireResponseScorer.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);

    private static Observation only(ScoredResponse scored) {
        assertThat(scored.report().errors()).isEmpty();
        assertThat(scored.observations()).hasSize(1);
        return scored.observations().get(0);
    }

    private static List<String> codes(Observation observation) {
        return observation.getCode().getCoding().stream().map(Coding::getCode).collect(Collectors.toList());
    }

    private static int intValue(Type value) {
        return ((IntegerType) value).getValue();
    }

    @Test
    void phq9_totalWithLoincBandAndRiskFlag() {
        // PHQ-9 [V]: total 0..27; 10-14 moderate; item 9 above 0 raises the risk flag.
        Observation total = only(SCORER.score(Responses.phq9(2, 1, 3, 2, 1, 0, 2, 1, 1)));
        assertThat(codes(total)).containsExactly("44261-6", "score.total");
        assertThat(intValue(total.getValue())).isEqualTo(13);
        assertThat(total.getInterpretationFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("band.moderate");
        assertThat(total.getInterpretationFirstRep()
                        .getExtensionByUrl(MeasurementCanonicals.BAND_SOURCE)
                        .getValue()
                        .primitiveValue())
                .isEqualTo(Phq9.BANDS_SOURCE.label());
        assertThat(total.getComponent()).singleElement().satisfies(flag -> {
            assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("flag.phq9.item9_positive");
            assertThat(((BooleanType) flag.getValue()).booleanValue()).isTrue();
        });
        assertThat(total.getExtensionByUrl(MeasurementCanonicals.SCORING_RULE_VERSION)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("phq9-1");
        assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/qr-phq9");
        assertThat(total.getSubject().getReference()).isEqualTo("Patient/example");
        assertThat(total.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2024-05-01T10:15:00+01:00");
    }

    @Test
    void phq9Incomplete_keepsTheRiskFlagWithoutATotal() {
        ScoredResponse scored = SCORER.score(Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 2)
                .setItem(Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 2).getItem().subList(8, 9)));
        Observation total = only(scored);
        assertThat(total.hasValue()).isFalse();
        assertThat(total.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("unknown");
        assertThat(total.getComponentFirstRep().getCode().getCodingFirstRep().getCode())
                .isEqualTo("flag.phq9.item9_positive");
        assertThat(scored.result().orElseThrow().status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(scored.report().warnings()).hasSize(8).first().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(MeasureIssue.ANSWER_MISSING);
            assertThat(issue.path()).isEqualTo("QuestionnaireResponse.item.where(linkId='phq9_1')");
        });
    }

    @Test
    void ons4_isFourObservationsWithOnsBandsAndNoTotal() {
        // ONS thresholds [V]: 7-8 high, 5-6 medium; anxiety 2-3 low.
        List<Observation> items =
                SCORER.score(Responses.withCodes("ons4", 7, 8, 6, 3)).observations();
        assertThat(items).hasSize(4);
        assertThat(items)
                .extracting(o -> codes(o).get(0))
                .containsExactly("score.life_satisfaction", "score.worthwhile", "score.happiness", "score.anxiety");
        assertThat(items).extracting(o -> intValue(o.getValue())).containsExactly(7, 8, 6, 3);
        assertThat(items)
                .extracting(
                        o -> o.getInterpretationFirstRep().getCodingFirstRep().getCode())
                .containsExactly("band.high", "band.high", "band.medium", "band.low");
        assertThat(items).allSatisfy(o -> assertThat(o.getComponent()).isEmpty());
    }

    @Test
    void wemwbs_totalIsCodedWithSnomed718426000() {
        Observation total = only(SCORER.score(Responses.withCodes("wemwbs", 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)));
        assertThat(total.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
        assertThat(codes(total)).containsExactly("718426000", "score.total");
        assertThat(intValue(total.getValue())).isEqualTo(56);
        assertThat(total.hasInterpretation()).as("WEMWBS has no default bands").isFalse();
    }

    @Test
    void swemwbs_keepsRawAsTheValueAndMetricAsAComponent() {
        // docs/measures.md: raw 26 converts to 23.21 (SWEMWBS raw-to-metric table [S]).
        Observation score = only(SCORER.score(Responses.withCodes("swemwbs", 4, 4, 3, 4, 3, 4, 4)));
        assertThat(codes(score)).containsExactly("718466001", "score.raw");
        assertThat(intValue(score.getValue())).isEqualTo(26);
        assertThat(score.getComponent()).singleElement().satisfies(metric -> {
            assertThat(metric.getCode().getCodingFirstRep().getCode()).isEqualTo("score.metric");
            Quantity value = (Quantity) metric.getValue();
            assertThat(value.getValue()).isEqualTo(new BigDecimal("23.21"));
            assertThat(value.getCode()).isEqualTo("{score}");
        });
    }

    @Test
    void gad7_totalIsLoinc70274dash6() {
        Observation total = only(SCORER.score(Responses.withCodes("gad7", 1, 1, 1, 1, 1, 1, 1)));
        assertThat(codes(total)).containsExactly("70274-6", "score.total");
        assertThat(intValue(total.getValue())).isEqualTo(7);
        assertThat(total.getInterpretationFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("band.mild");
    }

    @Test
    void ucla3_isCodedInTheSdkCodeSystemOnly() {
        Observation total = only(SCORER.score(Responses.withCodes("ucla3", 2, 3, 1)));
        assertThat(total.getCode().getCoding())
                .singleElement()
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly("https://fhir.socialprescribing.org/CodeSystem/instrument-ucla3", "score.total");
        assertThat(intValue(total.getValue())).isEqualTo(6);
    }

    @Test
    void localInstrument_scoresReversedItemsThroughItsWeights() {
        // Items 2 and 4 reversed on 0..4: answers 1,1,1,1,1 weigh 1+3+1+3+1 = 9, band middle (7-13).
        Observation total = only(SCORER.score(Responses.withCodes("invented_scale", 1, 1, 1, 1, 1)));
        assertThat(intValue(total.getValue())).isEqualTo(9);
        assertThat(total.getInterpretationFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("band.middle");
    }

    @Test
    void star_isOneObservationWithAComponentPerAreaRead() {
        QuestionnaireResponse response = Responses.to("demo_star");
        response.addItem().setLinkId("area_a").addAnswer().setValue(new IntegerType(3));
        response.addItem().setLinkId("area_c").addAnswer().setValue(new IntegerType(10));
        Observation reading = only(SCORER.score(response));
        assertThat(codes(reading)).containsExactly("reading");
        assertThat(reading.hasValue()).isFalse();
        assertThat(reading.getComponent())
                .extracting(c -> c.getCode().getCodingFirstRep().getCode(), c -> intValue(c.getValue()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("score.area_a", 3),
                        org.assertj.core.groups.Tuple.tuple("score.area_c", 10));
        assertThat(reading.getComponent()
                        .get(1)
                        .getInterpretationFirstRep()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("band.stage_5");
    }

    @ParameterizedTest
    @CsvSource({
        "http://hl7.org/fhir/StructureDefinition/itemWeight",
        "http://hl7.org/fhir/StructureDefinition/ordinalValue"
    })
    void codingsOfOtherSystems_areReadByTheirWeight(String url) {
        QuestionnaireResponse response = Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0);
        response.getItem().get(2).getAnswerFirstRep().setValue(Responses.weighted("urn:local", "often", url, 3));
        assertThat(intValue(only(SCORER.score(response)).getValue())).isEqualTo(3);
    }

    @Test
    void weightThatContradictsTheAnswer_isAnError() {
        QuestionnaireResponse response = Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0);
        response.getItem()
                .get(1)
                .getAnswerFirstRep()
                .setValue(Responses.weighted("http://loinc.org", "LA6568-5", MeasurementCanonicals.ITEM_WEIGHT, 2));
        assertOnlyError(SCORER.score(response), FhirIssueCode.INVALID_VALUE, "QuestionnaireResponse.item[1].answer[0]");
    }

    @Test
    void wrongAnswerType_isAnErrorAtTheAnswer() {
        QuestionnaireResponse response = Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0);
        response.getItem().get(2).getAnswerFirstRep().setValue(new IntegerType(2));
        ScoredResponse scored = SCORER.score(response);
        assertOnlyError(scored, FhirIssueCode.INVALID_VALUE, "QuestionnaireResponse.item[2].answer[0]");
        assertThat(scored.report().errors().get(0).message())
                .isEqualTo("phq9_3: expects valueCoding, found valueInteger");
        assertThat(scored.observations()).isEmpty();
        OperationOutcomeIssueComponent issue = scored.operationOutcome().getIssueFirstRep();
        assertThat(issue.getExpression())
                .extracting(StringType::getValue)
                .containsExactly("QuestionnaireResponse.item[2].answer[0]");
        assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("fhir.input.invalid-value");
    }

    @Test
    void unknownLinkId_isAnErrorAtTheItem() {
        QuestionnaireResponse response = Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0);
        response.addItem().setLinkId("phq9_11").addAnswer().setValue(new IntegerType(1));
        ScoredResponse scored = SCORER.score(response);
        assertOnlyError(scored, MeasureIssue.ANSWER_UNKNOWN_ITEM, "QuestionnaireResponse.item[9]");
        assertThat(scored.report().errors().get(0).message()).contains("phq9_11");
    }

    @Test
    void outOfRangeAnswers_areErrorsNamingTheItem() {
        QuestionnaireResponse phq9 = Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0);
        phq9.getItem().get(4).getAnswerFirstRep().setValue(new Coding("http://loinc.org", "LA6572-7", null));
        assertOnlyError(
                SCORER.score(phq9), MeasureIssue.ANSWER_OUT_OF_RANGE, "QuestionnaireResponse.item[4].answer[0]");
        QuestionnaireResponse wemwbs = Responses.withCodes("wemwbs", 4, 4, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        ScoredResponse scored = SCORER.score(wemwbs);
        assertOnlyError(scored, MeasureIssue.ANSWER_OUT_OF_RANGE, "QuestionnaireResponse.item[2].answer[0]");
        assertThat(scored.report().errors().get(0).message()).startsWith("wemwbs_3: '6' is not one of its answers");
        QuestionnaireResponse star = Responses.to("demo_star");
        star.addItem().setLinkId("area_b").addAnswer().setValue(new IntegerType(11));
        ScoredResponse reading = SCORER.score(star);
        assertOnlyError(reading, MeasureIssue.ANSWER_OUT_OF_RANGE, "QuestionnaireResponse.item[0].answer[0]");
        assertThat(reading.report().errors().get(0).message()).isEqualTo("area_b: 11 is outside 1..10");
    }

    @Test
    void structuralProblems_areErrors() {
        QuestionnaireResponse twice = Responses.withCodes("ucla3", 1, 1, 1);
        twice.addItem()
                .setLinkId("ucla3_1")
                .addAnswer()
                .setValue(twice.getItemFirstRep().getAnswerFirstRep().getValue());
        assertOnlyError(SCORER.score(twice), FhirIssueCode.INVALID_STRUCTURE, "QuestionnaireResponse.item[3]");
        QuestionnaireResponse two = Responses.withCodes("ucla3", 1, 1, 1);
        two.getItem()
                .get(1)
                .addAnswer()
                .setValue(two.getItemFirstRep().getAnswerFirstRep().getValue());
        assertOnlyError(SCORER.score(two), FhirIssueCode.INVALID_STRUCTURE, "QuestionnaireResponse.item[1].answer[1]");
        QuestionnaireResponse nested = Responses.withCodes("ucla3", 1, 1, 1);
        nested.getItem().get(0).addItem().setLinkId("x");
        assertOnlyError(SCORER.score(nested), FhirIssueCode.INVALID_STRUCTURE, "QuestionnaireResponse.item[0].item[0]");
        QuestionnaireResponse modifier = Responses.withCodes("ucla3", 1, 1, 1);
        modifier.addModifierExtension().setUrl("https://example.org/negated").setValue(new BooleanType(true));
        assertOnlyError(
                SCORER.score(modifier), FhirIssueCode.INVALID_STRUCTURE, "QuestionnaireResponse.modifierExtension[0]");
    }

    @Test
    void responsesTheSdkCannotScore_areErrorsAtTheQuestionnaire() {
        String at = "QuestionnaireResponse.questionnaire";
        assertOnlyError(
                SCORER.score(Responses.to("sf12").setItem(List.of())), FhirIssueCode.QUESTIONNAIRE_UNMATCHED, at);
        QuestionnaireResponse otherVersion = Responses.withCodes("ucla3", 1, 1, 1);
        otherVersion.setQuestionnaire(otherVersion.getQuestionnaire() + "|2");
        assertOnlyError(SCORER.score(otherVersion), FhirIssueCode.INVALID_VALUE, at);
        QuestionnaireResponse none = Responses.withCodes("ucla3", 1, 1, 1).setQuestionnaire(null);
        assertOnlyError(SCORER.score(none), FhirIssueCode.QUESTIONNAIRE_UNMATCHED, at);
        ScoredResponse pam = SCORER.score(Responses.to("pam"));
        assertOnlyError(pam, FhirIssueCode.INVALID_VALUE, at);
        assertThat(pam.report().errors().get(0).message()).contains("record-only");
        QuestionnaireResponse inError =
                Responses.withCodes("ucla3", 1, 1, 1).setStatus(QuestionnaireResponseStatus.ENTEREDINERROR);
        assertOnlyError(SCORER.score(inError), FhirIssueCode.INVALID_VALUE, "QuestionnaireResponse.status");
    }

    @Test
    void versionedCanonical_isAccepted() {
        QuestionnaireResponse response = Responses.withCodes("ucla3", 1, 1, 1);
        response.setQuestionnaire(response.getQuestionnaire() + "|1");
        assertThat(intValue(only(SCORER.score(response)).getValue())).isEqualTo(3);
    }

    @Test
    void responseWithoutId_isReportedUnlessAReferenceIsGiven() {
        QuestionnaireResponse response = Responses.withCodes("ucla3", 1, 1, 1);
        response.setId((String) null);
        assertOnlyError(SCORER.score(response), FhirIssueCode.INVALID_STRUCTURE, "QuestionnaireResponse.id");
        String uuid = "urn:uuid:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
        assertThat(only(SCORER.score(response, uuid)).getDerivedFromFirstRep().getReference())
                .isEqualTo(uuid);
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SCORER.score(response, "qr"));
    }

    @Test
    void unreadableText_isReportedNotThrown() {
        ScoredResponse scored = SCORER.score("{\"resourceType\": \"QuestionnaireResponse\", ");
        assertThat(scored.isScored()).isFalse();
        assertThat(scored.report().errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo(FhirIssueCode.INPUT_MALFORMED));
        assertThat(SCORER.score("{\"resourceType\": \"Patient\"}").report().errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo(FhirIssueCode.WRONG_RESOURCE_TYPE));
    }

    @Test
    void jsonText_isScoredLikeTheResource() {
        QuestionnaireResponse response = Responses.phq9(1, 1, 1, 1, 1, 1, 1, 1, 0);
        String json = SpFhir.newJsonParser().encodeResourceToString(response);
        assertThat(intValue(only(SCORER.score(json)).getValue())).isEqualTo(8);
    }

    @Property(tries = 200)
    void mappedMeasurements_scoreToTheObservationsTheMapperWrites(
            @ForAll("scoredByTheirOwnRule") OutcomeMeasurement measurement) {
        OutcomeMeasurementMapper mapper =
                OutcomeMeasurementMapper.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);
        MeasurementResources fhir = mapper.toResources(measurement, "QuestionnaireResponse/qr-1", "Patient/p-1");
        ScoredResponse scored = SCORER.score(fhir.questionnaireResponse());
        assertThat(scored.report().errors()).isEmpty();
        assertThat(scored.result()).isEqualTo(measurement.score());
        assertThat(scored.observations()).hasSameSizeAs(fhir.observations());
        for (int i = 0; i < fhir.observations().size(); i++) {
            assertThat(scored.observations()
                            .get(i)
                            .equalsDeep(fhir.observations().get(i)))
                    .as("Observation %s", i)
                    .isTrue();
        }
    }

    @Provide
    Arbitrary<OutcomeMeasurement> scoredByTheirOwnRule() {
        return MeasurementArbitraries.measurements()
                .filter(m -> m.score().isPresent()
                        && MeasurementArbitraries.CATALOGUE
                                        .get(m.instrumentId())
                                        .shape()
                                != FormDefinition.Shape.RECORDED
                        && m.score()
                                .get()
                                .scoringRuleVersion()
                                .equals(MeasurementArbitraries.CATALOGUE
                                        .get(m.instrumentId())
                                        .instrument()
                                        .map(i -> i.scoringRuleVersion())
                                        .orElse(StarDefinition.SCORING_RULE_VERSION)));
    }

    @Property(tries = 300)
    void mutatedResponses_areReportedNeverThrown(@ForAll("mutated") QuestionnaireResponse response) {
        ScoredResponse scored = SCORER.score(response);
        if (scored.isScored()) {
            assertThat(scored.report().errors()).isEmpty();
            assertThat(scored.observations()).isNotEmpty();
        } else {
            assertThat(scored.report().errors()).isNotEmpty();
            assertThat(scored.observations()).isEmpty();
            assertThat(scored.operationOutcome().getIssue()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<QuestionnaireResponse> mutated() {
        Arbitrary<Type> values = Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 12).map(IntegerType::new),
                Arbitraries.of("0", "LA6569-3", "x", "").map(code -> new Coding("http://loinc.org", code, null)),
                Arbitraries.integers()
                        .between(-1, 6)
                        .map(code -> new Coding(
                                "https://fhir.socialprescribing.org/CodeSystem/instrument-wemwbs",
                                String.valueOf(code),
                                null)),
                Arbitraries.integers()
                        .between(-1, 6)
                        .map(weight -> Responses.weighted("urn:x", "y", MeasurementCanonicals.ORDINAL_VALUE, weight)),
                Arbitraries.strings().ofMaxLength(5).map(StringType::new),
                Arbitraries.just(new BooleanType(true)));
        Arbitrary<String> linkIds = Arbitraries.oneOf(
                Arbitraries.of("phq9", "wemwbs", "ons4", "ucla3")
                        .flatMap(id -> Arbitraries.integers().between(0, 15).map(n -> id + "_" + n)),
                Arbitraries.of("area_a", "area_e", "", "x"));
        Arbitrary<String> questionnaires =
                Arbitraries.of("phq9", "wemwbs", "ons4", "ucla3", "demo_star", "pam", "invented_scale", "nope");
        return questionnaires.flatMap(id -> linkIds.list()
                .ofMaxSize(16)
                .flatMap(keys -> values.list().ofSize(keys.size()).map(answers -> {
                    QuestionnaireResponse response = Responses.to(id);
                    for (int i = 0; i < keys.size(); i++) {
                        response.addItem().setLinkId(keys.get(i)).addAnswer().setValue(answers.get(i));
                    }
                    return response;
                })));
    }

    @Property(tries = 200)
    void randomText_isReportedNeverThrown(@ForAll("texts") String text) {
        ScoredResponse scored = SCORER.score(text);
        assertThat(scored.isScored()).isEqualTo(scored.report().errors().isEmpty());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,0123abc ").ofMaxLength(60),
                Arbitraries.of(
                        "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\"}",
                        "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"a\",\"status\":\"completed\","
                                + "\"questionnaire\":\"https://fhir.socialprescribing.org/Questionnaire/ucla3\","
                                + "\"item\":[{\"linkId\":\"ucla3_1\",\"answer\":[{\"valueInteger\":1}]}]}"));
    }

    @Test
    void scoresMatchSpMeasures() {
        Answers answers = Answers.ofCodes("phq9", 3, 3, 3, 3, 3, 3, 3, 3, 3);
        assertThat(SCORER.score(Responses.phq9(3, 3, 3, 3, 3, 3, 3, 3, 3)).result())
                .contains(Scorer.of(Phq9.instrument()).score(answers));
    }

    private static void assertOnlyError(ScoredResponse scored, IssueCode code, String path) {
        assertThat(scored.isScored()).isFalse();
        assertThat(scored.observations()).isEmpty();
        List<ValidationIssue> errors = scored.report().errors();
        assertThat(errors).as("%s", scored.report()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(code);
            assertThat(issue.path()).isEqualTo(path);
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        });
    }
}
