package org.socialprescribing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialprescribing.measures.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp score star FILE --definition STAR.json}: Outcomes Star readings, one column per area of the licensee's
 * star, each reported with its journey-of-change stage. The SDK ships no star: the definition names the areas and
 * stages.
 */
@Command(
        name = "star",
        mixinStandardHelpOptions = true,
        description = {
            "Stage Outcomes Star readings in a CSV file, one result row per input row.",
            "",
            "Input: column id and one column per area key of the star definition (readings 1..scale; "
                    + "an empty cell is an area not assessed).",
            "Output: id, <area> and <area>_stage for each area, status and message.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every row staged (some areas may be unassessed: status incomplete).",
            "1:Some rows are invalid.",
            "2:Usage error: bad definition, missing columns, unreadable input."
        })
final class ScoreStarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            defaultValue = "-",
            description = "The CSV file; '-' or nothing for stdin.")
    String file = "-";

    @Option(
            names = "--definition",
            required = true,
            paramLabel = "STAR.json",
            description = "The licensee's star definition (areas, scale, stages; see docs/measures.md).")
    Path definition = Path.of("");

    @Mixin
    ScoreOptions options = new ScoreOptions();

    @Override
    public Integer call() {
        Scorer scorer =
                Scorer.of(TextFiles.readStar(definition, SpCommand.limits(spec)).instrument());
        return ScoreCommand.score(
                spec, scorer, ScoreColumns.ofStar(scorer.batch()), file, options, List.of(file, definition.toString()));
    }
}
