package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.instruments.Swemwbs;
import org.socialprescribing.measures.instruments.Wemwbs;

/**
 * How one CSV file is scored for one instrument: which columns are read (the answer slots), and the stages that
 * score them. Usually one stage, the instrument itself, reading {@code <instrument>_<n>} columns. A SWEMWBS score
 * may also come from a WEMWBS file: then a first stage checks all fourteen WEMWBS answers (an invalid answer to an
 * item SWEMWBS does not use still makes the row invalid, as {@link Swemwbs#fromWemwbs} does) and the second scores
 * WEMWBS items 1, 2, 3, 6, 7, 9 and 11 as SWEMWBS items 1..7.
 */
final class ScoringPlan {

    /**
     * One batch scorer and where each of its items is read from.
     *
     * @param batch the scorer
     * @param slotOfItem the answer slot of each item, or -1 for an optional item whose column is absent
     */
    record Stage(BatchScorer batch, int[] slotOfItem) {}

    private final Instrument instrument;
    private final List<String> answerColumns;
    private final int[] answerFields;
    private final int[] textFields;
    private final int[] min;
    private final int[] max;
    private final List<Stage> stages;

    private ScoringPlan(
            Instrument instrument, List<String> answerColumns, int[] fields, int[] textFields, List<Stage> stages) {
        this.instrument = instrument;
        this.answerColumns = List.copyOf(answerColumns);
        this.answerFields = fields;
        this.textFields = textFields;
        this.stages = List.copyOf(stages);
        this.min = new int[answerColumns.size()];
        this.max = new int[answerColumns.size()];
        Stage first = stages.get(0);
        List<Item> items = first.batch().instrument().items();
        for (int i = 0; i < items.size(); i++) {
            int slot = first.slotOfItem()[i];
            if (slot >= 0) {
                Item item = items.get(i);
                // An unchecked item (PHQ-9 item 10) accepts any integer; only text is rejected.
                min[slot] = item.isUnchecked() ? BatchScorer.NOT_AN_INTEGER + 1 : item.minCode();
                max[slot] = item.isUnchecked() ? Integer.MAX_VALUE : item.maxCode();
            }
        }
    }

    /**
     * Plans the scoring of a file whose header is known.
     *
     * @param scorer the instrument's scorer
     * @param header the file's header
     * @param textColumns the text columns the command needs, e.g. {@code id}, required too
     * @return the plan
     * @throws UsageException naming every missing column
     */
    static ScoringPlan of(Scorer scorer, Header header, List<String> textColumns) {
        Instrument instrument = scorer.instrument();
        if (instrument.id().value().equals("swemwbs") && readsWemwbs(header)) {
            return fromWemwbs(scorer, header, textColumns);
        }
        List<String> columns = new ArrayList<>();
        List<Item> items = instrument.items();
        int[] slotOfItem = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean read = item.isRequired() || header.optional(item.key()) >= 0;
            slotOfItem[i] = read ? columns.size() : -1;
            if (read) {
                columns.add(item.key());
            }
        }
        int[][] fields = require(header, textColumns, columns, expected(instrument, textColumns));
        return new ScoringPlan(
                instrument, columns, fields[1], fields[0], List.of(new Stage(scorer.batch(), slotOfItem)));
    }

    /** A WEMWBS file is read for SWEMWBS when it has no SWEMWBS column but some WEMWBS one. */
    private static boolean readsWemwbs(Header header) {
        boolean anySwemwbs = IntStream.rangeClosed(1, 7).anyMatch(n -> header.has("swemwbs_" + n));
        boolean anyWemwbs = IntStream.rangeClosed(1, 14).anyMatch(n -> header.has("wemwbs_" + n));
        return !anySwemwbs && anyWemwbs;
    }

    private static ScoringPlan fromWemwbs(Scorer swemwbs, Header header, List<String> textColumns) {
        Instrument wemwbs = Wemwbs.instrument();
        List<String> columns = wemwbs.items().stream().map(Item::key).collect(Collectors.toList());
        int[] identity = IntStream.range(0, columns.size()).toArray();
        int[] slotOfItem = Swemwbs.WEMWBS_ITEMS.stream().mapToInt(n -> n - 1).toArray();
        int[][] fields = require(
                header,
                textColumns,
                columns,
                expected(wemwbs, textColumns) + ", or " + expected(swemwbs.instrument(), textColumns));
        return new ScoringPlan(
                swemwbs.instrument(),
                columns,
                fields[1],
                fields[0],
                List.of(new Stage(Scorer.of(wemwbs).batch(), identity), new Stage(swemwbs.batch(), slotOfItem)));
    }

    private static int[][] require(Header header, List<String> texts, List<String> answers, String expected) {
        List<String> all = new ArrayList<>(texts);
        all.addAll(answers);
        int[] positions = header.require(all, expected);
        return new int[][] {
            Arrays.copyOfRange(positions, 0, texts.size()),
            Arrays.copyOfRange(positions, texts.size(), positions.length)
        };
    }

    /** What a file for the instrument needs, e.g. "id and phq9_1..phq9_9 (phq9_10 optional)". */
    private static String expected(Instrument instrument, List<String> textColumns) {
        List<String> required = instrument.items().stream()
                .filter(Item::isRequired)
                .map(Item::key)
                .collect(Collectors.toList());
        List<String> optional = instrument.items().stream()
                .filter(item -> !item.isRequired())
                .map(Item::key)
                .collect(Collectors.toList());
        return String.join(", ", textColumns) + " and " + String.join(", ", Header.runs(required))
                + (optional.isEmpty() ? "" : " (" + String.join(", ", optional) + " optional)");
    }

    /** @return the instrument whose scores are reported (the last stage's) */
    Instrument instrument() {
        return instrument;
    }

    /** @return the answer columns read, in slot order */
    List<String> answerColumns() {
        return answerColumns;
    }

    /** @return the stages: checks first, the scoring stage last */
    List<Stage> stages() {
        return stages;
    }

    /** Tells the input which columns to read. */
    void selectColumns(CsvInput input) {
        input.select(textFields, answerFields, min, max);
    }
}
