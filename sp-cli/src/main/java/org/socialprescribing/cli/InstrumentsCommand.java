package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.RecordOnly;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.ScoringRule;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.measures.change.ReliableChangeIndices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp instruments [ID]}: what the SDK knows about each instrument. The list gives ids, versions, item counts
 * and collectors; one instrument's page adds its items (keys and accepted answers, never wording), how it is scored,
 * bands and thresholds with their sources, licence, citation, and the columns {@code sp score} reads and writes.
 */
@Command(
        name = "instruments",
        mixinStandardHelpOptions = true,
        description = "List the instruments, or describe one: items, scoring, licence, citation, who collects it.")
final class InstrumentsCommand implements Callable<Integer> {

    private static final String INDENT = "                  ";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The instrument to describe.")
    @Nullable
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            list(out);
        } else {
            describe(out, Instruments.get(id));
        }
        return ExitCode.OK;
    }

    private static void list(PrintWriter out) {
        String format = "%-15s %-8s %-6s %-19s %s%n";
        out.printf(format, "ID", "VERSION", "ITEMS", "COLLECTOR", "TITLE");
        for (Instrument instrument : Instruments.registry().instruments()) {
            out.printf(
                    format,
                    instrument.id().value(),
                    instrument.version(),
                    instrument.items().size(),
                    instrument.collector().code(),
                    instrument.title());
        }
        out.println();
        out.println("Details: sp instruments ID");
    }

    private static void describe(PrintWriter out, Instrument instrument) {
        out.println(instrument.id().value() + ": " + instrument.title());
        field(out, "version", instrument.version() + " (scoring rule " + instrument.scoringRuleVersion() + ")");
        field(out, "collected by", instrument.collector().code());
        field(out, "citation", instrument.citation());
        Licence licence = instrument.licence();
        field(out, "licence", licence.owner());
        more(
                out,
                "item wording: "
                        + (licence.isItemTextBundlable()
                                ? "may be bundled (the SDK still ships none)"
                                : "not shipped; a licensee supplies it"));
        more(out, "terms: " + licence.terms());
        licence.url().ifPresent(url -> more(out, url));
        List<String> items = itemLines(instrument.items());
        field(out, "items", items.isEmpty() ? "none" : items.get(0));
        items.stream().skip(1).forEach(line -> more(out, line));
        List<String> scoring = scoringLines(instrument);
        field(out, "scoring", scoring.get(0));
        scoring.stream().skip(1).forEach(line -> more(out, line));
        List<ChangeThresholds.Named> thresholds =
                ChangeThresholds.of(instrument.id().value());
        List<String> named =
                thresholds.stream().map(t -> t.name() + ": " + t.describe()).collect(Collectors.toList());
        field(out, "thresholds", named.isEmpty() ? "none sourced (sp change reports raw change only)" : named.get(0));
        named.stream().skip(1).forEach(line -> more(out, line));
        List<String> reliable = new ArrayList<>();
        for (String component : List.of("total", "raw", "metric")) {
            ReliableChangeIndices.published(instrument.id().value(), component)
                    .ifPresent(rc -> reliable.add(component + ": SEM " + rc.sem() + ", reliable beyond "
                            + CohortReport.decimal(rc.criticalChange()) + " points ("
                            + rc.source().label() + ")"));
        }
        field(out, "reliable change", reliable.isEmpty() ? "none (no sourced SEM or reliability)" : reliable.get(0));
        reliable.stream().skip(1).forEach(line -> more(out, line));
        if (!(instrument.scoringRule() instanceof RecordOnly)) {
            Scorer scorer = Scorer.of(instrument);
            field(
                    out,
                    "sp score output",
                    ScoreColumns.of(scorer.batch()).columns().stream()
                            .map(RowWriter.Column::name)
                            .collect(Collectors.joining(",")));
        }
    }

    /** The items, consecutive items that accept the same answers grouped: "wemwbs_1..wemwbs_14: answers 1..5". */
    private static List<String> itemLines(List<Item> items) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= items.size(); i++) {
            if (i == items.size() || !groupable(items.get(start), items.get(i))) {
                String keys = i - start == 1
                        ? items.get(start).key()
                        : items.get(start).key() + ".." + items.get(i - 1).key();
                String name = i - start == 1
                                && !items.get(start)
                                        .name()
                                        .equals(items.get(start).key())
                        ? " (" + items.get(start).name() + ")"
                        : "";
                lines.add(keys + name + ": " + answers(items.get(start)));
                start = i;
            }
        }
        return lines;
    }

    /** Items group when they accept the same answers and have no name of their own (ONS4's items do). */
    private static boolean groupable(Item first, Item next) {
        return first.name().equals(first.key())
                && next.name().equals(next.key())
                && answers(first).equals(answers(next));
    }

    private static String answers(Item item) {
        if (item.isUnchecked()) {
            return "recorded as given, not scored";
        }
        StringBuilder text = new StringBuilder("answers " + item.minCode() + ".." + item.maxCode());
        boolean reversed = item.responseOptions().stream().anyMatch(o -> o.weight() != o.code());
        if (reversed) {
            text.append(", reverse-scored");
        }
        List<String> named = item.responseOptions().stream()
                .filter(o -> o.name().isPresent())
                .map(o -> o.code() + " " + o.name().get())
                .collect(Collectors.toList());
        if (!named.isEmpty()) {
            text.append(" (").append(String.join(", ", named)).append(')');
        }
        if (!item.isScored()) {
            text.append(", not scored");
        }
        return text.toString();
    }

    private static List<String> scoringLines(Instrument instrument) {
        ScoringRule rule = instrument.scoringRule();
        List<String> lines = new ArrayList<>();
        if (rule instanceof SummedScale) {
            SummedScale summed = (SummedScale) rule;
            lines.add(summed.totalName() + " " + instrument.minTotal() + ".." + instrument.maxTotal()
                    + " (sum of the items; no score unless every item is answered)");
            summed.conversion().ifPresent(table -> {
                lines.add(table.name() + ": converted from " + summed.totalName() + " with "
                        + table.source().label());
                lines.add("conversion table (" + summed.totalName() + " -> " + table.name() + "):");
                StringBuilder line = new StringBuilder();
                for (int raw = table.firstRaw(); raw <= table.lastRaw(); raw++) {
                    if (line.length() > 0) {
                        line.append(", ");
                    }
                    line.append(raw).append(" -> ").append(table.convert(raw).toPlainString());
                    if ((raw - table.firstRaw()) % 8 == 7 || raw == table.lastRaw()) {
                        lines.add("  " + line);
                        line.setLength(0);
                    }
                }
            });
            summed.bands().ifPresent(bands -> lines.add(summed.totalName() + " bands: " + bands(bands)));
            summed.flags()
                    .forEach(flag -> lines.add("flag " + flag.code() + ": item " + flag.itemNumber() + " above "
                            + flag.above() + " (" + flag.source().label() + ")"));
        } else if (rule instanceof SeparateItems) {
            lines.add("each item reported on its own, never totalled; a missing item leaves the others scored");
            Map<String, BandTable> bands = ((SeparateItems) rule).bands();
            for (Item item : instrument.items()) {
                BandTable table = bands.get(item.key());
                if (table != null) {
                    lines.add(item.name() + " bands: " + bands(table));
                }
            }
        } else if (rule instanceof RecordOnly) {
            lines.add("record only: " + ((RecordOnly) rule).reason());
        } else {
            lines.add(rule.kind());
        }
        return lines;
    }

    private static String bands(BandTable table) {
        String ranges = table.bands().stream()
                .map(b -> b.code() + " " + (b.min() == b.max() ? b.min() : b.min() + "-" + b.max()))
                .collect(Collectors.joining(", "));
        return ranges + " (" + table.source().label() + ")";
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println("  " + String.format("%-16s", name) + value);
    }

    private static void more(PrintWriter out, String value) {
        out.println(INDENT + value);
    }
}
