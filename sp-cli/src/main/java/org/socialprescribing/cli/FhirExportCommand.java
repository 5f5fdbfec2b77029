package org.socialprescribing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sp fhir export EPISODE.json}: an SDK episode as a FHIR R4 transaction Bundle. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Convert an episode in SDK JSON into a FHIR R4 transaction Bundle (UK Core Patient, EpisodeOfCare,"
                    + " ServiceRequest + Task for the referral, Provenance per status change, onward referrals,"
                    + " goals, care plan, consent, QuestionnaireResponses and score Observations) on stdout."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Converted.", "2:Usage error, or the episode could not be read."})
final class FhirExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EPISODE", description = "The episode, in SDK JSON.")
    Path file = Path.of("");

    @Option(
            names = "--definition",
            paramLabel = "STAR.json",
            description = "A licensee's Outcomes Star definition, for episodes with readings of that star.")
    @Nullable
    Path definition;

    @Override
    public Integer call() {
        InputLimits limits = SpCommand.limits(spec);
        SocialPrescribingEpisode episode;
        try {
            episode = SpJson.read(TextFiles.readUtf8(file, limits), SocialPrescribingEpisode.class, limits);
        } catch (SpException e) {
            throw TextFiles.failed(file, "not an SDK episode", e);
        }
        EpisodeBundles bundles = FhirCommand.episodeBundles(definition, limits);
        String json;
        try {
            json = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundles.toTransaction(episode));
        } catch (SpException e) {
            throw TextFiles.failed(file, "cannot be converted to FHIR", e);
        }
        spec.commandLine().getOut().println(json);
        return ExitCode.OK;
    }
}
