package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.ReliableChangeIndices;
import org.socialprescribing.measures.disclosure.SuppressionPolicy;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp change INSTRUMENT BASELINE.csv FOLLOWUP.csv}: scores both files, joins them by id and reports each
 * person's change (with meaningful change only under a named, sourced threshold) and a cohort summary, optionally
 * stratified by an equity column of the baseline file. Both files are held in memory (a join needs them); scoring
 * itself streams as in {@code sp score}.
 */
@Command(
        name = "change",
        mixinStandardHelpOptions = true,
        description = {
            "Per-person change between a baseline and a follow-up file of answers, and a cohort summary.",
            "",
            "Both files follow the 'sp score' input contract and are joined by id. Per-person rows go to stdout "
                    + "(or --output): id, [BY], component, baseline, baseline_band, follow_up, follow_up_band, "
                    + "change, category, status, message. The cohort summary goes to stderr, and as rows to "
                    + "--summary FILE.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Both files read; no invalid row.",
            "1:Some rows are invalid (their people are reported as not_compared).",
            "2:Usage error: unknown instrument or threshold, missing columns, missing or repeated ids."
        })
final class ChangeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTRUMENT", description = "The instrument id (see 'sp instruments').")
    String instrument = "";

    @Parameters(index = "1", paramLabel = "BASELINE.csv", description = "The baseline answers ('-' for stdin).")
    String baseline = "";

    @Parameters(index = "2", paramLabel = "FOLLOWUP.csv", description = "The follow-up answers.")
    String followUp = "";

    @Option(
            names = "--threshold",
            paramLabel = "NAME",
            description = "A sourced meaningful-change threshold (see sp instruments ID), e.g. phq9_lowe_2004, "
                    + "swemwbs_shah_2018_metric. None by default: then only raw change and band transitions.")
    @Nullable
    String threshold;

    @Option(
            names = "--component",
            paramLabel = "NAME",
            description = "Compare only this score component (default: the threshold's, or every component).")
    @Nullable
    String component;

    @Option(
            names = "--by",
            paramLabel = "COLUMN",
            description = "Also summarise per value of this baseline column, e.g. imd_decile.")
    @Nullable
    String by;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the cohort summary rows to FILE.")
    @Nullable
    Path summary;

    @Option(
            names = "--distributions",
            paramLabel = "FILE",
            description = "Also write the share of people in each band at baseline and follow-up, with 95%% Wilson "
                    + "intervals, to FILE (banded and categorical instruments).")
    @Nullable
    Path distributions;

    @Option(
            names = "--publication",
            paramLabel = "FILE",
            description = "Also write a publication table of counts by stratum (--by) to FILE, with small-number "
                    + "suppression: counts under --min-count, and the cells that would give them away, are [c].")
    @Nullable
    Path publication;

    @Option(
            names = "--min-count",
            paramLabel = "K",
            description = "With --publication: the smallest count that may be published (2 or more; no default).")
    @Nullable
    Integer minCount;

    @Option(
            names = "--round",
            paramLabel = "BASE",
            description = "With --publication: round published counts to a multiple of BASE (e.g. 5).")
    @Nullable
    Integer round;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        Scorer scorer = Instruments.scorer(instrument);
        String id = scorer.instrument().id().value();
        if (publication == null && (minCount != null || round != null)) {
            throw new UsageException("--min-count and --round need --publication FILE");
        }
        if (publication != null && minCount == null) {
            throw new UsageException("--publication needs --min-count K, the smallest count that may be published");
        }
        ChangeThresholds.@Nullable Named named = threshold == null ? null : ChangeThresholds.find(threshold, id);
        List<String> components = components(scorer, named);
        if (by != null && List.of("id", "component").contains(by)) {
            throw new UsageException("--by " + by + " would clash with a result column; name another column");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = List.of(baseline, followUp);
        // Two outputs in one file would overwrite each other: refused before anything is read.
        Path[] targets = {output.output, summary, publication, distributions};
        String[] options = {"--output", "--summary", "--publication", "--distributions"};
        for (int i = 0; i < targets.length; i++) {
            for (int j = 0; j < i; j++) {
                if (targets[i] != null
                        && targets[j] != null
                        && !targets[i].toString().equals("-")
                        && sameTarget(targets[i], targets[j])) {
                    throw new UsageException(
                            targets[i] + ": is also the " + options[j] + " file; give " + options[i] + " another file");
                }
            }
        }
        // Checked before either file is read, so that a wrong command line costs nothing.
        Destination.open(output.output, spec.commandLine().getOut(), inputs).close();
        for (Path other : new Path[] {summary, publication, distributions}) {
            if (other != null) {
                Destination.open(other, spec.commandLine().getOut(), inputs).close();
            }
        }
        InputLimits limits = SpCommand.limits(spec);
        MeasuredFile before = MeasuredFile.read(baseline, scorer, by, err, output.quiet, limits);
        MeasuredFile after = MeasuredFile.read(followUp, scorer, null, err, output.quiet, limits);
        boolean categorical = scorer.instrument().isCategorical();
        ChangeRows rows = new ChangeRows(components, named == null ? null : named.threshold(), by, categorical);
        try (RowWriter writer = output.open(spec.commandLine().getOut(), rows.columns(), inputs)) {
            rows.write(before, after, writer);
            writer.finish();
        }
        CohortReport cohort = new CohortReport(
                rows.compared(), rows.attrition(), named, by, c -> ReliableChangeIndices.published(id, c), categorical);
        if (summary != null) {
            try (RowWriter writer = output.open(summary, spec.commandLine().getOut(), CohortReport.columns(), inputs)) {
                cohort.write(writer);
                writer.finish();
            }
        }
        if (publication != null) {
            writePublication(scorer, cohort, named != null && !categorical, inputs);
        }
        if (distributions != null) {
            try (RowWriter writer =
                    output.open(distributions, spec.commandLine().getOut(), BandDistributions.columns(), inputs)) {
                BandDistributions.write(scorer.instrument(), cohort.summaries(), writer);
                writer.finish();
            }
        }
        if (!output.quiet) {
            err.println(before.name() + ": " + before.counts().summary());
            err.println(after.name() + ": " + after.counts().summary());
            err.println(people(before, after));
            cohort.print(err, id);
        }
        return Math.max(before.counts().exitCode(), after.counts().exitCode());
    }

    private static boolean sameTarget(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private void writePublication(Scorer scorer, CohortReport cohort, boolean judged, List<String> inputs) {
        SuppressionPolicy policy;
        try {
            SuppressionPolicy minimum = SuppressionPolicy.minimumCount(minCount == null ? 0 : minCount);
            policy = round == null ? minimum : minimum.withRounding(round);
        } catch (InvalidValueException e) {
            throw new UsageException("--min-count / --round: " + e.getMessage(), e);
        }
        List<Map.Entry<String, CohortSummary>> all = cohort.summaries();
        Map<String, List<Map.Entry<String, CohortSummary>>> byComponent = new LinkedHashMap<>();
        for (Map.Entry<String, CohortSummary> group : all) {
            boolean stratum = !group.getKey().equals("all");
            if (by == null || stratum) {
                byComponent
                        .computeIfAbsent(group.getValue().component(), k -> new ArrayList<>())
                        .add(group);
            }
        }
        try (RowWriter writer =
                output.open(publication, spec.commandLine().getOut(), PublicationTable.columns(), inputs)) {
            byComponent
                    .values()
                    .forEach(groups -> PublicationTable.write(writer, scorer.instrument(), groups, judged, policy));
            writer.finish();
        }
    }

    /** The components to compare: the threshold's, the one asked for, or all of them. */
    private List<String> components(Scorer scorer, ChangeThresholds.@Nullable Named named) {
        BatchScores layout = scorer.batch().newScores(0);
        List<String> all = new ArrayList<>();
        for (int c = 0; c < layout.componentCount(); c++) {
            all.add(layout.componentName(c));
        }
        String wanted = named != null ? named.threshold().component() : component;
        if (named != null && component != null && !component.equals(wanted)) {
            throw new UsageException(
                    "--threshold " + named.name() + " applies to component " + wanted + ", not " + component);
        }
        if (wanted == null) {
            return all;
        }
        if (!all.contains(wanted)) {
            throw new UsageException("--component " + wanted + " is not a score of "
                    + scorer.instrument().id() + "; its components: " + String.join(", ", all));
        }
        return List.of(wanted);
    }

    private static String people(MeasuredFile before, MeasuredFile after) {
        long both = before.byId().keySet().stream()
                .filter(after.byId()::containsKey)
                .count();
        return "people: " + both + " in both files, " + (before.byId().size() - both) + " without follow-up, "
                + (after.byId().size() - both) + " without baseline";
    }
}
