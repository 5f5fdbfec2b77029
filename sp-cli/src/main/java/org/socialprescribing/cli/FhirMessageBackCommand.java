package org.socialprescribing.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.MessageBack;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sp fhir message-back EPISODE.json}: the PRSB message back to the GP and referrer, as a FHIR document. */
@Command(
        name = "message-back",
        mixinStandardHelpOptions = true,
        description = {
            "Write the PRSB message back to the GP and referrer for an episode in SDK JSON: a FHIR R4 document"
                    + " Bundle on stdout. Its Composition is typed SNOMED CT 823691000000103 Clinical letter and"
                    + " every section has narrative, so a GP system can show it as it is; the coded entries"
                    + " (referral accepted or declined, outcome scores) are there to file."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "2:Usage error, or the episode could not be read or has no author."})
final class FhirMessageBackCommand implements Callable<Integer> {

    /** How much the message carries. */
    enum Detail {
        /** The coded entries a GP record files. */
        CODED,
        /** Everything: the plan, the clinical summary and the whole episode too. */
        FULL
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EPISODE", description = "The episode, in SDK JSON.")
    Path file = Path.of("");

    @Option(
            names = "--detail",
            paramLabel = "coded|full",
            defaultValue = "coded",
            description = "coded (default): the entries a GP record files; full: also the plan, the clinical summary"
                    + " and every resource of the episode.")
    Detail detail = Detail.CODED;

    @Option(
            names = "--at",
            paramLabel = "INSTANT",
            description = "When the message is composed (ISO 8601, e.g. 2025-06-20T13:00:00Z); default now.")
    @Nullable
    Instant at;

    @Option(
            names = "--definition",
            paramLabel = "STAR.json",
            description = "A licensee's Outcomes Star definition, for episodes with readings of that star.")
    @Nullable
    Path definition;

    @Override
    public Integer call() {
        InputLimits limits = SpCommand.limits(spec);
        SocialPrescribingEpisode episode = FhirCommand.readEpisode(file, limits);
        MessageBack messages =
                MessageBack.standard().withMeasurementMapper(FhirCommand.measurements(definition, limits));
        String json;
        try {
            json = SpFhir.newJsonParser()
                    .setPrettyPrint(true)
                    .encodeResourceToString(messages.toDocument(
                            episode,
                            detail == Detail.FULL ? MessageBack.Detail.FULL : MessageBack.Detail.CODED_ENTRIES,
                            at == null ? Instant.now() : at));
        } catch (SpException e) {
            throw TextFiles.failed(file, "cannot be written as a message back", e);
        }
        spec.commandLine().getOut().println(json);
        return ExitCode.OK;
    }
}
