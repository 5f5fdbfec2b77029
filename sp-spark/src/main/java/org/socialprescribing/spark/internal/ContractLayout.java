package org.socialprescribing.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.ItemFlag;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.ScoringRule;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.measures.instruments.Swemwbs;
import org.socialprescribing.measures.instruments.Wemwbs;

/**
 * How one instrument's answers are read and reported under the {@code sp score} contract (docs/cli.md): the answer
 * slots in order (named like the CLI's columns, e.g. {@code phq9_1}), the batch scorers that read them (one stage,
 * or for SWEMWBS from fourteen WEMWBS answers a checking WEMWBS stage then the SWEMWBS stage, as the CLI does), and
 * the result columns: each component's value and band, each flag, then {@code status} and {@code message}.
 *
 * <p>The CLI builds the same layout from a CSV header (its {@code ScoringPlan} and {@code ScoreColumns});
 * {@code SparkMatchesCliTest} checks that both give identical rows. Immutable and thread-safe.
 */
public final class ContractLayout {

    /** Contract names that differ from the generic ones, by {@code instrument:generic name} (as the CLI). */
    private static final Map<String, String> CONTRACT_NAMES = Map.of(
            "phq9:total_band", "severity",
            "gad7:total_band", "severity",
            "phq9:phq9_item9_positive", "risk_flag");

    /** What a result column shows. */
    enum Kind {
        VALUE,
        BAND,
        FLAG
    }

    /**
     * One result column before {@code status} and {@code message}.
     *
     * @param name the contract name, e.g. {@code severity}
     * @param kind what it shows
     * @param component the component index (values and bands)
     * @param scale the component's decimals (values)
     * @param flag the flag code (flags)
     * @param item the index of the item that raises the flag (flags)
     */
    record Column(String name, Kind kind, int component, int scale, String flag, int item) {}

    /**
     * One batch scorer and the answer slot each of its items reads.
     *
     * @param batch the scorer
     * @param slotOfItem the slot of each item, or -1 for an optional item that is not given
     */
    record Stage(BatchScorer batch, int[] slotOfItem) {}

    private final Instrument instrument;
    private final List<String> answerColumns;
    private final List<Stage> stages;
    private final List<Column> columns;

    private ContractLayout(Instrument instrument, List<String> answerColumns, List<Stage> stages) {
        this.instrument = instrument;
        this.answerColumns = List.copyOf(answerColumns);
        this.stages = List.copyOf(stages);
        this.columns = columns(stages.get(stages.size() - 1).batch());
    }

    /**
     * The layout of an instrument's own items: the required ones, plus the optional ones if asked.
     *
     * @param scorer the instrument's scorer
     * @param withOptional whether optional items (PHQ-9 item 10) are given
     * @return the layout
     */
    public static ContractLayout of(Scorer scorer, boolean withOptional) {
        Instrument instrument = scorer.instrument();
        List<String> columns = new ArrayList<>();
        List<Item> items = instrument.items();
        int[] slotOfItem = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean read = item.isRequired() || withOptional;
            slotOfItem[i] = read ? columns.size() : -1;
            if (read) {
                columns.add(item.key());
            }
        }
        return new ContractLayout(instrument, columns, List.of(new Stage(scorer.batch(), slotOfItem)));
    }

    /**
     * The layout of SWEMWBS read from all fourteen WEMWBS answers: every answer is checked (an invalid answer to an
     * item SWEMWBS does not use still makes the row invalid), then WEMWBS items 1, 2, 3, 6, 7, 9 and 11 are scored as
     * SWEMWBS items 1..7 (Stewart-Brown et al. 2009), as {@code sp score swemwbs} does with a WEMWBS file.
     *
     * @param swemwbs the SWEMWBS scorer
     * @return the layout
     */
    public static ContractLayout swemwbsFromWemwbs(Scorer swemwbs) {
        Instrument wemwbs = Wemwbs.instrument();
        List<String> columns = wemwbs.items().stream().map(Item::key).collect(Collectors.toList());
        int[] identity = IntStream.range(0, columns.size()).toArray();
        int[] slotOfItem = Swemwbs.WEMWBS_ITEMS.stream().mapToInt(n -> n - 1).toArray();
        return new ContractLayout(
                swemwbs.instrument(),
                columns,
                List.of(new Stage(Scorer.of(wemwbs).batch(), identity), new Stage(swemwbs.batch(), slotOfItem)));
    }

    private static List<Column> columns(BatchScorer batch) {
        Instrument instrument = batch.instrument();
        String id = instrument.id().value();
        BatchScores layout = batch.newScores(0);
        ScoringRule rule = instrument.scoringRule();
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < layout.componentCount(); c++) {
            String name = layout.componentName(c);
            columns.add(new Column(contractName(id, name), Kind.VALUE, c, layout.scale(c), "", -1));
            if (isBanded(rule, instrument, c, name)) {
                columns.add(new Column(contractName(id, name + "_band"), Kind.BAND, c, 0, "", -1));
            }
        }
        if (rule instanceof SummedScale) {
            for (ItemFlag flag : ((SummedScale) rule).flags()) {
                String name = flag.code().replaceAll("[^A-Za-z0-9_]", "_");
                columns.add(new Column(contractName(id, name), Kind.FLAG, -1, 0, flag.code(), flag.itemNumber() - 1));
            }
        }
        return List.copyOf(columns);
    }

    private static String contractName(String instrument, String name) {
        return CONTRACT_NAMES.getOrDefault(instrument + ":" + name, name);
    }

    /** Whether a component has bands: a summed scale's total may; a separately scored item has its own table. */
    private static boolean isBanded(ScoringRule rule, Instrument instrument, int component, String name) {
        if (rule instanceof SummedScale) {
            return component == 0 && ((SummedScale) rule).bands().isPresent();
        }
        if (rule instanceof SeparateItems) {
            Map<String, BandTable> bands = ((SeparateItems) rule).bands();
            return instrument.items().stream()
                    .anyMatch(item -> item.name().equals(name) && bands.containsKey(item.key()));
        }
        return false;
    }

    /** @return the instrument whose scores are reported */
    public Instrument instrument() {
        return instrument;
    }

    /** @return the answer slots' names, in order, e.g. {@code phq9_1..phq9_9} */
    public List<String> answerColumns() {
        return answerColumns;
    }

    /** @return the result columns before {@code status} and {@code message} */
    List<Column> columns() {
        return columns;
    }

    /** @return the names of every result column, {@code status} and {@code message} last */
    public List<String> columnNames() {
        List<String> names = columns.stream().map(Column::name).collect(Collectors.toList());
        names.add("status");
        names.add("message");
        return names;
    }

    /** @return the stages: checks first, the reporting stage last */
    List<Stage> stages() {
        return stages;
    }
}
