package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.contract.ScoreContract;
import org.socialprescribing.measures.instruments.Wemwbs;

/**
 * How one CSV file is scored for one instrument: the {@link ScoreContract} its header calls for (which columns are
 * read, the answer slots, and the stages that score them: usually the instrument itself, reading {@code
 * <instrument>_<n>} columns; for SWEMWBS from a WEMWBS file a checking WEMWBS stage, then SWEMWBS, see {@link
 * ScoreContract#swemwbsFromWemwbs}), and where those columns are in the file.
 */
final class ScoringPlan {

    private final ScoreContract contract;
    private final int[] answerFields;
    private final int[] textFields;
    private final int[] min;
    private final int[] max;

    private ScoringPlan(ScoreContract contract, int[] fields, int[] textFields) {
        this.contract = contract;
        this.answerFields = fields;
        this.textFields = textFields;
        int slots = contract.answerColumns().size();
        this.min = new int[slots];
        this.max = new int[slots];
        ScoreContract.Stage first = contract.stages().get(0);
        List<Item> items = first.batch().instrument().items();
        for (int i = 0; i < items.size(); i++) {
            int slot = first.slotOf(i);
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
        if (instrument.id().value().equals("swemwbs") && ScoreContract.readsWemwbs(header::has)) {
            ScoreContract contract = ScoreContract.swemwbsFromWemwbs(scorer);
            int[][] fields = require(
                    header,
                    textColumns,
                    contract.answerColumns(),
                    expected(Wemwbs.instrument(), textColumns) + ", or " + expected(instrument, textColumns));
            return new ScoringPlan(contract, fields[1], fields[0]);
        }
        ScoreContract contract = ScoreContract.of(scorer, key -> header.optional(key) >= 0);
        int[][] fields = require(header, textColumns, contract.answerColumns(), expected(instrument, textColumns));
        return new ScoringPlan(contract, fields[1], fields[0]);
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

    /** @return the contract the file is scored under */
    ScoreContract contract() {
        return contract;
    }

    /** @return the instrument whose scores are reported (the last stage's) */
    Instrument instrument() {
        return contract.instrument();
    }

    /** @return the answer columns read, in slot order */
    List<String> answerColumns() {
        return contract.answerColumns();
    }

    /** Tells the input which columns to read. */
    void selectColumns(CsvInput input) {
        input.select(textFields, answerFields, min, max);
    }
}
