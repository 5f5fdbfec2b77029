package org.socialprescribing.fhir.questionnaire;

import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;

/** Damage done to mapped resources in tests: each kind, at a position chosen by the caller. */
final class Mutations {

    private Mutations() {}

    static void apply(int kind, int index, QuestionnaireResponse response, List<Observation> observations) {
        switch (kind) {
            case 0:
                if (response.hasItem()) {
                    response.getItem().get(index % response.getItem().size()).setLinkId("x_" + index);
                }
                break;
            case 1:
                if (response.hasItem()) {
                    response.getItem()
                            .get(index % response.getItem().size())
                            .getAnswerFirstRep()
                            .setValue(new StringType("" + index));
                }
                break;
            case 2:
                response.getExtension().get(index % 2).setValue(new Coding("urn:x", "y", null));
                break;
            case 3:
                response.setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2024"));
                break;
            case 4:
                response.setQuestionnaire(index % 2 == 0 ? null : response.getQuestionnaire() + "0");
                break;
            case 5:
                if (!observations.isEmpty()) {
                    observations.get(index % observations.size()).setValue(new Quantity());
                }
                break;
            case 6:
                if (!observations.isEmpty()) {
                    observations.get(index % observations.size()).getExtension().clear();
                }
                break;
            case 7:
                if (!observations.isEmpty()) {
                    observations.add(observations.get(0).copy());
                }
                break;
            case 8:
                if (!observations.isEmpty()) {
                    Observation observation = observations.get(index % observations.size());
                    observation
                            .addComponent()
                            .setValue(new BooleanType(false))
                            .getCode()
                            .addCoding()
                            .setSystem(observation.getCode().getCodingFirstRep().getSystem())
                            .setCode(index % 2 == 0 ? "flag.x" : "score.total");
                    observation
                            .addInterpretation()
                            .addExtension(new Extension(MeasurementCanonicals.BAND_SOURCE, new IntegerType(index)));
                }
                break;
            default:
                if (response.hasItem()) {
                    response.getItem()
                            .get(index % response.getItem().size())
                            .addAnswer()
                            .setValue(new IntegerType(index));
                }
        }
    }
}
