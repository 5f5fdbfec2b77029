package org.socialprescribing.fhir.mapping;

import java.util.List;
import java.util.stream.Collectors;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.ValidationIssue;

/** The intake tests' view of a result: where the issues of one code are. */
final class IntakeIssues {

    private IntakeIssues() {}

    /**
     * The paths of a result's issues with a code, in order.
     *
     * @param result the result
     * @param code the code
     * @return the paths
     */
    static List<String> paths(IntakeResult<?> result, FhirIssueCode code) {
        return result.report().issues().stream()
                .filter(issue -> issue.code() == code)
                .map(ValidationIssue::path)
                .collect(Collectors.toList());
    }
}
