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
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.questionnaire.QuestionnaireResponseScorer;
import org.socialprescribing.fhir.questionnaire.ScoredResponse;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.InstrumentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp fhir score QR.json}: scores a QuestionnaireResponse, from the SDK or from another system, or every one of a
 * Bundle (with the Bundle's Questionnaires as supplied definitions), and prints the score Observations, each {@code
 * derivedFrom} its response, as a FHIR collection Bundle whose entries all have a {@code fullUrl}.
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score a FHIR QuestionnaireResponse (JSON or XML), or every QuestionnaireResponse of a Bundle, and print"
                    + " the score Observations as a collection Bundle. The response may answer an SDK Questionnaire,"
                    + " name a Questionnaire given with --questionnaire or carried in the same Bundle (identified by"
                    + " its LOINC code or its items' LOINC codes), or have linkIds that are LOINC item codes (44250-9,"
                    + " /44250-9). When nothing can be scored, print the OperationOutcome instead; every problem and"
                    + " note also goes to stderr, one per line."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Scored (warnings, such as an item not used, are on stderr).",
            "1:A response has problems (no instrument matches, unknown item, out of range...), reported; or the"
                    + " Bundle holds none.",
            "2:Usage error, or a file could not be read."
        })
final class FhirScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "QR",
            description = "The QuestionnaireResponse file, or a Bundle of responses (with their Questionnaires,"
                    + " ValueSets and CodeSystems, which are used as --questionnaire files are).")
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
        Resource input;
        try {
            input = FhirResourceReader.withLimits(limits).read(TextFiles.readBytes(file, limits), Resource.class);
        } catch (FhirFormatException e) {
            return refused(ValidationReport.of(e.toIssue()), out, err);
        }
        if (!(input instanceof QuestionnaireResponse || input instanceof Bundle)) {
            return refused(
                    ValidationReport.of(ValidationIssue.of(
                            FhirIssueCode.WRONG_RESOURCE_TYPE,
                            input.fhirType(),
                            "is neither a QuestionnaireResponse nor a Bundle of them")),
                    out,
                    err);
        }
        if (input instanceof Bundle) {
            return scoreAll(scorer, (Bundle) input, out, err);
        }
        QuestionnaireResponse response = (QuestionnaireResponse) input;
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

    private int refused(ValidationReport report, PrintWriter out, PrintWriter err) {
        IssueLines.print(err, file, report);
        out.println(json(OperationOutcomes.from(report)));
        return ExitCode.DATA_PROBLEMS;
    }

    /**
     * Every response of a Bundle, read with the Bundle's Questionnaires, ValueSets and CodeSystems as supplied
     * definitions: the Observations of those scored, in one collection Bundle; exit 1 if any could not be scored.
     */
    private int scoreAll(QuestionnaireResponseScorer scorer, Bundle input, PrintWriter out, PrintWriter err) {
        List<ScoredResponse> all = scorer.scoreAll(input);
        List<ValidationIssue> issues = new ArrayList<>();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        boolean allScored = !all.isEmpty();
        for (ScoredResponse scored : all) {
            issues.addAll(scored.report().issues());
            allScored &= scored.isScored();
            for (Observation observation : scored.observations()) {
                bundle.addEntry().setFullUrl(uuid()).setResource(observation);
            }
        }
        if (all.isEmpty()) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.MISSING_ELEMENT, "Bundle", "holds no QuestionnaireResponse to score"));
        }
        ValidationReport report = ValidationReport.of(issues);
        IssueLines.printAll(err, file, report);
        out.println(json(bundle.hasEntry() ? bundle : OperationOutcomes.from(report)));
        return allScored ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
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
