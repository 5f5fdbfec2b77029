package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Item;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.InstrumentId;

class InstrumentQuestionnairesTest {

    private static final InstrumentQuestionnaires QUESTIONNAIRES =
            InstrumentQuestionnaires.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);

    static Stream<Instrument> instruments() {
        return MeasurementFixtures.REGISTRY.instruments().stream();
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void questionnaire_hasTheCanonicalUrlVersionAndItemKeys(Instrument instrument) {
        Questionnaire questionnaire = QUESTIONNAIRES.questionnaire(instrument.id());
        assertThat(questionnaire.getUrl())
                .isEqualTo("https://fhir.socialprescribing.org/Questionnaire/"
                        + instrument.id().value());
        assertThat(questionnaire.getVersion()).isEqualTo(instrument.version());
        assertThat(questionnaire.getItem())
                .extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactlyElementsOf(
                        instrument.items().stream().map(Item::key).collect(Collectors.toList()));
        assertThat(questionnaire.getIdElement().getIdPart()).doesNotContain("_");
        assertThat(questionnaire.getCopyright()).contains(instrument.licence().owner());
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void answerOptions_carryTheWeightsOfTheResponseOptions(Instrument instrument) {
        Questionnaire questionnaire = QUESTIONNAIRES.questionnaire(instrument.id());
        for (Item item : instrument.items()) {
            QuestionnaireItemComponent fhirItem = questionnaire.getItem().get(item.number() - 1);
            if (item.isUnchecked()) {
                assertThat(fhirItem.getType()).isEqualTo(QuestionnaireItemType.INTEGER);
                assertThat(fhirItem.getExtension()).as("no bounds").isEmpty();
                assertThat(fhirItem.getAnswerOption()).isEmpty();
                continue;
            }
            assertThat(fhirItem.getType()).isEqualTo(QuestionnaireItemType.CHOICE);
            assertThat(fhirItem.getAnswerOption())
                    .extracting(InstrumentQuestionnairesTest::weight)
                    .containsExactlyElementsOf(item.responseOptions().stream()
                            .map(o -> BigDecimal.valueOf(o.weight()))
                            .collect(Collectors.toList()));
        }
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void items_carryNoWording(Instrument instrument) {
        assertThat(QUESTIONNAIRES.questionnaire(instrument.id()).getItem())
                .allSatisfy(item -> assertThat(item.getText()).isEqualTo("Item " + item.getPrefix()));
    }

    @Test
    void phq9_usesTheLoincPanelAndAnswerCodes() {
        // instruments.md, PHQ-9 [V]: panel 44249-1, answers LA6568-5..LA6571-9 for 0..3.
        Questionnaire phq9 = QUESTIONNAIRES.questionnaire(InstrumentId.of("phq9"));
        assertThat(phq9.getCode())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http://loinc.org", "44249-1"));
        assertThat(phq9.getItem().get(0).getAnswerOption())
                .extracting(option -> option.getValueCoding().getCode())
                .containsExactly("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
        assertThat(phq9.getItem().get(9).getType()).isEqualTo(QuestionnaireItemType.INTEGER);
    }

    @Test
    void wemwbs_answersUseTheInstrumentCodeSystemWithoutDisplays() {
        QuestionnaireItemComponent item = QUESTIONNAIRES
                .questionnaire(InstrumentId.of("wemwbs"))
                .getItem()
                .get(2);
        assertThat(item.getLinkId()).isEqualTo("wemwbs_3");
        assertThat(item.getAnswerOption())
                .extracting(o -> o.getValueCoding().getSystem())
                .containsOnly("https://fhir.socialprescribing.org/CodeSystem/instrument-wemwbs");
        assertThat(item.getAnswerOption())
                .extracting(o -> o.getValueCoding().getCode())
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(item.getAnswerOption())
                .allSatisfy(o -> assertThat(o.getValueCoding().hasDisplay()).isFalse());
    }

    @Test
    void localInstrument_reverseScoredItemsWeighInReverse() {
        Questionnaire local = QUESTIONNAIRES.questionnaire(InstrumentId.of("invented_scale"));
        assertThat(local.getItem().get(1).getAnswerOption())
                .extracting(InstrumentQuestionnairesTest::weight)
                .containsExactly(bd(4), bd(3), bd(2), bd(1), bd(0));
        assertThat(local.getItem().get(0).getAnswerOption())
                .extracting(InstrumentQuestionnairesTest::weight)
                .containsExactly(bd(0), bd(1), bd(2), bd(3), bd(4));
        assertThat(local.getIdElement().getIdPart()).isEqualTo("invented-scale");
    }

    @Test
    void pam_isRecordOnlyWithoutItems() {
        Questionnaire pam = QUESTIONNAIRES.questionnaire(InstrumentId.of("pam"));
        assertThat(pam.getItem()).isEmpty();
        assertThat(pam.getDescription()).contains("Record-only").contains("does not disclose the scoring algorithm");
    }

    @Test
    void instrumentWithARuleSpMeasuresCannotRun_isAskedButNotScored() {
        Instrument custom = MeasurementFixtures.REGISTRY
                .get("ucla3")
                .withId(InstrumentId.of("custom_rule"))
                .withScoringRule(() -> "custom");
        InstrumentRegistry registry = InstrumentRegistry.of(List.of(custom));
        Questionnaire questionnaire = InstrumentQuestionnaires.of(registry).questionnaire(custom.id());
        assertThat(questionnaire.getItem()).hasSize(3);
        assertThat(questionnaire.getDescription()).contains("no scorer for scoring rule 'custom'");
        QuestionnaireResponse response = Responses.to("custom_rule");
        assertThat(QuestionnaireResponseScorer.of(registry)
                        .score(response)
                        .report()
                        .errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("record-only"));
    }

    @Test
    void star_areasAreIntegerItemsWithinTheScale() {
        Questionnaire star = QUESTIONNAIRES.questionnaire(InstrumentId.of("demo_star"));
        assertThat(star.getItem())
                .extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactly("area_a", "area_b", "area_c", "area_d", "area_e");
        QuestionnaireItemComponent area = star.getItem().get(0);
        assertThat(area.getType()).isEqualTo(QuestionnaireItemType.INTEGER);
        assertThat(area.getText()).isEqualTo("Area A");
        assertThat(((IntegerType) area.getExtensionByUrl(MeasurementCanonicals.MIN_VALUE)
                                .getValue())
                        .getValue())
                .isEqualTo(1);
        assertThat(((IntegerType) area.getExtensionByUrl(MeasurementCanonicals.MAX_VALUE)
                                .getValue())
                        .getValue())
                .isEqualTo(10);
    }

    @Test
    void all_coversEveryInstrumentThenTheStar() {
        assertThat(QUESTIONNAIRES.all())
                .extracting(Questionnaire::getName)
                .containsExactly(
                        "Ons4",
                        "Wemwbs",
                        "Swemwbs",
                        "Ucla3",
                        "OnsLoneliness",
                        "Phq9",
                        "Gad7",
                        "Pam",
                        "InventedScale",
                        "DemoStar");
    }

    @Test
    void withItemText_replacesPlaceholdersOfTheItemsGiven() {
        InstrumentQuestionnaires licensed = QUESTIONNAIRES.withItemText(
                InstrumentId.of("invented_scale"), Map.of("invented_scale_2", "Licensed wording two"));
        List<QuestionnaireItemComponent> items =
                licensed.questionnaire(InstrumentId.of("invented_scale")).getItem();
        assertThat(items.get(1).getText()).isEqualTo("Licensed wording two");
        assertThat(items.get(0).getText()).isEqualTo("Item 1");
        assertThat(licensed.questionnaire(InstrumentId.of("invented_scale")).getDescription())
                .contains("supplied by a licensee");
        assertThat(QUESTIONNAIRES
                        .questionnaire(InstrumentId.of("invented_scale"))
                        .getItem()
                        .get(1)
                        .getText())
                .as("the original is unchanged")
                .isEqualTo("Item 2");
    }

    @Test
    void withItemText_rejectsKeysOfOtherItemsAndBlankText() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> QUESTIONNAIRES.withItemText(InstrumentId.of("wemwbs"), Map.of("wemwbs_15", "x")))
                .withMessageContaining("wemwbs_15");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> QUESTIONNAIRES.withItemText(InstrumentId.of("wemwbs"), Map.of("wemwbs_1", " ")));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> QUESTIONNAIRES.withItemText(InstrumentId.of("nope"), Map.of()));
    }

    @Test
    void questionnaire_rejectsUnknownIds() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> QUESTIONNAIRES.questionnaire(InstrumentId.of("sf12")))
                .withMessageContaining("sf12");
    }

    @Test
    void withStar_rejectsAnIdAlreadyTaken() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> QUESTIONNAIRES.withStar(MeasurementFixtures.STAR));
    }

    @Property(tries = 200)
    void withItemText_acceptsItemKeysOnly(@ForAll("keys") String key, @ForAll("text") String text) {
        Instrument wemwbs = MeasurementFixtures.REGISTRY.get("wemwbs");
        boolean valid = wemwbs.item(key).isPresent() && !text.isBlank();
        try {
            InstrumentQuestionnaires licensed = QUESTIONNAIRES.withItemText(wemwbs.id(), Map.of(key, text));
            assertThat(valid).isTrue();
            assertThat(licensed.questionnaire(wemwbs.id()).getItem())
                    .anySatisfy(item -> assertThat(item.getText()).isEqualTo(text));
        } catch (InvalidValueException e) {
            assertThat(valid).isFalse();
        }
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-1, 16).map(n -> "wemwbs_" + n),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(30);
    }

    private static BigDecimal weight(QuestionnaireItemAnswerOptionComponent option) {
        assertThat(option.getExtensionsByUrl(MeasurementCanonicals.ITEM_WEIGHT)).hasSize(1);
        return ((DecimalType) option.getExtensionByUrl(MeasurementCanonicals.ITEM_WEIGHT)
                        .getValue())
                .getValue();
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
