package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.measures.instruments.Phq9;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * Published LOINC-coded PHQ-9 and GAD-7 responses from other systems (README of {@code third-party/questionnaires})
 * score with their published totals, and every item the SDK does not use is reported.
 */
class ThirdPartyResponsesTest {

    private static final QuestionnaireResponseScorer SCORER = QuestionnaireResponseScorer.standard();

    private static int total(ScoredResponse scored) {
        assertThat(scored.report().errors()).as("%s", scored.report()).isEmpty();
        Observation total = scored.observations().get(0);
        return ((IntegerType) total.getValue()).getValue();
    }

    private static List<IssueCode> codes(ScoredResponse scored, Severity severity) {
        return scored.report().issues().stream()
                .filter(issue -> issue.severity() == severity)
                .map(ValidationIssue::code)
                .collect(Collectors.toList());
    }

    private static ValidationIssue only(ScoredResponse scored, IssueCode code) {
        List<ValidationIssue> found = scored.report().issues().stream()
                .filter(issue -> issue.code().equals(code))
                .collect(Collectors.toList());
        assertThat(found).as("%s", scored.report()).hasSize(1);
        return found.get(0);
    }

    @Test
    void phrIgPhq9_scoresItsPublishedTotalOf3ByItsItemCodes() {
        ScoredResponse scored = SCORER.score(ThirdParty.text("phr-ig/QuestionnaireResponse-phq9.json"));

        assertThat(total(scored)).isEqualTo(3);
        Observation observation = scored.observations().get(0);
        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
        assertThat(observation.getInterpretationFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("band.none_minimal");
        assertThat(observation.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/phq9");
        assertThat(scored.result().orElseThrow().status()).isEqualTo(ScoreStatus.SCORED);
        assertThat(codes(scored, Severity.WARNING)).isEmpty();
        assertThat(only(scored, FhirIssueCode.QUESTIONNAIRE_MATCHED).message())
                .startsWith("read as phq9 version 1 by the LOINC codes of its items (44250-9, 44255-8")
                .endsWith("the response names 'http://hl7.org/fhir/uv/phr/Questionnaire/phq9', which is neither an"
                        + " SDK Questionnaire nor supplied");
    }

    @Test
    void phrIgGad7_scoresItsPublishedTotalOf3() {
        ScoredResponse scored = SCORER.score(ThirdParty.text("phr-ig/QuestionnaireResponse-gad7.json"));

        assertThat(total(scored)).isEqualTo(3);
        assertThat(scored.observations().get(0).getCode().getCodingFirstRep().getCode())
                .isEqualTo("70274-6");
        assertThat(codes(scored, Severity.WARNING)).isEmpty();
    }

    @Test
    void phrIg_scoresTheSameThroughItsOwnQuestionnaires() {
        QuestionnaireResponseScorer scorer = SCORER.withDefinitions(List.of(
                ThirdParty.read("phr-ig/Questionnaire-phq9.json", Questionnaire.class),
                ThirdParty.read("phr-ig/Questionnaire-gad7.json", Questionnaire.class)));

        ScoredResponse phq9 = scorer.score(ThirdParty.text("phr-ig/QuestionnaireResponse-phq9.json"));
        ScoredResponse gad7 = scorer.score(ThirdParty.text("phr-ig/QuestionnaireResponse-gad7.json"));

        assertThat(total(phq9)).isEqualTo(3);
        assertThat(total(gad7)).isEqualTo(3);
        assertThat(only(phq9, FhirIssueCode.QUESTIONNAIRE_MATCHED).message())
                .isEqualTo("read as phq9 version 1 through the supplied Questionnaire"
                        + " 'http://hl7.org/fhir/uv/phr/Questionnaire/phq9', identified by its code LOINC 44249-1");
        assertThat(only(gad7, FhirIssueCode.QUESTIONNAIRE_MATCHED).message()).endsWith("its code LOINC 69737-5");
    }

    @Test
    void lhcFormsA_scoresTheTotalLhcFormsComputed_andRecordsItem10() {
        QuestionnaireResponse response = ThirdParty.response("lhc-forms/lhc-forms-phq9-response-a.json");

        ScoredResponse scored = SCORER.score(response, ThirdParty.LHC_REFERENCE);

        assertThat(total(scored)).isEqualTo(10);
        assertThat(scored.observations()
                        .get(0)
                        .getInterpretationFirstRep()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("band.moderate");
        assertThat(codes(scored, Severity.WARNING)).isEmpty();
        ValidationIssue stated = only(scored, FhirIssueCode.ITEM_NOT_USED);
        assertThat(stated.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(stated.path()).isEqualTo("QuestionnaireResponse.item[9].answer[0]");
        assertThat(stated.message())
                .isEqualTo("the response states a total of 10, which the SDK's score from its" + " answers confirms");
        ValidationIssue item10 = only(scored, FhirIssueCode.ANSWER_RECORDED);
        assertThat(item10.path()).isEqualTo("QuestionnaireResponse.item[10].answer[0]");
        assertThat(item10.message())
                .isEqualTo("phq9_10 (phq9 item 10, never scored): answered LOINC LA6573-5 'Somewhat difficult';"
                        + " reported here, not passed to scoring");
        assertThat(only(scored, FhirIssueCode.QUESTIONNAIRE_MATCHED).path()).isEqualTo("QuestionnaireResponse");
    }

    @Test
    void lhcFormsB_scores26WithTheItem9Flag() {
        ScoredResponse scored =
                SCORER.score(ThirdParty.response("lhc-forms/lhc-forms-phq9-response-b.json"), ThirdParty.LHC_REFERENCE);

        assertThat(total(scored)).isEqualTo(26);
        assertThat(scored.result().orElseThrow().hasFlag(Phq9.RISK_FLAG)).isTrue();
        assertThat(codes(scored, Severity.WARNING)).isEmpty();
    }

    @Test
    void lhcForms_withoutAnIdIsReportedUnlessAReferenceIsGiven() {
        ScoredResponse scored = SCORER.score(ThirdParty.text("lhc-forms/lhc-forms-phq9-response-a.json"));

        assertThat(scored.isScored()).isFalse();
        assertThat(scored.report().errors())
                .singleElement()
                .satisfies(error -> assertThat(error.path()).isEqualTo("QuestionnaireResponse.id"));
    }

    @Test
    void miiPro_asPublished_namesItsQuestionnaireInFullAndSaysHowToSupplyIt() {
        ScoredResponse scored =
                SCORER.score(ThirdParty.text("mii-pro/QuestionnaireResponse-mii-exa-pro-phq-9-response.json"));

        assertThat(scored.isScored()).isFalse();
        ValidationIssue error = scored.report().errors().get(0);
        assertThat(scored.report().errors()).hasSize(1);
        assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_UNMATCHED);
        assertThat(error.path()).isEqualTo("QuestionnaireResponse.questionnaire");
        assertThat(error.message())
                .startsWith("names the Questionnaire 'Questionnaire/mii-qst-pro-phq-9', which is neither an SDK"
                        + " Questionnaire nor one supplied, and no item's linkId is the LOINC code of an item of a"
                        + " known instrument. Supply that Questionnaire (sp fhir score --questionnaire FILE;")
                .contains("44249-1 PHQ-9, 69737-5 GAD-7");
    }

    @Test
    void miiPro_throughItsPublishedQuestionnaire_isAnErrorNamingBothSetsOfLinkIds() {
        ScoredResponse scored = SCORER.withDefinitions(ThirdParty.miiDefinitions())
                .score(ThirdParty.text("mii-pro/QuestionnaireResponse-mii-exa-pro-phq-9-response.json"));

        assertThat(scored.isScored()).isFalse();
        assertThat(scored.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_UNMATCHED);
            assertThat(error.path()).isEqualTo("QuestionnaireResponse.item");
            assertThat(error.message())
                    .startsWith("none of the response's linkIds (PHQ.1, PHQ.2")
                    .contains("is an item of the Questionnaire 'Questionnaire/mii-qst-pro-phq-9' (PHQ-9.1, PHQ-9.2");
        });
    }

    @Test
    void miiPro_throughItsQuestionnaireWithTheResponsesLinkIds_scoresItsPublishedTotalOf27() {
        ScoredResponse scored = SCORER.withDefinitions(ThirdParty.miiDefinitionsWithTheResponsesLinkIds())
                .score(ThirdParty.text("mii-pro/QuestionnaireResponse-mii-exa-pro-phq-9-response.json"));

        assertThat(total(scored)).isEqualTo(27);
        assertThat(scored.observations().get(0).getDerivedFromFirstRep().getReference())
                .isEqualTo("QuestionnaireResponse/mii-exa-pro-phq-9-response");
        assertThat(scored.result().orElseThrow().hasFlag(Phq9.RISK_FLAG)).isTrue();
        assertThat(codes(scored, Severity.WARNING)).isEmpty();
        assertThat(only(scored, FhirIssueCode.ITEM_NOT_USED).message())
                .isEqualTo("the response states a total of 27, which the SDK's score from its answers confirms");
        assertThat(only(scored, FhirIssueCode.ANSWER_RECORDED).message())
                .contains("LOINC LA6574-3 'Extremely difficult'");
        assertThat(only(scored, FhirIssueCode.QUESTIONNAIRE_MATCHED).message())
                .isEqualTo("read as phq9 version 1 through the supplied Questionnaire"
                        + " 'Questionnaire/mii-qst-pro-phq-9', identified by its code LOINC 44249-1");
    }

    @Test
    void sdkQuestionnaires_carryTheLoincCodesOfThePublishedQuestionnaires() {
        InstrumentQuestionnaires sdk = InstrumentQuestionnaires.standard();
        List<String> phq9 = itemCodes(sdk.questionnaire(InstrumentId.of("phq9")));
        List<String> gad7 = itemCodes(sdk.questionnaire(InstrumentId.of("gad7")));

        assertThat(phq9).hasSize(10);
        assertThat(gad7).hasSize(7);
        assertThat(itemCodes(ThirdParty.read("lhc-forms/phq9.json", Questionnaire.class)))
                .isEqualTo(phq9);
        assertThat(itemCodes(ThirdParty.read("mii-pro/Questionnaire-mii-qst-pro-phq-9.json", Questionnaire.class)))
                .isEqualTo(phq9);
        assertThat(itemCodes(ThirdParty.read("phr-ig/Questionnaire-phq9.json", Questionnaire.class)))
                .isEqualTo(phq9.subList(0, 9));
        assertThat(itemCodes(ThirdParty.read("phr-ig/Questionnaire-gad7.json", Questionnaire.class)))
                .isEqualTo(gad7);
        assertThat(panel(sdk.questionnaire(InstrumentId.of("phq9"))))
                .isEqualTo(panel(ThirdParty.read("lhc-forms/phq9.json", Questionnaire.class)))
                .isEqualTo("44249-1");
        assertThat(panel(sdk.questionnaire(InstrumentId.of("gad7"))))
                .isEqualTo(panel(ThirdParty.read("phr-ig/Questionnaire-gad7.json", Questionnaire.class)))
                .isEqualTo("69737-5");
    }

    @Test
    void sdkAnswers_areTheLoincAnswersOfThePublishedQuestionnaires() {
        Questionnaire lhc = ThirdParty.read("lhc-forms/phq9.json", Questionnaire.class);
        Questionnaire sdkPhq9 = InstrumentQuestionnaires.standard().questionnaire(InstrumentId.of("phq9"));
        Questionnaire sdkGad7 = InstrumentQuestionnaires.standard().questionnaire(InstrumentId.of("gad7"));
        Questionnaire phrGad7 = ThirdParty.read("phr-ig/Questionnaire-gad7.json", Questionnaire.class);

        assertThat(answers(sdkPhq9.getItemFirstRep())).isEqualTo(answers(lhc.getItemFirstRep()));
        assertThat(answers(sdkGad7.getItemFirstRep()))
                .isEqualTo(answers(phrGad7.getItemFirstRep()).subList(0, 4))
                .isEqualTo(answers(lhc.getItemFirstRep()));
        // Item 10's answers (recorded, never scored): the SDK reads the four LHC-Forms and MII list.
        Questionnaire.QuestionnaireItemComponent item10 = lhc.getItem().get(10);
        assertThat(item10.getCodeFirstRep().getCode()).isEqualTo("69722-7");
        for (Questionnaire.QuestionnaireItemAnswerOptionComponent option : item10.getAnswerOption()) {
            Coding coding = option.getValueCoding();
            assertThat(VerifiedCodes.recordedAnswer(InstrumentId.of("phq9"), 10, coding.getCode()))
                    .hasValueSatisfying(
                            answer -> assertThat(answer.getDisplay()).isEqualTo(coding.getDisplay()));
        }
    }

    private static String panel(Questionnaire questionnaire) {
        return questionnaire.getCodeFirstRep().getCode();
    }

    /** The LOINC codes of a Questionnaire's question items, in order, leaving out totals (44261-6). */
    private static List<String> itemCodes(Questionnaire questionnaire) {
        return questionnaire.getItem().stream()
                .filter(item ->
                        item.hasCode() && !item.getCodeFirstRep().getCode().equals("44261-6"))
                .map(item -> item.getCodeFirstRep().getCode())
                .collect(Collectors.toList());
    }

    private static List<String> answers(Questionnaire.QuestionnaireItemComponent item) {
        return item.getAnswerOption().stream()
                .map(option -> option.getValueCoding().getSystem() + "|"
                        + option.getValueCoding().getCode())
                .collect(Collectors.toList());
    }
}
