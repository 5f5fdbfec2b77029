package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Questionnaires carried in the same Bundle as their responses (an IG's example Bundle, a server's search result with
 * {@code _include}, a transaction) are supplied definitions, exactly as {@code withDefinitions} takes them. The Bundles
 * are assembled here from the published resources of {@code third-party/questionnaires} (README): none of those
 * projects publishes such a Bundle of a PHQ-9 or GAD-7.
 */
class BundleDefinitionsTest {

    private static final QuestionnaireResponseScorer SCORER = QuestionnaireResponseScorer.standard();
    private static final String PHR = "http://hl7.org/fhir/uv/phr/";

    /** The HL7 PHR IG's PHQ-9 and GAD-7 Questionnaires and responses, as an IG's example (collection) Bundle. */
    static Bundle phrCollection() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        add(bundle, PHR + "Questionnaire/phq9", ThirdParty.read("phr-ig/Questionnaire-phq9.json", Questionnaire.class));
        add(bundle, PHR + "QuestionnaireResponse/phq9", ThirdParty.response("phr-ig/QuestionnaireResponse-phq9.json"));
        add(bundle, PHR + "Questionnaire/gad7", ThirdParty.read("phr-ig/Questionnaire-gad7.json", Questionnaire.class));
        add(bundle, PHR + "QuestionnaireResponse/gad7", ThirdParty.response("phr-ig/QuestionnaireResponse-gad7.json"));
        return bundle;
    }

    /**
     * The MII PRO response as a FHIR server returns {@code QuestionnaireResponse?_include=QuestionnaireResponse:
     * questionnaire}: the response (search mode match), then its Questionnaire and value sets (include).
     */
    static Bundle miiSearchset(List<Resource> definitions) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(1);
        String server = "https://fhir.example.org/fhir/";
        add(
                        bundle,
                        server + "QuestionnaireResponse/mii-exa-pro-phq-9-response",
                        ThirdParty.response("mii-pro/QuestionnaireResponse-mii-exa-pro-phq-9-response.json"))
                .getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH);
        for (Resource definition : definitions) {
            add(
                            bundle,
                            server + definition.fhirType() + "/"
                                    + definition.getIdElement().getIdPart(),
                            definition)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.INCLUDE);
        }
        return bundle;
    }

    private static Bundle.BundleEntryComponent add(Bundle bundle, String fullUrl, Resource resource) {
        return bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    private static int total(ScoredResponse scored) {
        assertThat(scored.report().errors()).as("%s", scored.report()).isEmpty();
        return ((IntegerType) scored.observations().get(0).getValue()).getValue();
    }

    private static List<ValidationIssue> issues(ScoredResponse scored, FhirIssueCode code) {
        return scored.report().issues().stream()
                .filter(issue -> issue.code() == code)
                .collect(Collectors.toList());
    }

    @Test
    void phrCollection_scoresEachResponseThroughTheQuestionnaireInTheSameBundle() {
        List<ScoredResponse> scored = SCORER.scoreAll(phrCollection());

        assertThat(scored).hasSize(2);
        assertThat(total(scored.get(0))).isEqualTo(3); // the IG's own score Observation: 3 (README)
        assertThat(total(scored.get(1))).isEqualTo(3);
        assertThat(issues(scored.get(0), FhirIssueCode.QUESTIONNAIRE_MATCHED))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("Bundle.entry[1].resource.questionnaire");
                    assertThat(issue.message())
                            .isEqualTo("read as phq9 version 1 through the supplied Questionnaire"
                                    + " 'http://hl7.org/fhir/uv/phr/Questionnaire/phq9', identified by its code LOINC"
                                    + " 44249-1");
                });
        assertThat(issues(scored.get(1), FhirIssueCode.QUESTIONNAIRE_MATCHED)
                        .get(0)
                        .message())
                .endsWith("its code LOINC 69737-5");
        // The Observations refer to each response by its entry's fullUrl.
        assertThat(scored.get(0).observations().get(0).getDerivedFromFirstRep().getReference())
                .isEqualTo(PHR + "QuestionnaireResponse/phq9");
    }

    @Test
    void theSameResponsesAlone_areMatchedOnlyByTheirItemCodes() {
        ScoredResponse alone = SCORER.score(ThirdParty.response("phr-ig/QuestionnaireResponse-phq9.json"));

        assertThat(issues(alone, FhirIssueCode.QUESTIONNAIRE_MATCHED).get(0).message())
                .startsWith("read as phq9 version 1 by the LOINC codes of its items");
    }

    @Test
    void miiSearchset_readsTheResponseThroughTheIncludedQuestionnaire_andReportsTheSourcesLinkIdDefect() {
        List<ScoredResponse> scored = SCORER.scoreAll(miiSearchset(ThirdParty.miiDefinitions()));

        assertThat(scored).singleElement().satisfies(result -> {
            assertThat(result.isScored()).isFalse();
            assertThat(result.report().errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_UNMATCHED);
                assertThat(error.path()).isEqualTo("Bundle.entry[0].resource.item");
                assertThat(error.message())
                        .startsWith("none of the response's linkIds (PHQ.1, PHQ.2")
                        .contains("is an item of the Questionnaire 'Questionnaire/mii-qst-pro-phq-9'");
            });
        });
    }

    @Test
    void miiSearchset_withTheResponsesLinkIds_scoresItsPublishedTotalOf27() {
        List<ScoredResponse> scored = SCORER.scoreAll(miiSearchset(ThirdParty.miiDefinitionsWithTheResponsesLinkIds()));

        assertThat(total(scored.get(0))).isEqualTo(27);
        assertThat(scored.get(0).observations().get(0).getDerivedFromFirstRep().getReference())
                .isEqualTo("https://fhir.example.org/fhir/QuestionnaireResponse/mii-exa-pro-phq-9-response");
        assertThat(issues(scored.get(0), FhirIssueCode.TOTAL_DIFFERS)).isEmpty();
    }

    @Test
    void aTransaction_whoseResponseNamesTheQuestionnaireByItsEntrysFullUrl_isReadThroughIt() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String questionnaire = "urn:uuid:5f0c7a1e-8b2d-4c3e-9f4a-1b2c3d4e5f60";
        Questionnaire definition = ThirdParty.read("phr-ig/Questionnaire-phq9.json", Questionnaire.class);
        definition.setUrl(null);
        definition.setId((String) null);
        add(bundle, questionnaire, definition);
        QuestionnaireResponse response = ThirdParty.response("phr-ig/QuestionnaireResponse-phq9.json");
        response.setQuestionnaire(questionnaire);
        response.setId((String) null);
        add(bundle, "urn:uuid:6a1d8b2f-9c3e-4d4f-8a5b-2c3d4e5f6a71", response);

        List<ScoredResponse> scored = SCORER.scoreAll(bundle);

        assertThat(total(scored.get(0))).isEqualTo(3);
        assertThat(issues(scored.get(0), FhirIssueCode.QUESTIONNAIRE_MATCHED)
                        .get(0)
                        .message())
                .contains("through the supplied Questionnaire '" + questionnaire + "'");
        assertThat(scored.get(0).observations().get(0).getDerivedFromFirstRep().getReference())
                .isEqualTo("urn:uuid:6a1d8b2f-9c3e-4d4f-8a5b-2c3d4e5f6a71");
    }

    @Test
    void aBundleWithoutResponses_givesNoResults_andAResponseWithoutAnIdOrUsableFullUrlIsReportedWhereItIs() {
        Bundle definitionsOnly = new Bundle().setType(Bundle.BundleType.COLLECTION);
        add(
                definitionsOnly,
                PHR + "Questionnaire/phq9",
                ThirdParty.read("phr-ig/Questionnaire-phq9.json", Questionnaire.class));
        assertThat(SCORER.scoreAll(definitionsOnly)).isEmpty();

        Bundle noId = new Bundle().setType(Bundle.BundleType.COLLECTION);
        QuestionnaireResponse response = ThirdParty.response("phr-ig/QuestionnaireResponse-phq9.json");
        response.setId((String) null);
        noId.addEntry().setResource(response);
        assertThat(SCORER.scoreAll(noId))
                .singleElement()
                .satisfies(result -> assertThat(result.report().errors())
                        .singleElement()
                        .satisfies(error -> assertThat(error.path()).isEqualTo("Bundle.entry[0].resource.id")));
    }

    @Test
    void theIntakesMapper_takesTheBundlesQuestionnaireAsWell() {
        OutcomeMeasurementMapper mapper = OutcomeMeasurementMapper.standard().withDefinitions(List.of(phrCollection()));

        var measurement = mapper.importMeasurement(
                ThirdParty.response("phr-ig/QuestionnaireResponse-gad7.json"),
                Timepoint.OTHER,
                Collector.HEALTH_SYSTEM);

        OutcomeMeasurement value = measurement.value();
        assertThat(value.instrumentId()).isEqualTo(InstrumentId.of("gad7"));
        assertThat(value.score().orElseThrow().components().get(0).value()).isEqualByComparingTo("3");
        assertThat(measurement.report().issues())
                .filteredOn(issue ->
                        issue.severity() == Severity.INFORMATION && issue.code() == FhirIssueCode.QUESTIONNAIRE_MATCHED)
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("through the supplied Questionnaire"));
    }
}
