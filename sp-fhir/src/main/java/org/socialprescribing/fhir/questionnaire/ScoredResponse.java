package org.socialprescribing.fhir.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * What scoring one QuestionnaireResponse gave: the score and its Observations, or the problems that prevented it.
 * The {@linkplain #report() report} holds every problem (errors, with nothing scored) and note (warnings, such as a
 * missing answer that leaves the score incomplete), each with a FHIRPath location; {@link #operationOutcome()} is
 * the same as a FHIR OperationOutcome. Immutable: {@link #observations()} returns new copies on every call.
 */
public final class ScoredResponse {

    private final ValidationReport report;
    private final @Nullable ScoreResult result;
    private final List<Observation> observations;

    ScoredResponse(ValidationReport report, @Nullable ScoreResult result, List<Observation> observations) {
        this.report = report;
        this.result = result;
        this.observations = List.copyOf(observations);
    }

    static ScoredResponse failed(ValidationReport report) {
        return new ScoredResponse(report, null, List.of());
    }

    /**
     * The same result with its issues located in a larger input: a path under the response ({@code
     * QuestionnaireResponse.item[2]}) moves under the response's place there ({@code Bundle.entry[3].resource.item[2]}).
     */
    ScoredResponse locatedAt(String root) {
        List<ValidationIssue> moved = new ArrayList<>();
        for (ValidationIssue issue : report.issues()) {
            String path = issue.path();
            String at = path.equals(ResponseReading.ROOT) || path.startsWith(ResponseReading.ROOT + ".")
                    ? root + path.substring(ResponseReading.ROOT.length())
                    : path;
            moved.add(ValidationIssue.of(issue.code(), issue.severity(), at, issue.message()));
        }
        return new ScoredResponse(ValidationReport.of(moved), result, observations);
    }

    /** @return true if the response was scored (completely or not): {@link #result()} is present */
    public boolean isScored() {
        return result != null;
    }

    /** @return the score as sp-measures computes it, or empty if an error prevented scoring */
    public Optional<ScoreResult> result() {
        return Optional.ofNullable(result);
    }

    /** @return new copies of the score Observations, each {@code derivedFrom} the response; empty if not scored */
    public List<Observation> observations() {
        return observations.stream().map(Observation::copy).collect(Collectors.toList());
    }

    /** @return the problems and notes, never null */
    public ValidationReport report() {
        return report;
    }

    /** @return the report as an OperationOutcome ({@link OperationOutcomes#from}), never null */
    public OperationOutcome operationOutcome() {
        return OperationOutcomes.from(report);
    }

    @Override
    public String toString() {
        return "ScoredResponse["
                + (result == null ? "not scored" : result.status().code()) + ", "
                + report.issues().size() + " issues]";
    }
}
