package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.report.Ledger;
import org.socialprescribing.report.html.HtmlReports;
import org.socialprescribing.report.table.ReportJson;
import org.socialprescribing.report.table.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sp report demand EPISODE.json...}: the demand, capacity and funding ledger. */
@Command(
        name = "demand",
        mixinStandardHelpOptions = true,
        description = {
            "The demand, capacity and funding ledger of the episodes' onward referrals: referrals made, accepted,"
                    + " declined, started, completed; sessions attended; people waiting; the estimated cost of the"
                    + " demand (from the directory's cost options, else --unit-cost, marked as such); funding"
                    + " received and the gap, per period, provider, service and PCN; and where demand falls by IMD"
                    + " quintile and other equity groups.",
            "Writes the demand table as CSV to stdout (or all tables as JSON with --format json); --csv-dir writes"
                    + " every table as CSV, --html a self-contained HTML report. Suppression must be chosen:"
                    + " --suppress-below N or --no-suppression."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "2:Usage error, or an input could not be read."})
final class ReportDemandCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions options = new LedgerOptions();

    @Option(
            names = "--format",
            paramLabel = "csv|json",
            defaultValue = "csv",
            description = "csv (default): the demand table; json: every table, with columns and notes.")
    String format = "csv";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of stdout.")
    @Nullable
    Path output;

    @Option(
            names = "--csv-dir",
            paramLabel = "DIR",
            description = "Also write each table as DIR/<table>.csv (demand, equity, services, funding).")
    @Nullable
    Path csvDir;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the HTML report to FILE.")
    @Nullable
    Path html;

    @Option(
            names = "--exact-csv",
            description = "Write CSV key and text cells exactly. By default one that starts with =, +, -, @, a tab or"
                    + " a carriage return gets a leading ' so that a spreadsheet never runs it as a formula.")
    boolean exactCsv;

    @Override
    public Integer call() {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new UsageException("--format: '" + format + "' must be csv or json");
        }
        InputLimits limits = SpCommand.limits(spec);
        List<String> inputs = options.inputs();
        Ledger ledger = options.ledger(options.readEpisodes(limits), limits).compute();
        List<ReportTable> tables = ledger.tables(options.suppression());
        String text = format.equals("json")
                ? ReportJson.write("demand_ledger", options.describeSuppression(), ledger.notes(), tables)
                : TableCsv.write(tables.get(0), exactCsv);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            LedgerOptions.write(output, text, inputs);
        }
        if (csvDir != null) {
            for (ReportTable table : tables) {
                LedgerOptions.write(csvDir.resolve(table.name() + ".csv"), TableCsv.write(table, exactCsv), inputs);
            }
        }
        if (html != null) {
            LedgerOptions.write(
                    html,
                    HtmlReports.demand(ledger, options.settings("Demand on VCSE services and its funding")),
                    inputs);
        }
        PrintWriter err = spec.commandLine().getErr();
        ledger.notes().forEach(err::println);
        err.printf(
                "%d period(s), %d row(s) in the demand table%s%n",
                ledger.periods().size(), tables.get(0).rows().size(), html == null ? "" : "; HTML report: " + html);
        err.flush();
        return ExitCode.OK;
    }
}
