package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.questionnaire.QuestionnaireResponseScorer;
import org.socialprescribing.fhir.questionnaire.ScoredResponse;
import org.socialprescribing.fhir.validation.OperationOutcomes;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp fhir score QR.json}: scores a QuestionnaireResponse for one of the SDK's Questionnaires and prints the
 * score Observations, each {@code derivedFrom} the response, as a FHIR collection Bundle.
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score a FHIR QuestionnaireResponse (JSON or XML) for an SDK Questionnaire and print the score"
                    + " Observations as a collection Bundle. When the response cannot be scored, print its"
                    + " OperationOutcome instead; the problems also go to stderr, one per line."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Scored.",
            "1:The response has problems (unknown item, wrong answer type, out of range...), reported.",
            "2:Usage error, or the file could not be read."
        })
final class FhirScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QR", description = "The QuestionnaireResponse file.")
    Path file = Path.of("");

    @Option(
            names = "--definition",
            paramLabel = "STAR.json",
            description = "A licensee's Outcomes Star definition, to score readings of that star.")
    @Nullable
    Path definition;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputLimits limits = SpCommand.limits(spec);
        QuestionnaireResponseScorer scorer = QuestionnaireResponseScorer.standard();
        if (definition != null) {
            scorer = scorer.withStar(TextFiles.readStar(definition, limits));
        }
        byte[] content = TextFiles.readBytes(file, limits);
        ScoredResponse scored;
        try {
            scored = scorer.score(FhirResourceReader.withLimits(limits).read(content, QuestionnaireResponse.class));
        } catch (FhirFormatException e) {
            return unscored(out, err, ValidationReport.of(e.toIssue()));
        }
        IssueLines.print(err, file, scored.report());
        if (!scored.isScored()) {
            out.println(SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(scored.operationOutcome()));
            return ExitCode.DATA_PROBLEMS;
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Observation observation : scored.observations()) {
            bundle.addEntry().setResource(observation);
        }
        out.println(SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
        return ExitCode.OK;
    }

    private int unscored(PrintWriter out, PrintWriter err, ValidationReport report) {
        IssueLines.print(err, file, report);
        out.println(SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(OperationOutcomes.from(report)));
        return ExitCode.DATA_PROBLEMS;
    }
}
