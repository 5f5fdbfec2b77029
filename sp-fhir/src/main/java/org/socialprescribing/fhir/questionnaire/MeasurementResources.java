package org.socialprescribing.fhir.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/**
 * One outcome measurement in FHIR: the QuestionnaireResponse holding the answers and the score Observations derived
 * from it (none when the measurement has no score). The resources are new, belong to the caller and, like every HAPI
 * resource, are mutable: this holder only groups them.
 */
public final class MeasurementResources {

    private final QuestionnaireResponse questionnaireResponse;
    private final List<Observation> observations;

    MeasurementResources(QuestionnaireResponse questionnaireResponse, List<Observation> observations) {
        this.questionnaireResponse = questionnaireResponse;
        this.observations = List.copyOf(observations);
    }

    /** @return the answers, never null */
    public QuestionnaireResponse questionnaireResponse() {
        return questionnaireResponse;
    }

    /** @return the score Observations, each {@code derivedFrom} the response; empty if unscored; never null */
    public List<Observation> observations() {
        return observations;
    }

    /** @return the response followed by the Observations, e.g. to add to a Bundle; never null */
    public List<Resource> all() {
        List<Resource> all = new ArrayList<>();
        all.add(questionnaireResponse);
        all.addAll(observations);
        return all;
    }

    @Override
    public String toString() {
        return "MeasurementResources[" + questionnaireResponse.getQuestionnaire() + ", " + observations.size()
                + " Observations]";
    }
}
