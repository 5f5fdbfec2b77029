package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.instruments.Phq9;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Golden, pretty-printed JSON of the PHQ-9 (public domain, so the one instrument whose resources may be shown in
 * full): its Questionnaire, a scored response and its score Observation. Run with {@code -Dsp.writeGolden=true} to
 * rewrite them after a deliberate change, then read the diff.
 *
 * <p>Expected score, from the instrument reference (PHQ-9 [V], CamCOPS phq9.py; phqscreeners): answers 2, 1, 3, 2,
 * 1, 0, 2, 1, 1 total 13, band "moderate" (10-14); item 9 above 0 raises the risk flag. LOINC: panel 44249-1, total
 * 44261-6, answers LA6568-5..LA6571-9 for 0..3.
 */
class GoldenJsonTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static OutcomeMeasurement phq9() {
        Answers answers = Answers.ofText(Map.of(
                "phq9_1", "2", "phq9_2", "1", "phq9_3", "3", "phq9_4", "2", "phq9_5", "1", "phq9_6", "0", "phq9_7", "2",
                "phq9_8", "1", "phq9_9", "1", "phq9_10", "1"));
        return OutcomeMeasurement.builder()
                .instrumentId(InstrumentId.of("phq9"))
                .instrumentVersion("1")
                .timepoint(Timepoint.BASELINE)
                .collector(Collector.HEALTH_SYSTEM)
                .date(LocalDate.of(2024, 5, 1))
                .putAllAnswers(answers.asMap())
                .score(Scorer.of(Phq9.instrument()).score(answers))
                .build();
    }

    @Test
    void phq9Questionnaire() throws IOException {
        assertGolden(
                "phq9-questionnaire.json", InstrumentQuestionnaires.standard().questionnaire(InstrumentId.of("phq9")));
    }

    @Test
    void phq9ResponseAndScore() throws IOException {
        OutcomeMeasurement measurement = phq9();
        assertThat(measurement
                        .score()
                        .orElseThrow()
                        .component("total")
                        .orElseThrow()
                        .intValue())
                .isEqualTo(13);
        MeasurementResources fhir = OutcomeMeasurementMapper.standard()
                .toResources(measurement, "QuestionnaireResponse/phq9-example", "Patient/example");
        assertGolden("phq9-response.json", fhir.questionnaireResponse());
        assertThat(fhir.observations()).hasSize(1);
        assertGolden("phq9-score-observation.json", fhir.observations().get(0));

        FhirResourceReader reader = FhirResourceReader.standard();
        QuestionnaireResponse response =
                reader.parse(Files.readString(GOLDEN.resolve("phq9-response.json")), QuestionnaireResponse.class);
        Observation score =
                reader.parse(Files.readString(GOLDEN.resolve("phq9-score-observation.json")), Observation.class);
        assertThat(OutcomeMeasurementMapper.standard()
                        .toMeasurement(response, List.of(score))
                        .value())
                .isEqualTo(measurement);
        assertThat(QuestionnaireResponseScorer.standard().score(response).result())
                .isEqualTo(measurement.score());
    }

    private static void assertGolden(String name, IBaseResource resource) throws IOException {
        String json = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource) + "\n";
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("sp.writeGolden")) {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("%s is missing: run GoldenJsonTest with -Dsp.writeGolden=true", name)
                .exists();
        assertThat(Files.readString(file))
                .as("%s differs from the golden file", name)
                .isEqualTo(json);
    }
}
