package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialprescribing.measures.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp score INSTRUMENT [FILE|-]}: scores every row of a CSV file of answers, streaming in fixed-size chunks
 * through the batch API. The contract (columns in and out, statuses, exit codes) is in {@code docs/cli.md}. Its
 * subcommand {@code star} is listed in {@link CommandTree}.
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        customSynopsis = {
            "sp score [-hqV] [--format=csv|json] [-o=FILE] INSTRUMENT [FILE|-]",
            "       sp score star [FILE|-] --definition=STAR.json [options]"
        },
        description = {
            "Score questionnaire answers in a CSV file, one result row per input row, in input order.",
            "",
            "Input: UTF-8 CSV (optional BOM) with a header; column id, and item columns <instrument>_<n> "
                    + "(ons4_1..4, wemwbs_1..14, swemwbs_1..7 or a WEMWBS file, ucla3_1..3, phq9_1..9 "
                    + "[phq9_10], gad7_1..7). Other columns are ignored; an empty cell is a missing answer.",
            "Output: id, the scores, status (scored, incomplete, invalid) and message.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every row scored or incomplete.",
            "1:Some rows are invalid (each says why in its message).",
            "2:Usage error: unknown instrument, missing columns, unreadable input."
        })
final class ScoreCommand implements Callable<Integer> {

    /** The largest batch the hidden --chunk-size accepts (its arrays must stay small). */
    private static final int MAX_CHUNK = 1 << 20;

    @Spec
    CommandSpec spec;

    // Optional for picocli only, so that 'sp score star ...' does not ask for it; call() requires it.
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "INSTRUMENT",
            description =
                    "The instrument id: ons4, wemwbs, swemwbs, ucla3, ons_loneliness, phq9, gad7 (see 'sp instruments').")
    String instrument = "";

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "FILE",
            defaultValue = "-",
            description = "The CSV file; '-' or nothing for stdin.")
    String file = "-";

    @Mixin
    ScoreOptions options = new ScoreOptions();

    @Override
    public Integer call() {
        if (instrument.isEmpty()) {
            throw new UsageException("missing INSTRUMENT: sp score INSTRUMENT [FILE|-] (see 'sp score --help')");
        }
        Scorer scorer = Instruments.scorer(instrument);
        return score(spec, scorer, ScoreColumns.of(scorer.batch()), file, options, List.of(file));
    }

    /**
     * Scores a file: the work shared by {@code sp score} and {@code sp score star}.
     *
     * @param spec the running command, for its stdout and stderr
     * @param scorer the instrument's scorer
     * @param layout the result columns
     * @param file the input, or {@code -}
     * @param options the output options and batch size
     * @param inputs every input file of the command (the CSV file, a definition), none of which may be the output
     * @return the exit code
     */
    static int score(
            CommandSpec spec,
            Scorer scorer,
            ScoreColumns layout,
            String file,
            ScoreOptions options,
            Collection<String> inputs) {
        OutputOptions output = options.output;
        int chunkSize = options.chunkSize;
        if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
            throw new UsageException("--chunk-size must be within 1.." + MAX_CHUNK);
        }
        PrintWriter err = spec.commandLine().getErr();
        String id = scorer.instrument().id().value();
        StatusCounts counts;
        try (CsvInput input = CsvInput.open(file, SpCommand.limits(spec))) {
            Header header = new Header(input.name(), input.header());
            ScoringPlan plan = ScoringPlan.of(scorer, header, List.of("id"));
            plan.selectColumns(input);
            Progress progress = Progress.onTerminal(err, "scoring " + id, output.quiet);
            try (RowWriter writer = output.open(spec.commandLine().getOut(), layout.columns(), inputs)) {
                counts = ScoringRun.run(
                        input, plan, 1, chunkSize, progress, (chunk, r) -> writer.write(layout.cells(chunk, r)));
                writer.finish();
            }
            counts.account(input, err);
        }
        if (!output.quiet) {
            err.println(id + ": " + counts.summary());
        }
        return counts.exitCode();
    }
}
