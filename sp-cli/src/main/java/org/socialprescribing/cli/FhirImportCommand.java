package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.mapping.IntakeResult;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sp fhir import BUNDLE.json}: a FHIR R4 Bundle back to an SDK episode (SDK JSON). */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Convert a FHIR R4 Bundle into an episode in SDK JSON on stdout: one written by 'sp fhir export', or"
                    + " another system's referral (a Gravity SDOH Patient + ServiceRequest + Task, a BaRS message, a"
                    + " search result, a bare transaction of Patient and ServiceRequest), JSON or XML.",
            "Every problem is printed on stderr, one line each with its FHIRPath: what the SDK cannot carry"
                    + " (unknown extensions, unexpected resources, a non-UK address), how the referral was read, and"
                    + " what refuses it (an unknown modifier extension, no referral). Items the Bundle does not hold"
                    + " (no NHS number, no risks) are absent in the episode; --check reports them."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Converted, nothing left out (and, with --check, nothing missing).",
            "1:Converted, but something was left out, or --check found items missing; reported.",
            "2:Usage error, or the Bundle could not be read or was refused (every reason printed)."
        })
final class FhirImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BUNDLE", description = "The Bundle, FHIR JSON or XML.")
    Path file = Path.of("");

    @Option(
            names = "--definition",
            paramLabel = "STAR.json",
            description = "A licensee's Outcomes Star definition, for Bundles with readings of that star.")
    @Nullable
    Path definition;

    @Option(
            names = "--check",
            paramLabel = "GROUP",
            converter = CompletenessCheckConverter.class,
            description = "Also report what the episode lacks for prsb, national-dataset, provider or message-back"
                    + " (one issue per missing item, on stderr). The episode is printed either way.")
    @Nullable
    CompletenessCheck check;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputLimits limits = SpCommand.limits(spec);
        EpisodeBundles bundles = FhirCommand.episodeBundles(definition, limits);
        IntakeResult<SocialPrescribingEpisode> result;
        try {
            Bundle bundle = FhirResourceReader.withLimits(limits).read(TextFiles.readBytes(file, limits), Bundle.class);
            result = bundles.importEpisode(bundle);
        } catch (SpException e) {
            throw TextFiles.failed(file, "", e);
        }
        if (result.refused()) {
            // The command's failure line first (as every sp refusal starts), then every problem, one line each.
            err.println(PersonalData.mask(
                    "sp: " + file + ": refused: " + result.report().errors().size() + " error(s); no episode written"));
            IssueLines.printAll(err, file, result.report());
            return ExitCode.USAGE;
        }
        IssueLines.printAll(err, file, result.report());
        SocialPrescribingEpisode episode = result.value().orElseThrow();
        spec.commandLine().getOut().println(SpJson.write(episode));
        boolean complete = check == null || check.check(episode, err, file);
        return result.isComplete() && complete ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }
}
