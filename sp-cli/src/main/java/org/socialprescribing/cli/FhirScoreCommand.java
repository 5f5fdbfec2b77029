package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.questionnaire.QuestionnaireResponseScorer;
import org.socialprescribing.fhir.questionnaire.ScoredResponse;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.InstrumentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp fhir score QR.json}: scores a QuestionnaireResponse, from the SDK or from another system, and prints the
 * score Observations, each {@code derivedFrom} the response, as a FHIR collection Bundle whose entries all have a
 * {@code fullUrl}.
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score a FHIR QuestionnaireResponse (JSON or XML) and print the score Observations as a collection Bundle."
                    + " The response may answer an SDK Questionnaire, name a Questionnaire given with --questionnaire"
                    + " (identified by its LOINC code or its items' LOINC codes), or have linkIds that are LOINC item"
                    + " codes (44250-9, /44250-9). When it cannot be scored, print its OperationOutcome instead; every"
                    + " problem and note also goes to stderr, one per line."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Scored (warnings, such as an item not used, are on stderr).",
            "1:The response has problems (no instrument matches, unknown item, out of range...), reported.",
            "2:Usage error, or a file could not be read."
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

    @Option(
            names = "--questionnaire",
            paramLabel = "FILE",
            description = "The Questionnaire the response names (JSON or XML), or a ValueSet or CodeSystem giving its"
                    + " answers' weights, or a Bundle of them. Repeatable.")
    List<Path> questionnaires = new ArrayList<>();

    @Option(
            names = "--instrument",
            paramLabel = "ID",
            description = "Read the response as this instrument (e.g. phq9) when its items match more than one.")
    @Nullable
    String instrument;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputLimits limits = SpCommand.limits(spec);
        QuestionnaireResponseScorer scorer = QuestionnaireResponseScorer.standard();
        if (definition != null) {
            scorer = scorer.withStar(TextFiles.readStar(definition, limits));
        }
        scorer = scorer.withDefinitions(definitions(limits));
        if (instrument != null) {
            try {
                scorer = scorer.forInstrument(InstrumentId.of(instrument));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown instrument '" + instrument + "'; 'sp instruments' lists them", e);
            }
        }
        QuestionnaireResponse response;
        try {
            response = FhirResourceReader.withLimits(limits)
                    .read(TextFiles.readBytes(file, limits), QuestionnaireResponse.class);
        } catch (FhirFormatException e) {
            ValidationReport report = ValidationReport.of(e.toIssue());
            IssueLines.print(err, file, report);
            out.println(json(OperationOutcomes.from(report)));
            return ExitCode.DATA_PROBLEMS;
        }
        // A response without an id (LHC-Forms writes none) travels in the Bundle, so that derivedFrom resolves.
        boolean carried = !response.getIdElement().hasIdPart();
        String reference = carried
                ? uuid()
                : "QuestionnaireResponse/" + response.getIdElement().getIdPart();
        ScoredResponse scored = scorer.score(response, reference);
        IssueLines.printAll(err, file, scored.report());
        if (!scored.isScored()) {
            out.println(json(scored.operationOutcome()));
            return ExitCode.DATA_PROBLEMS;
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        if (carried) {
            bundle.addEntry().setFullUrl(reference).setResource(response);
        }
        for (Observation observation : scored.observations()) {
            bundle.addEntry().setFullUrl(uuid()).setResource(observation);
        }
        out.println(json(bundle));
        return ExitCode.OK;
    }

    private List<Resource> definitions(InputLimits limits) {
        List<Resource> resources = new ArrayList<>();
        for (Path path : questionnaires) {
            try {
                Resource resource =
                        FhirResourceReader.withLimits(limits).read(TextFiles.readBytes(path, limits), Resource.class);
                if (!(resource instanceof Questionnaire
                        || resource instanceof ValueSet
                        || resource instanceof CodeSystem
                        || resource instanceof Bundle)) {
                    throw new UsageException(path + ": a " + resource.fhirType() + ", not a Questionnaire, ValueSet,"
                            + " CodeSystem or Bundle");
                }
                resources.add(resource);
            } catch (FhirFormatException e) {
                throw TextFiles.failed(path, "", e);
            }
        }
        return resources;
    }

    private static String uuid() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    private static String json(Resource resource) {
        return SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }
}
