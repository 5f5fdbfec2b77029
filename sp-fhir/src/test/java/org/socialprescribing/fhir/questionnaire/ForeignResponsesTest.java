package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * Responses from other systems, built by hand: the matching rules of docs/fhir.md ("Questionnaires from other
 * systems") one by one. PHQ-9 and GAD-7 LOINC codes as in {@link VerifiedCodes}.
 */
class ForeignResponsesTest {

    private static final QuestionnaireResponseScorer SCORER = QuestionnaireResponseScorer.standard();
    private static final String[] PHQ9_ITEMS = {
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"
    };
    private static final String[] GAD7_ITEMS = {
        "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"
    };
    private static final String[] ANSWERS = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};

    private static QuestionnaireResponse response(String questionnaire) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId("foreign");
        if (questionnaire != null) {
            response.setQuestionnaire(questionnaire);
        }
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        return response;
    }

    private static void answer(QuestionnaireResponse response, String linkId, Type value) {
        response.addItem().setLinkId(linkId).addAnswer().setValue(value);
    }

    /** PHQ-9 items 1..9 with linkIds {@code prefix + LOINC code}, answered with LOINC codes. */
    private static QuestionnaireResponse phq9(String prefix, int... codes) {
        QuestionnaireResponse response = response(null);
        for (int i = 0; i < codes.length; i++) {
            answer(response, prefix + PHQ9_ITEMS[i], new Coding("http://loinc.org", ANSWERS[codes[i]], null));
        }
        return response;
    }

    private static int total(ScoredResponse scored) {
        assertThat(scored.report().errors()).as("%s", scored.report()).isEmpty();
        return ((IntegerType) scored.observations().get(0).getValue()).getValue();
    }

    private static List<IssueCode> warnings(ScoredResponse scored) {
        return scored.report().warnings().stream().map(ValidationIssue::code).collect(Collectors.toList());
    }

    @Test
    void loincLinkIds_bareOrAsPaths_scorePhq9() {
        assertThat(total(SCORER.score(phq9("", 1, 1, 1, 1, 1, 1, 1, 1, 0)))).isEqualTo(8);
        assertThat(total(SCORER.score(phq9("/", 3, 3, 3, 0, 0, 0, 0, 0, 0)))).isEqualTo(9);
        assertThat(total(SCORER.score(phq9("/group/", 0, 0, 0, 0, 0, 0, 0, 0, 2))))
                .isEqualTo(2);
    }

    @Test
    void answers_mayComeWithoutSystem_asWholeNumbers_asSdkCodes_orByWeight() {
        QuestionnaireResponse response = phq9("/", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<QuestionnaireResponseItemComponent> items = response.getItem();
        items.get(0).getAnswerFirstRep().setValue(new Coding(null, "LA6571-9", null));
        items.get(1).getAnswerFirstRep().setValue(new IntegerType(2));
        items.get(2)
                .getAnswerFirstRep()
                .setValue(new Coding(MeasurementCanonicals.codeSystem(InstrumentId.of("phq9")), "1", null));
        items.get(3)
                .getAnswerFirstRep()
                .setValue(Responses.weighted("urn:example:local", "often", MeasurementCanonicals.ITEM_WEIGHT, 3));

        ScoredResponse scored = SCORER.score(response);

        assertThat(total(scored)).isEqualTo(3 + 2 + 1 + 3);
        assertThat(warnings(scored)).isEmpty();
    }

    @Test
    void nestedGroups_areReadAndUnusedItemsAreWarnings() {
        QuestionnaireResponse response = response("http://example.org/Questionnaire/phq9");
        QuestionnaireResponseItemComponent group = response.addItem().setLinkId("/g");
        for (int i = 0; i < 9; i++) {
            group.addItem()
                    .setLinkId("/g/" + PHQ9_ITEMS[i])
                    .addAnswer()
                    .setValue(new Coding("http://loinc.org", ANSWERS[1], null));
        }
        group.addItem().setLinkId("/g/comment").addAnswer().setValue(new StringType("tired"));

        ScoredResponse scored = SCORER.score(response);

        assertThat(total(scored)).isEqualTo(9);
        assertThat(scored.report().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(FhirIssueCode.ITEM_NOT_USED);
            assertThat(warning.path()).isEqualTo("QuestionnaireResponse.item[0].item[9]");
            assertThat(warning.message())
                    .isEqualTo("linkId '/g/comment' is not an item of phq9; its answer is not used");
        });
    }

    @Test
    void aStatedTotalThatDiffers_isAWarningAndTheSdksScoreIsWritten() {
        QuestionnaireResponse response = phq9("/", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Quantity stated = new Quantity().setValue(13);
        answer(response, "/44261-6", stated);

        ScoredResponse scored = SCORER.score(response);

        assertThat(total(scored)).isEqualTo(9);
        assertThat(scored.report().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(FhirIssueCode.TOTAL_DIFFERS);
            assertThat(warning.path()).isEqualTo("QuestionnaireResponse.item[9].answer[0]");
            assertThat(warning.message())
                    .isEqualTo("the response states a total of 13, but its answers give 9; the SDK's score is written");
        });
    }

    @Test
    void aMissingItem_isAWarningNamingTheLoincLinkId() {
        ScoredResponse scored = SCORER.score(phq9("/", 1, 1, 1, 1, 1, 1, 1, 1));

        assertThat(scored.result().orElseThrow().status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(scored.report().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(MeasureIssue.ANSWER_MISSING);
            assertThat(warning.path()).isEqualTo("QuestionnaireResponse.item.where(linkId='44260-8')");
        });
    }

    @Test
    void itemsOfTwoInstruments_areAmbiguousUnlessTheInstrumentIsNamed() {
        QuestionnaireResponse response = phq9("/", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        for (String code : GAD7_ITEMS) {
            answer(response, "/" + code, new Coding("http://loinc.org", ANSWERS[2], null));
        }

        ScoredResponse ambiguous = SCORER.score(response);
        ScoredResponse asGad7 = SCORER.forInstrument(InstrumentId.of("gad7")).score(response);

        assertThat(ambiguous.isScored()).isFalse();
        assertThat(ambiguous.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_AMBIGUOUS);
            assertThat(error.path()).isEqualTo("QuestionnaireResponse.item");
            assertThat(error.message())
                    .startsWith("the response's items match more than one instrument: gad7 (the LOINC codes of its"
                            + " items (/69725-0")
                    .contains("phq9 (the LOINC codes of its items (/44250-9")
                    .contains("sp fhir score --instrument ID");
        });
        assertThat(total(asGad7)).isEqualTo(14);
        assertThat(warnings(asGad7)).hasSize(9).containsOnly(FhirIssueCode.ITEM_NOT_USED);
        assertThat(asGad7.operationOutcome().getIssue())
                .filteredOn(issue -> issue.getSeverity().toCode().equals("warning"))
                .allSatisfy(issue -> assertThat(issue.getCode().toCode()).isEqualTo("not-supported"));
    }

    @Test
    void aSuppliedQuestionnaireWithTwoPanelCodes_isAmbiguousUnlessTheInstrumentIsNamed() {
        Questionnaire combined = new Questionnaire().setUrl("urn:example:phq9-gad7");
        combined.addCode(new Coding("http://loinc.org", "44249-1", null));
        combined.addCode(new Coding("http://loinc.org", "69737-5", null));
        for (String code : GAD7_ITEMS) {
            combined.addItem().setLinkId("g" + code).addCode(new Coding("http://loinc.org", code, null));
        }
        QuestionnaireResponse response = response("urn:example:phq9-gad7");
        for (String code : GAD7_ITEMS) {
            answer(response, "g" + code, new Coding("http://loinc.org", ANSWERS[3], null));
        }
        QuestionnaireResponseScorer scorer = SCORER.withDefinitions(List.of(combined));

        assertThat(scorer.score(response).report().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_AMBIGUOUS);
            assertThat(error.path()).isEqualTo("QuestionnaireResponse.questionnaire");
            assertThat(error.message())
                    .startsWith("the codes of the Questionnaire 'urn:example:phq9-gad7' match more than one"
                            + " instrument: phq9 (its code LOINC 44249-1), gad7 (its code LOINC 69737-5)");
        });
        assertThat(total(scorer.forInstrument(InstrumentId.of("gad7")).score(response)))
                .isEqualTo(21);
    }

    @Test
    void forInstrument_refusesAResponseToAnotherSdkQuestionnaire_andUnknownIds() {
        ScoredResponse scored =
                SCORER.forInstrument(InstrumentId.of("gad7")).score(Responses.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0));

        assertThat(scored.report().errors())
                .singleElement()
                .satisfies(error -> assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_UNMATCHED));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SCORER.forInstrument(InstrumentId.of("nosuch")));
    }

    @Test
    void sdkResponse_acceptsItem10InAnyFormWithoutBlockingTheScore() {
        for (Type item10 : List.of(
                new Coding("http://loinc.org", "LA6575-0", null),
                new Coding(null, "LA6572-7", null),
                new StringType("very"),
                new IntegerType(2))) {
            QuestionnaireResponse response = Responses.phq9(1, 1, 1, 1, 1, 1, 1, 1, 0);
            answer(response, "phq9_10", item10);

            ScoredResponse scored = SCORER.score(response);

            assertThat(total(scored)).as("%s", item10).isEqualTo(8);
            assertThat(scored.report().warnings()).isEmpty();
        }
        QuestionnaireResponse coded = Responses.phq9(1, 1, 1, 1, 1, 1, 1, 1, 0);
        answer(coded, "phq9_10", new Coding("http://loinc.org", "LA6575-0", null));
        assertThat(SCORER.score(coded).report().issues())
                .filteredOn(issue -> issue.code() == FhirIssueCode.ANSWER_RECORDED)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.severity()).isEqualTo(Severity.INFORMATION);
                    assertThat(issue.message()).contains("LOINC LA6575-0 'Very difficult'");
                });
    }

    @Test
    void sdkResponse_acceptsTheSdksOwnCodesForNationallyCodedAnswers() {
        QuestionnaireResponse response = Responses.withCodes("phq9", 3, 3, 3, 0, 0, 0, 0, 0, 0);
        assertThat(total(SCORER.score(response))).isEqualTo(9);
        assertThat(total(SCORER.score(Responses.withCodes("gad7", 1, 1, 1, 1, 1, 1, 1))))
                .isEqualTo(7);
    }

    @Test
    void aSuppliedQuestionnaireDerivedFromAnSdkOne_matchesByItsLinkIds() {
        Questionnaire licensed = new Questionnaire();
        licensed.setUrl("https://example.org/Questionnaire/our-ucla3");
        licensed.addDerivedFrom("https://fhir.socialprescribing.org/Questionnaire/ucla3|1");
        for (int i = 1; i <= 3; i++) {
            licensed.addItem().setLinkId("ucla3_" + i).setType(QuestionnaireItemType.CHOICE);
        }
        QuestionnaireResponse response = response("https://example.org/Questionnaire/our-ucla3");
        for (int i = 1; i <= 3; i++) {
            answer(response, "ucla3_" + i, new IntegerType(2));
        }

        ScoredResponse scored = SCORER.withDefinitions(List.of(licensed)).score(response);

        assertThat(total(scored)).isEqualTo(6);
        assertThat(scored.report().issues())
                .filteredOn(issue -> issue.code() == FhirIssueCode.QUESTIONNAIRE_MATCHED)
                .singleElement()
                .satisfies(issue -> assertThat(issue.message())
                        .endsWith("identified by its URL or derivedFrom, the SDK Questionnaire"
                                + " https://fhir.socialprescribing.org/Questionnaire/ucla3"));
    }

    @Test
    void aContainedQuestionnaire_withWeightsInItsValueSetAndACodeSystem_isRead() {
        // A GAD-7 form with its own answer codes, weighted in a contained value set (SDC style) and a CodeSystem.
        ValueSet answers = new ValueSet();
        answers.setId("answers");
        ValueSet.ConceptSetComponent include = answers.getCompose().addInclude().setSystem("urn:example:gad");
        for (int i = 0; i < 4; i++) {
            include.addConcept().setCode("a" + i).addExtension(MeasurementCanonicals.ORDINAL_VALUE, new DecimalType(i));
        }
        Questionnaire form = new Questionnaire();
        form.setId("gad");
        form.addContained(answers);
        form.addCode(new Coding("http://loinc.org", "69737-5", null));
        for (int i = 0; i < GAD7_ITEMS.length; i++) {
            QuestionnaireItemComponent item = form.addItem().setLinkId("q" + i).setType(QuestionnaireItemType.CHOICE);
            item.addCode(new Coding("http://loinc.org", GAD7_ITEMS[i], null));
            item.setAnswerValueSet("#answers");
        }
        QuestionnaireResponse response = response("#gad");
        response.addContained(form);
        for (int i = 0; i < GAD7_ITEMS.length; i++) {
            answer(response, "q" + i, new Coding("urn:example:gad", "a" + (i % 4), null));
        }

        assertThat(total(SCORER.score(response))).isEqualTo(0 + 1 + 2 + 3 + 0 + 1 + 2);

        CodeSystem weighted = new CodeSystem().setUrl("urn:example:gad2");
        for (int i = 0; i < 4; i++) {
            weighted.addConcept()
                    .setCode("b" + i)
                    .addProperty()
                    .setCode("itemWeight")
                    .setValue(new DecimalType(i));
        }
        ValueSet whole = new ValueSet().setUrl("urn:example:vs");
        whole.getCompose().addInclude().setSystem("urn:example:gad2");
        Questionnaire supplied = form.copy().setUrl("urn:example:form");
        supplied.getContained().clear();
        supplied.getItem().forEach(item -> item.setAnswerValueSet("urn:example:vs"));
        QuestionnaireResponse second = response("urn:example:form");
        for (int i = 0; i < GAD7_ITEMS.length; i++) {
            answer(second, "q" + i, new Coding("urn:example:gad2", "b3", null));
        }
        assertThat(total(SCORER.withDefinitions(List.of(supplied, whole, weighted))
                        .score(second)))
                .isEqualTo(21);
    }

    @Test
    void aSuppliedQuestionnaireWithoutCodes_isUnmatchedSayingSo() {
        Questionnaire bare = new Questionnaire().setUrl("http://example.org/Questionnaire/bare");
        bare.addItem().setLinkId("q1").setType(QuestionnaireItemType.CHOICE);
        QuestionnaireResponse response = response("http://example.org/Questionnaire/bare|2.0");
        bare.setVersion("2.0");
        answer(response, "q1", new IntegerType(1));

        ScoredResponse scored = SCORER.withDefinitions(List.of(bare)).score(response);

        assertThat(scored.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_UNMATCHED);
            assertThat(error.message())
                    .startsWith("names the Questionnaire 'http://example.org/Questionnaire/bare|2.0', which was"
                            + " supplied but carries no code the SDK knows");
        });
    }

    @Test
    void aSuppliedQuestionnaireCodingOnlyItsTotal_isUnmatchedSayingItsItemsNeedCodes() {
        // As the SDC IG's PHQ-9 example does: groups and questions without codes, the total coded 44261-6.
        Questionnaire form = new Questionnaire().setUrl("http://example.org/Questionnaire/phq9-sdc-style");
        QuestionnaireItemComponent group = form.addItem().setLinkId("H1/T1").setType(QuestionnaireItemType.GROUP);
        for (int i = 1; i <= 9; i++) {
            group.addItem().setLinkId("H1/T1/Q" + i).setType(QuestionnaireItemType.CHOICE);
        }
        form.addItem()
                .setLinkId("H1/TS")
                .setType(QuestionnaireItemType.QUANTITY)
                .addCode(new Coding("http://loinc.org", "44261-6", null));
        QuestionnaireResponse response = response("http://example.org/Questionnaire/phq9-sdc-style");
        answer(response, "H1/T1/Q1", new Coding("urn:example:answers", "Not-at-all", null));

        ScoredResponse scored = SCORER.withDefinitions(List.of(form)).score(response);

        assertThat(scored.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_UNMATCHED);
            assertThat(error.message())
                    .isEqualTo("the Questionnaire 'http://example.org/Questionnaire/phq9-sdc-style' is phq9 (the LOINC"
                            + " codes of its items (44261-6)), but none of its items carries the code of an item of"
                            + " phq9, so its answers cannot be told apart; give its items their LOINC codes");
        });
    }

    @Test
    void aLongQuestionnaireName_isShownInFull() {
        String name = "https://example.org/fhir/Questionnaire/" + "a-very-long-name-".repeat(8) + "phq9|3.1.4";
        QuestionnaireResponse response = response(name);
        answer(response, "q1", new IntegerType(1));

        assertThat(SCORER.score(response).report().errors().get(0).message()).contains("'" + name + "'");
    }

    @Property(tries = 300)
    void randomForeignResponsesAndDefinitions_areReportedNeverThrown(
            @ForAll("foreign") QuestionnaireResponse response, @ForAll("definitions") Questionnaire questionnaire) {
        ScoredResponse scored = SCORER.withDefinitions(List.of(questionnaire)).score(response);

        assertThat(scored.isScored()).isEqualTo(scored.report().errors().isEmpty());
        assertThat(scored.observations().isEmpty()).isEqualTo(!scored.isScored());
    }

    private static final List<String> LINK_IDS = List.of(
            "44250-9",
            "/44255-8",
            "/g/44259-0",
            "44260-8",
            "69722-7",
            "/44261-6",
            "69725-0",
            "/70274-6",
            "phq9_1",
            "q1",
            "q2",
            "",
            "/");

    @Provide
    Arbitrary<QuestionnaireResponse> foreign() {
        Arbitrary<Type> values = Arbitraries.oneOf(
                Arbitraries.integers().between(-1, 4).map(IntegerType::new),
                Arbitraries.of(ANSWERS).map(code -> new Coding(null, code, null)),
                Arbitraries.of("LA6568-5", "LA6572-7", "x").map(code -> new Coding("http://loinc.org", code, null)),
                Arbitraries.integers()
                        .between(-1, 4)
                        .map(weight -> Responses.weighted("urn:x", "y", MeasurementCanonicals.ITEM_WEIGHT, weight)),
                Arbitraries.integers().between(0, 30).map(total -> new Quantity().setValue(total)),
                Arbitraries.strings().ofMaxLength(4).map(StringType::new));
        Arbitrary<String> names = Arbitraries.of("urn:q", "Questionnaire/q", "#q", "", "http://x/Questionnaire/q|1");
        return names.flatMap(name -> Arbitraries.of(LINK_IDS)
                .list()
                .ofMaxSize(14)
                .flatMap(linkIds -> values.list().ofSize(linkIds.size()).map(answers -> {
                    QuestionnaireResponse response = response(name.isEmpty() ? null : name);
                    for (int i = 0; i < linkIds.size(); i++) {
                        QuestionnaireResponseItemComponent item = i % 3 == 2 && response.hasItem()
                                ? response.getItem().get(0).addItem()
                                : response.addItem();
                        item.setLinkId(linkIds.get(i)).addAnswer().setValue(answers.get(i));
                    }
                    return response;
                })));
    }

    @Provide
    Arbitrary<Questionnaire> definitions() {
        Arbitrary<String> codes =
                Arbitraries.of("44249-1", "69737-5", "44250-9", "44255-8", "69725-0", "44261-6", "69722-7", "x");
        return Combinators.combine(
                        codes.list().ofMaxSize(2),
                        Arbitraries.of(LINK_IDS).list().ofMaxSize(6),
                        codes.list().ofMaxSize(6),
                        Arbitraries.integers().between(0, 4))
                .as((panels, linkIds, itemCodes, weight) -> {
                    Questionnaire questionnaire = new Questionnaire();
                    questionnaire.setId("q");
                    questionnaire.setUrl("urn:q");
                    panels.forEach(code -> questionnaire.addCode(new Coding("http://loinc.org", code, null)));
                    for (int i = 0; i < linkIds.size(); i++) {
                        QuestionnaireItemComponent item =
                                questionnaire.addItem().setLinkId(linkIds.get(i));
                        if (i < itemCodes.size()) {
                            item.addCode(new Coding(i % 2 == 0 ? "http://loinc.org" : null, itemCodes.get(i), null));
                        }
                        item.addAnswerOption()
                                .setValue(new Coding("urn:x", "y", null))
                                .addExtension(MeasurementCanonicals.ORDINAL_VALUE, new DecimalType(weight));
                    }
                    return questionnaire;
                });
    }

    @Test
    void withDefinitions_refusesOtherResources() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SCORER.withDefinitions(List.of(new Patient())))
                .withMessageContaining("Patient");
    }
}
