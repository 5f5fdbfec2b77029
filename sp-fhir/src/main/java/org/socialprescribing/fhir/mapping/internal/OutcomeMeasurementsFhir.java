package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.questionnaire.MeasurementResources;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.OutcomeMeasurement;

/**
 * The episode's outcome measurements, through the questionnaire package's {@link OutcomeMeasurementMapper}: each is
 * a {@code QuestionnaireResponse} with its score {@code Observation}s ({@code derivedFrom} the response), all about
 * the episode's Patient. That mapper's problems and warnings are relocated to the Bundle entries they concern.
 */
final class OutcomeMeasurementsFhir {

    // The questionnaire mapper locates score Observations as Observation[i], the i-th one it was given.
    private static final Pattern OBSERVATION = Pattern.compile("Observation\\[(\\d+)](.*)");

    private OutcomeMeasurementsFhir() {}

    /**
     * Writes the measurements.
     *
     * @return references to the QuestionnaireResponses and their score Observations, in order
     */
    static List<Reference> write(
            EpisodeWriter writer, OutcomeMeasurementMapper mapper, List<OutcomeMeasurement> measurements) {
        List<Reference> written = new ArrayList<>();
        for (OutcomeMeasurement measurement : measurements) {
            String fullUrl = writer.bundle().nextFullUrl();
            MeasurementResources resources =
                    mapper.toResources(measurement, fullUrl, writer.patient().getReference());
            written.add(writer.bundle().add(resources.questionnaireResponse(), fullUrl));
            resources
                    .observations()
                    .forEach(observation -> written.add(writer.bundle().add(observation)));
        }
        return written;
    }

    static List<OutcomeMeasurement> read(EpisodeReading episode, OutcomeMeasurementMapper mapper) {
        Reading reading = episode.reading();
        List<OutcomeMeasurement> measurements = new ArrayList<>();
        for (At<QuestionnaireResponse> response : reading.index().ofType(QuestionnaireResponse.class)) {
            reading.read(response);
            List<At<Observation>> scores =
                    episode.pointingAt(Observation.class, Observation::getDerivedFrom, "derivedFrom", response.node());
            List<Observation> observations = new ArrayList<>();
            for (At<Observation> score : scores) {
                observations.add(reading.read(score).node());
                reading.use(score.node());
            }
            if (response.node().hasSubject()) {
                episode.requirePatient(response.child(response.node().getSubject(), "subject"), response);
            }
            reading.use(response.node());
            MappingResult<OutcomeMeasurement> measurement =
                    guarded(response, scores, () -> mapper.toMeasurement(response.node(), observations));
            for (ValidationIssue warning : measurement.report().issues()) {
                reading.report(ValidationIssue.of(
                        warning.code(),
                        warning.severity(),
                        relocate(warning.path(), response, scores),
                        warning.message()));
            }
            measurements.add(measurement.value());
        }
        return measurements;
    }

    /**
     * Runs the questionnaire mapper, whose failures on bad input become errors: the first problem it found, at its
     * place in the input; its other exceptions, located at the response. Any other exception is an SDK bug and is not
     * reported as bad input.
     */
    private static <T> T guarded(
            At<QuestionnaireResponse> response, List<At<Observation>> scores, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (InvalidResponseException e) {
            ValidationIssue first = e.report().errors().get(0);
            throw new FhirFormatException(
                    FhirIssueCode.INVALID_VALUE, relocate(first.path(), response, scores), null, first.message(), e);
        } catch (SpException e) {
            throw new FhirFormatException(FhirIssueCode.INVALID_VALUE, response.path(), null, e.getMessage(), e);
        }
    }

    private static String relocate(String path, At<QuestionnaireResponse> response, List<At<Observation>> scores) {
        if (path.startsWith("QuestionnaireResponse")) {
            return response.path() + path.substring("QuestionnaireResponse".length());
        }
        Matcher observation = OBSERVATION.matcher(path);
        if (observation.matches() && observation.group(1).length() < 6) {
            int index = Integer.parseInt(observation.group(1));
            if (index < scores.size()) {
                return scores.get(index).path() + observation.group(2);
            }
        }
        return path.isEmpty() ? response.path() : path;
    }
}
