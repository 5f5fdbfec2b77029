package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.mapping.MappingResult;
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
            "Convert a FHIR R4 Bundle (as written by 'sp fhir export', JSON or XML) back into an episode in SDK JSON"
                    + " on stdout. What the SDK cannot carry (unknown extensions, unexpected resources) is reported"
                    + " on stderr, never silently dropped. Items the Bundle does not hold (no NHS number, no risks)"
                    + " are absent in the episode; --check reports them."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Converted, nothing left out (and, with --check, nothing missing).",
            "1:Converted, but something was left out, or --check found items missing; reported.",
            "2:Usage error, or the Bundle could not be read or does not hold one valid episode."
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
        MappingResult<SocialPrescribingEpisode> result;
        try {
            Bundle bundle = FhirResourceReader.withLimits(limits).read(TextFiles.readBytes(file, limits), Bundle.class);
            result = bundles.toEpisode(bundle);
        } catch (SpException e) {
            throw TextFiles.failed(file, "", e);
        }
        IssueLines.print(err, file, result.report());
        spec.commandLine().getOut().println(SpJson.write(result.value()));
        boolean complete = check == null || check.check(result.value(), err, file);
        return result.isComplete() && complete ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }
}
