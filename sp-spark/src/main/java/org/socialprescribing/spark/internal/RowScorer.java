package org.socialprescribing.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * Scores one row at a time under a {@link ContractLayout}, with the batch API on buffers of one row, and tells the
 * row's status, cells and message exactly as {@code sp score} writes them (docs/cli.md): an invalid row has no
 * total, keeps only the facts that stand on one item (each valid ONS4 item, a flag) and names the first bad answer,
 * quoting it as given ({@code phq9_3: 2.5 is not an integer}); an incomplete row names its missing items with runs
 * shortened ({@code missing ons4_1..ons4_4}); a flag is shown whenever its own item holds a valid answer, whatever the
 * other answers are. A row made invalid by an earlier stage (a WEMWBS item SWEMWBS does not use) shows no score. Not
 * thread-safe: one per thread.
 */
public final class RowScorer {

    /** The longest answer quoted in a message, as the CLI. */
    private static final int MAX_SHOWN = 40;

    private static final Pattern NUMBERED = Pattern.compile("(.*_)([0-9]{1,9})");

    private final ContractLayout layout;
    private final int slots;
    private final int[][] codes;
    private final BatchScores[] scores;
    private final int[] answers;

    /**
     * Creates a scorer for a layout.
     *
     * @param layout the layout
     */
    public RowScorer(ContractLayout layout) {
        this.layout = layout;
        this.slots = layout.answerColumns().size();
        this.answers = new int[slots];
        List<ContractLayout.Stage> stages = layout.stages();
        this.codes = new int[stages.size()][];
        this.scores = new BatchScores[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            BatchScorer batch = stages.get(s).batch();
            codes[s] = new int[batch.itemCount()];
            scores[s] = batch.newScores(1);
        }
    }

    /** @return the layout */
    public ContractLayout layout() {
        return layout;
    }

    /**
     * Scores a row.
     *
     * @param answerCodes one code per answer slot: a value, {@link BatchScorer#MISSING} or {@link
     *     BatchScorer#NOT_AN_INTEGER}
     */
    public void score(int[] answerCodes) {
        System.arraycopy(answerCodes, 0, answers, 0, slots);
        List<ContractLayout.Stage> stages = layout.stages();
        for (int s = 0; s < stages.size(); s++) {
            int[] slotOfItem = stages.get(s).slotOfItem();
            int[] stageCodes = codes[s];
            for (int i = 0; i < slotOfItem.length; i++) {
                int slot = slotOfItem[i];
                stageCodes[i] = slot < 0 ? BatchScorer.MISSING : answers[slot];
            }
            stages.get(s).batch().scoreRows(stageCodes, 1, scores[s]);
        }
    }

    /** @return the row's status: invalid if any stage finds an invalid answer, else the reporting stage's */
    public ScoreStatus status() {
        for (BatchScores stage : scores) {
            if (stage.status(0) == ScoreStatus.INVALID) {
                return ScoreStatus.INVALID;
            }
        }
        return last().status(0);
    }

    /** @return the number of result columns before {@code status} and {@code message} */
    public int columnCount() {
        return layout.columns().size();
    }

    /**
     * Whether a result column has a value in this row (as {@code sp score}: an invalid row keeps only single-item
     * facts, and nothing when an earlier stage made it invalid).
     *
     * @param column the column index
     * @return true if the cell is filled
     */
    public boolean has(int column) {
        if (status() == ScoreStatus.INVALID && last().status(0) != ScoreStatus.INVALID) {
            return false;
        }
        ContractLayout.Column at = layout.columns().get(column);
        BatchScores batch = last();
        return switch (at.kind()) {
            case VALUE -> batch.hasValue(0, at.component());
            case BAND -> batch.bandCode(0, at.component()).isPresent();
            case FLAG -> answeredValidly(at.item());
        };
    }

    /**
     * A value column's value without its decimal point (23.21 is 2321 at scale 2); call only when {@link #has}.
     *
     * @param column the column index
     * @return the unscaled value
     */
    public int unscaledValue(int column) {
        return last().unscaledValue(0, layout.columns().get(column).component());
    }

    /**
     * A band column's band code; call only when {@link #has}.
     *
     * @param column the column index
     * @return the code
     */
    public String band(int column) {
        return last().bandCode(0, layout.columns().get(column).component()).orElse("");
    }

    /**
     * A flag column's value; call only when {@link #has}.
     *
     * @param column the column index
     * @return true if the flag is raised
     */
    public boolean flag(int column) {
        return last().hasFlag(0, layout.columns().get(column).flag());
    }

    /** Whether the reporting stage's item holds an answer it accepts (a flag stands on that answer alone). */
    private boolean answeredValidly(int item) {
        ContractLayout.Stage stage = layout.stages().get(scores.length - 1);
        int slot = stage.slotOfItem()[item];
        if (slot < 0 || answers[slot] == BatchScorer.MISSING) {
            return false;
        }
        Item rule = stage.batch().instrument().items().get(item);
        int code = answers[slot];
        return rule.isUnchecked() || (code >= rule.minCode() && code <= rule.maxCode());
    }

    /**
     * The row's message: empty when scored, the missing items when incomplete, the item and answer at fault when
     * invalid; NHS numbers masked.
     *
     * @param shown the answers as a message quotes them, by slot (asked only for the answer at fault)
     * @return the message, never null
     */
    public String message(Shown shown) {
        // As sp score: the message quotes the answer at fault, which may be an NHS number in the wrong column.
        return PersonalData.mask(unmaskedMessage(shown));
    }

    private String unmaskedMessage(Shown shown) {
        for (int s = 0; s < scores.length; s++) {
            if (scores[s].status(0) == ScoreStatus.INVALID) {
                return invalid(s, shown);
            }
        }
        if (last().status(0) == ScoreStatus.INCOMPLETE) {
            return missing();
        }
        return "";
    }

    /** The answers of a row as a message quotes them. */
    @FunctionalInterface
    public interface Shown {
        /**
         * An answer as given.
         *
         * @param slot the answer slot
         * @return the answer, one line, at most 40 characters (then "...")
         */
        String answer(int slot);
    }

    private String invalid(int stage, Shown shown) {
        ContractLayout.Stage at = layout.stages().get(stage);
        List<Item> items = at.batch().instrument().items();
        for (ScoreMessage message : scores[stage].toResult(0).messages()) {
            if (message.code().equals(MeasureIssue.ANSWER_MISSING.code())) {
                continue;
            }
            int item = indexOf(items, message.item().orElse(""));
            if (item >= 0 && at.slotOfItem()[item] >= 0) {
                int slot = at.slotOfItem()[item];
                String column = layout.answerColumns().get(slot);
                Item rule = items.get(item);
                return answers[slot] == BatchScorer.NOT_AN_INTEGER
                        ? column + ": " + shown.answer(slot) + " is not an integer"
                        : column + ": " + shown.answer(slot) + " is outside " + rule.minCode() + ".." + rule.maxCode();
            }
            return message.text();
        }
        return scores[stage].message(0);
    }

    private String missing() {
        ContractLayout.Stage at = layout.stages().get(scores.length - 1);
        List<Item> items = at.batch().instrument().items();
        List<String> columns = new ArrayList<>();
        for (ScoreMessage message : last().toResult(0).messages()) {
            int item = indexOf(items, message.item().orElse(""));
            if (item >= 0 && at.slotOfItem()[item] >= 0) {
                columns.add(layout.answerColumns().get(at.slotOfItem()[item]));
            }
        }
        return "missing " + String.join(", ", runs(columns));
    }

    private static int indexOf(List<Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private BatchScores last() {
        return scores[scores.length - 1];
    }

    /**
     * An answer as a message quotes it, as the CLI quotes a CSV cell: surrounding spaces removed, NHS numbers
     * masked (before the cut), control characters replaced by {@code ?}, at most 40 characters (then {@code ...}).
     *
     * @param text the answer as given
     * @return the shown text
     */
    public static String shown(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        String answer = PersonalData.mask(text.substring(start, end));
        StringBuilder shown = new StringBuilder(Math.min(answer.length(), MAX_SHOWN) + 3);
        for (int i = 0; i < answer.length() && shown.length() < MAX_SHOWN; i++) {
            char c = answer.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        if (answer.length() > MAX_SHOWN) {
            shown.append("...");
        }
        return shown.toString();
    }

    /** Shortens runs of numbered names: {@code ons4_1, ons4_2, ons4_3} becomes {@code ons4_1..ons4_3}. */
    static List<String> runs(List<String> names) {
        List<String> shortened = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= names.size(); i++) {
            if (i == names.size() || !follows(names.get(i - 1), names.get(i))) {
                shortened.add(i - start >= 3 ? names.get(start) + ".." + names.get(i - 1) : names.get(start));
                if (i - start == 2) {
                    shortened.add(names.get(start + 1));
                }
                start = i;
            }
        }
        return shortened;
    }

    private static boolean follows(String previous, String next) {
        Matcher a = NUMBERED.matcher(previous);
        Matcher b = NUMBERED.matcher(next);
        return a.matches()
                && b.matches()
                && a.group(1).equals(b.group(1))
                && Long.parseLong(b.group(2)) == Long.parseLong(a.group(2)) + 1;
    }
}
