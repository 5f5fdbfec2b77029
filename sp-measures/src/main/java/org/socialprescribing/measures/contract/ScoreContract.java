package org.socialprescribing.measures.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
 * slots in order, named like the input columns ({@code phq9_1}...); the stages that score them (usually one, the
 * instrument; for SWEMWBS from fourteen WEMWBS answers a checking WEMWBS stage, then the SWEMWBS stage); and the
 * result columns: each component's value, then its band when banded, then each flag; {@code status} and {@code
 * message} follow. Immutable and thread-safe; {@link ContractRows} scores rows under it.
 */
public final class ScoreContract {

    /** Contract names that differ from the generic ones, by {@code instrument:generic name}. */
    private static final Map<String, String> CONTRACT_NAMES = Map.of(
            "phq9:total_band", "severity",
            "gad7:total_band", "severity",
            "phq9:phq9_item9_positive", "risk_flag");

    /** What a result column shows. */
    public enum Kind {
        /** A component's value. */
        VALUE,
        /** A component's band code. */
        BAND,
        /** Whether a flag is raised. */
        FLAG
    }

    /**
     * One result column before {@code status} and {@code message}.
     *
     * @param name the contract name, e.g. {@code severity}
     * @param kind what it shows
     * @param component the component index (values and bands), else -1
     * @param scale the component's decimals (values), else 0
     * @param flag the flag code (flags), else empty
     * @param item the index of the item that raises the flag (flags), else -1
     */
    public record Column(String name, Kind kind, int component, int scale, String flag, int item) {}

    /** One batch scorer and the answer slot each of its items reads. */
    public static final class Stage {
        private final BatchScorer batch;
        final int[] slotOfItem;

        Stage(BatchScorer batch, int[] slotOfItem) {
            this.batch = batch;
            this.slotOfItem = slotOfItem.clone();
        }

        /** @return the stage's scorer */
        public BatchScorer batch() {
            return batch;
        }

        /**
         * The slot an item reads.
         *
         * @param item the item's index in the stage's instrument
         * @return the answer slot, or -1 for an optional item that is not read
         */
        public int slotOf(int item) {
            return slotOfItem[item];
        }
    }

    private final Instrument instrument;
    private final List<String> answerColumns;
    private final List<Stage> stages;
    private final List<Column> columns;

    private ScoreContract(Instrument instrument, List<String> answerColumns, List<Stage> stages) {
        this.instrument = instrument;
        this.answerColumns = List.copyOf(answerColumns);
        this.stages = List.copyOf(stages);
        this.columns = resultColumns(stages.get(stages.size() - 1).batch(), "_band");
    }

    /**
     * The contract of an instrument's own items: the required ones, and each optional one the predicate accepts.
     *
     * @param scorer the instrument's scorer, not null
     * @param readOptional whether an optional item (by key, e.g. {@code phq9_10}) is given
     * @return the contract, never null
     */
    public static ScoreContract of(Scorer scorer, Predicate<String> readOptional) {
        Instrument instrument = scorer.instrument();
        List<String> columns = new ArrayList<>();
        List<Item> items = instrument.items();
        int[] slotOfItem = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean read = item.isRequired() || readOptional.test(item.key());
            slotOfItem[i] = read ? columns.size() : -1;
            if (read) {
                columns.add(item.key());
            }
        }
        return new ScoreContract(instrument, columns, List.of(new Stage(scorer.batch(), slotOfItem)));
    }

    /**
     * The contract of SWEMWBS read from all fourteen WEMWBS answers: every answer is checked (an invalid answer to an
     * item SWEMWBS does not use still makes the row invalid, as {@link Swemwbs#fromWemwbs} does), then WEMWBS items
     * 1, 2, 3, 6, 7, 9 and 11 are scored as SWEMWBS items 1..7 (Stewart-Brown et al. 2009).
     *
     * @param swemwbs the SWEMWBS scorer, not null
     * @return the contract, never null
     */
    public static ScoreContract swemwbsFromWemwbs(Scorer swemwbs) {
        Instrument wemwbs = Wemwbs.instrument();
        List<String> columns = wemwbs.items().stream().map(Item::key).collect(Collectors.toList());
        int[] identity = IntStream.range(0, columns.size()).toArray();
        int[] slotOfItem = Swemwbs.WEMWBS_ITEMS.stream().mapToInt(n -> n - 1).toArray();
        return new ScoreContract(
                swemwbs.instrument(),
                columns,
                List.of(new Stage(Scorer.of(wemwbs).batch(), identity), new Stage(swemwbs.batch(), slotOfItem)));
    }

    /**
     * Whether a SWEMWBS input with these columns is read as WEMWBS answers: it has no {@code swemwbs_<n>} column but
     * some {@code wemwbs_<n>} one (the rule of {@code sp score swemwbs}).
     *
     * @param hasColumn whether the input has a column, by name
     * @return true to use {@link #swemwbsFromWemwbs}
     */
    public static boolean readsWemwbs(Predicate<String> hasColumn) {
        return IntStream.rangeClosed(1, 7).noneMatch(n -> hasColumn.test("swemwbs_" + n))
                && IntStream.rangeClosed(1, 14).anyMatch(n -> hasColumn.test("wemwbs_" + n));
    }

    /**
     * The result columns of a batch scorer: each component's value, then its band when banded (named {@code
     * <component><bandSuffix>}), then each flag (its code with non-identifier characters as {@code _}), under the
     * contract's names (PHQ-9 and GAD-7 bands are {@code severity}, the PHQ-9 item 9 flag {@code risk_flag}).
     *
     * @param batch the reporting scorer, not null
     * @param bandSuffix the suffix of band columns: {@code _band} for instruments, {@code _stage} for stars
     * @return the columns, in order, never null
     */
    public static List<Column> resultColumns(BatchScorer batch, String bandSuffix) {
        Instrument instrument = batch.instrument();
        String id = instrument.id().value();
        BatchScores layout = batch.newScores(0);
        ScoringRule rule = instrument.scoringRule();
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < layout.componentCount(); c++) {
            String name = layout.componentName(c);
            columns.add(new Column(contractName(id, name), Kind.VALUE, c, layout.scale(c), "", -1));
            if (isBanded(rule, instrument, c, name)) {
                columns.add(new Column(contractName(id, name + bandSuffix), Kind.BAND, c, 0, "", -1));
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

    /** @return the instrument whose scores are reported (the last stage's), never null */
    public Instrument instrument() {
        return instrument;
    }

    /** @return the answer slots' names, in slot order, e.g. {@code phq9_1..phq9_9}, never null */
    public List<String> answerColumns() {
        return answerColumns;
    }

    /** @return the stages: checks first, the reporting stage last, never null */
    public List<Stage> stages() {
        return stages;
    }

    /** @return the result columns before {@code status} and {@code message}, never null */
    public List<Column> columns() {
        return columns;
    }

    /** @return the names of every result column, {@code status} and {@code message} last, never null */
    public List<String> columnNames() {
        List<String> names = columns.stream().map(Column::name).collect(Collectors.toList());
        names.add("status");
        names.add("message");
        return names;
    }

    @Override
    public String toString() {
        return "ScoreContract[" + instrument.id().value() + ", " + answerColumns.size() + " answers]";
    }
}
