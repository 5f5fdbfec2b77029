package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.report.html.HtmlReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sp report outcomes EPISODE.json... --html FILE}: the cohort's outcomes as a self-contained HTML page. */
@Command(
        name = "outcomes",
        mixinStandardHelpOptions = true,
        description = {
            "A self-contained HTML report of the episodes' outcomes: per instrument, scores at baseline and at the"
                    + " latest reading, band transitions, mean change with its 95% confidence interval and by"
                    + " equity group; an Outcomes Star radar per person for each --star given; and the demand"
                    + " ledger of the onward referrals.",
            "No network is needed to view it. Suppression must be chosen: --suppress-below N or --no-suppression."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "2:Usage error, or an input could not be read."})
final class ReportOutcomesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions options = new LedgerOptions();

    @Option(names = "--html", paramLabel = "FILE", required = true, description = "Write the HTML report to FILE.")
    Path html = Path.of("");

    @Option(
            names = "--star",
            paramLabel = "STAR.json",
            description = "A licensee's Outcomes Star definition; its readings are drawn as radars. Repeatable.")
    List<Path> starFiles = new ArrayList<>();

    @Override
    public Integer call() {
        InputLimits limits = SpCommand.limits(spec);
        List<SocialPrescribingEpisode> episodes = options.readEpisodes(limits);
        List<StarDefinition> stars = new ArrayList<>();
        starFiles.forEach(file -> stars.add(TextFiles.readStar(file, limits)));
        String page = HtmlReports.outcomes(
                episodes,
                stars,
                Optional.of(options.ledger(episodes, limits).compute()),
                options.settings("Social prescribing outcomes"));
        List<String> inputs = new ArrayList<>(options.inputs());
        starFiles.forEach(file -> inputs.add(file.toString()));
        LedgerOptions.write(html, page, inputs);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%d episode(s); HTML report: %s%n", episodes.size(), html);
        err.flush();
        return ExitCode.OK;
    }
}
