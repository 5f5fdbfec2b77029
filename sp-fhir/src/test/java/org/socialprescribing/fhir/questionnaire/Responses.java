package org.socialprescribing.fhir.questionnaire;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.model.measure.InstrumentId;

/** QuestionnaireResponses built by hand for tests, as a form filler would send them. */
final class Responses {

    private Responses() {}

    static QuestionnaireResponse to(String instrument) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId("qr-" + instrument.replace('_', '-'));
        response.setQuestionnaire("https://fhir.socialprescribing.org/Questionnaire/" + instrument);
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("Patient/example"));
        response.setAuthoredElement(new DateTimeType("2024-05-01T10:15:00+01:00"));
        return response;
    }

    /** Answers {@code <instrument>_1, _2, ...} with the instrument's own answer codes. */
    static QuestionnaireResponse withCodes(String instrument, int... codes) {
        QuestionnaireResponse response = to(instrument);
        for (int i = 0; i < codes.length; i++) {
            response.addItem()
                    .setLinkId(instrument + "_" + (i + 1))
                    .addAnswer()
                    .setValue(new Coding(
                            MeasurementCanonicals.codeSystem(InstrumentId.of(instrument)),
                            Integer.toString(codes[i]),
                            null));
        }
        return response;
    }

    /** PHQ-9 items 1..9 answered with LOINC codings as public PHQ-9 forms send them (no weights). */
    static QuestionnaireResponse phq9(int... codes) {
        String[] loinc = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};
        QuestionnaireResponse response = to("phq9");
        for (int i = 0; i < codes.length; i++) {
            response.addItem()
                    .setLinkId("phq9_" + (i + 1))
                    .addAnswer()
                    .setValue(new Coding("http://loinc.org", loinc[codes[i]], null));
        }
        return response;
    }

    static Coding weighted(String system, String code, String url, int weight) {
        Coding coding = new Coding(system, code, null);
        coding.addExtension(url, new DecimalType(weight));
        return coding;
    }

    static IntegerType integer(int value) {
        return new IntegerType(value);
    }
}
