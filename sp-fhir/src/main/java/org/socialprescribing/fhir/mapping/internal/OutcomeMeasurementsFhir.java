package org.socialprescribing.fhir.mapping.internal;

import java.util.List;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.OutcomeMeasurement;

/** Outcome measurements in an episode Bundle: not mapped yet (waits for the questionnaire mapper). */
final class OutcomeMeasurementsFhir {

    private OutcomeMeasurementsFhir() {}

    static void write(EpisodeWriter writer, List<OutcomeMeasurement> measurements) {
        if (!measurements.isEmpty()) {
            throw new InvalidValueException("outcomeMeasurements", "are not mapped to FHIR yet");
        }
    }

    static List<OutcomeMeasurement> read(EpisodeReading episode) {
        return List.of();
    }
}
