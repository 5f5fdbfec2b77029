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
                    + " goals, care plan, consent, QuestionnaireResponses and score Observations) on stdout. An"
                    + " incomplete episode (no NHS number yet, no risks recorded) is converted too: what it does"
                    + " not record is absent in FHIR."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Converted (and, with --check, nothing missing).",
            "1:Converted, but --check found items missing; reported on stderr.",
            "2:Usage error, or the episode could not be read."
        })
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

    @Option(
            names = "--check",
            paramLabel = "GROUP",
            converter = CompletenessCheckConverter.class,
            description = "Also report what the episode lacks for prsb, national-dataset, provider or message-back"
                    + " (one issue per missing item, on stderr). The episode is converted either way.")
    @Nullable
    CompletenessCheck check;

    @Override
    public Integer call() {
        InputLimits limits = SpCommand.limits(spec);
        SocialPrescribingEpisode episode;
        try {
            episode = SpJson.parse(TextFiles.readUtf8(file, limits), SocialPrescribingEpisode.class, limits);
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
        boolean complete =
                check == null || check.check(episode, spec.commandLine().getErr(), file);
        return complete ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }
}
