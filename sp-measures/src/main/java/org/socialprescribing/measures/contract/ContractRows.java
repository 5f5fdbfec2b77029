package org.socialprescribing.measures.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Item;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * Scores rows under a {@link ScoreContract} with the batch API and tells each row's status, cells and message
 * exactly as {@code sp score} writes them (docs/cli.md): an invalid row has no total, keeps only the facts that stand
 * on one item (each valid ONS4 item, a flag) and names the first bad answer ({@code phq9_3: 2.5 is not an integer},
 * {@code wemwbs_3: 6 is outside 1..5}); an incomplete row names its missing items with runs shortened ({@code missing
 * ons4_1..ons4_4}); a flag is shown whenever its own item holds a valid answer, whatever the other answers are. A row
 * made invalid by an earlier stage (a WEMWBS item SWEMWBS does not use) shows no score. The command line scores CSV
 * chunks with it, sp-spark one row at a time. Not thread-safe: one per thread; buffers are reused from call to call.
 */
public final class ContractRows {

    /** The longest answer quoted in a message. */
    private static final int MAX_SHOWN = 40;

    /** Distinct missing-item messages remembered (rows repeat the same few patterns; the cap bounds memory). */
    private static final int MAX_REMEMBERED = 1024;

    /**
     * Instruments with at most this many items keep their missing-item messages in an array indexed by the items'
     * mask (WEMWBS, the largest built-in: 16,384 entries), which a JFR profile of {@code sp score} showed cheaper than
     * the map that larger ones use (docs/PERFORMANCE.md).
     */
    private static final int MAX_INDEXED_ITEMS = 14;

    private static final Pattern NUMBERED = Pattern.compile("(.*_)([0-9]{1,9})");

    private final ScoreContract contract;
    private final int capacity;
    private final int slots;
    private final int[][] codes;
    private final boolean[] direct;
    private final BatchScores[] scores;
    private final Map<Long, String> missingMessages = new HashMap<>();
    private final String @Nullable [] missingByMask;
    private int[] answers;

    /**
     * Creates the buffers for up to {@code capacity} rows at a time.
     *
     * @param contract the contract, not null
     * @param capacity the most rows one {@link #score} call takes, at least 1
     * @throws InvalidValueException if the capacity is below 1
     */
    public ContractRows(ScoreContract contract, int capacity) {
        if (capacity < 1) {
            throw new InvalidValueException("capacity", String.valueOf(capacity), "must be at least 1");
        }
        this.contract = contract;
        this.capacity = capacity;
        this.slots = contract.answerColumns().size();
        this.answers = new int[capacity * slots];
        List<ScoreContract.Stage> stages = contract.stages();
        this.codes = new int[stages.size()][];
        this.direct = new boolean[stages.size()];
        this.scores = new BatchScores[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            ScoreContract.Stage stage = stages.get(s);
            BatchScorer batch = stage.batch();
            // A stage that reads every slot in order scores the caller's answers as they are, without a copy.
            direct[s] = isIdentity(stage.slotOfItem, slots);
            codes[s] = direct[s] ? new int[0] : new int[capacity * batch.itemCount()];
            scores[s] = batch.newScores(capacity);
        }
        int reportedItems = stages.get(stages.size() - 1).slotOfItem.length;
        this.missingByMask = reportedItems <= MAX_INDEXED_ITEMS ? new String[1 << reportedItems] : null;
    }

    private static boolean isIdentity(int[] slotOfItem, int slots) {
        if (slotOfItem.length != slots) {
            return false;
        }
        for (int i = 0; i < slotOfItem.length; i++) {
            if (slotOfItem[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** @return the contract, never null */
    public ScoreContract contract() {
        return contract;
    }

    /**
     * Scores rows. The answers array is kept (not copied) until the next call, for {@link #message} and {@link
     * #answeredValidly}: do not change it while reading the rows.
     *
     * @param rowAnswers the answer codes, row after row, one per slot: a value, {@link BatchScorer#MISSING} or {@link
     *     BatchScorer#NOT_AN_INTEGER}; at least {@code rows x slots} long, not null
     * @param rows how many rows, 0..capacity
     * @throws InvalidValueException if rows is outside 0..capacity or the array is too short
     */
    public void score(int[] rowAnswers, int rows) {
        if (rows < 0 || rows > capacity || rowAnswers.length < rows * slots) {
            throw new InvalidValueException(
                    "rows", String.valueOf(rows), "must be within 0.." + capacity + " with " + slots + " answers each");
        }
        this.answers = rowAnswers;
        List<ScoreContract.Stage> stages = contract.stages();
        for (int s = 0; s < stages.size(); s++) {
            ScoreContract.Stage stage = stages.get(s);
            if (direct[s]) {
                stage.batch().scoreRows(rowAnswers, rows, scores[s]);
                continue;
            }
            int[] slotOfItem = stage.slotOfItem;
            int items = slotOfItem.length;
            int[] stageCodes = codes[s];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < items; i++) {
                    int slot = slotOfItem[i];
                    stageCodes[r * items + i] = slot < 0 ? BatchScorer.MISSING : rowAnswers[r * slots + slot];
                }
            }
            stage.batch().scoreRows(stageCodes, rows, scores[s]);
        }
    }

    /**
     * A row's status.
     *
     * @param row the row
     * @return invalid if any stage finds an invalid answer, else the reporting stage's status
     */
    public ScoreStatus status(int row) {
        for (BatchScores stage : scores) {
            if (stage.status(row) == ScoreStatus.INVALID) {
                return ScoreStatus.INVALID;
            }
        }
        return last().status(row);
    }

    /** @return the reporting stage's scores (read a row's values only when it is not invalid), never null */
    public BatchScores scores() {
        return last();
    }

    /**
     * Whether a row is invalid because of an answer of the reporting stage itself (then its single-item facts are
     * shown), rather than of an earlier, checking stage (then nothing is).
     *
     * @param row the row
     * @return true if only the reporting stage finds the row invalid
     */
    public boolean invalidInReportingStage(int row) {
        for (int s = 0; s < scores.length - 1; s++) {
            if (scores[s].status(row) == ScoreStatus.INVALID) {
                return false;
            }
        }
        return last().status(row) == ScoreStatus.INVALID;
    }

    /**
     * Whether the reporting stage's item holds an answer it accepts (a flag stands on that answer alone).
     *
     * @param row the row
     * @param item the item's index in the reporting instrument
     * @return true if the item was given and is valid
     */
    public boolean answeredValidly(int row, int item) {
        ScoreContract.Stage stage = contract.stages().get(scores.length - 1);
        int slot = stage.slotOfItem[item];
        if (slot < 0) {
            return false;
        }
        int code = answers[row * slots + slot];
        Item rule = stage.batch().instrument().items().get(item);
        return code != BatchScorer.MISSING
                && (rule.isUnchecked() || (code >= rule.minCode() && code <= rule.maxCode()));
    }

    /**
     * Whether a result column has a value in a row: an invalid row keeps only single-item facts, and nothing when an
     * earlier stage made it invalid.
     *
     * @param row the row
     * @param column the index in {@link ScoreContract#columns()}
     * @return true if the cell is filled
     */
    public boolean has(int row, int column) {
        BatchScores batch = last();
        if (batch.status(row) != ScoreStatus.INVALID && status(row) == ScoreStatus.INVALID) {
            return false;
        }
        ScoreContract.Column at = contract.columns().get(column);
        return switch (at.kind()) {
            case VALUE -> batch.hasValue(row, at.component());
            case BAND -> batch.bandCode(row, at.component()).isPresent();
            case FLAG -> answeredValidly(row, at.item());
        };
    }

    /**
     * A value column's value without its decimal point (23.21 is 2321 at scale 2); call only when {@link #has}.
     *
     * @param row the row
     * @param column the column index
     * @return the unscaled value
     */
    public int unscaledValue(int row, int column) {
        return last().unscaledValue(row, contract.columns().get(column).component());
    }

    /**
     * A band column's band code; call only when {@link #has}.
     *
     * @param row the row
     * @param column the column index
     * @return the code, never null
     */
    public String band(int row, int column) {
        return last().bandCode(row, contract.columns().get(column).component()).orElse("");
    }

    /**
     * A flag column's value; call only when {@link #has}.
     *
     * @param row the row
     * @param column the column index
     * @return true if the flag is raised
     */
    public boolean flag(int row, int column) {
        return last().hasFlag(row, contract.columns().get(column).flag());
    }

    /** The answers of a row as a message quotes them. */
    @FunctionalInterface
    public interface Shown {
        /**
         * An answer as given, as a message may quote it (see {@link #quoted}).
         *
         * @param row the row
         * @param slot the answer slot
         * @return the text, never null
         */
        String answer(int row, int slot);
    }

    /**
     * A row's message: empty when scored, the missing items when incomplete, the item and answer at fault when
     * invalid; NHS numbers masked.
     *
     * @param row the row
     * @param shown the answers as given (asked only for the answer at fault), not null
     * @return the message, never null
     */
    public String message(int row, Shown shown) {
        // The message quotes the answer at fault, which may be an NHS number in the wrong column.
        return PersonalData.mask(unmaskedMessage(row, shown));
    }

    private String unmaskedMessage(int row, Shown shown) {
        for (int s = 0; s < scores.length; s++) {
            if (scores[s].status(row) == ScoreStatus.INVALID) {
                return invalid(s, row, shown);
            }
        }
        return last().status(row) == ScoreStatus.INCOMPLETE ? missing(row) : "";
    }

    /** The invalid answer's message, read from the batch buffer (no result objects are built). */
    private String invalid(int stage, int row, Shown shown) {
        ScoreContract.Stage at = contract.stages().get(stage);
        int item = scores[stage].invalidItem(row);
        int slot = item < 0 ? -1 : at.slotOfItem[item];
        if (slot < 0) {
            return scores[stage].message(row);
        }
        String column = contract.answerColumns().get(slot);
        Item rule = at.batch().instrument().items().get(item);
        return answers[row * slots + slot] == BatchScorer.NOT_AN_INTEGER
                ? column + ": " + shown.answer(row, slot) + " is not an integer"
                : column + ": " + shown.answer(row, slot) + " is outside " + rule.minCode() + ".." + rule.maxCode();
    }

    /** The missing items' message; the same few patterns recur, so each is built once. */
    private String missing(int row) {
        long mask = last().missingItems(row);
        String[] indexed = missingByMask;
        String message = indexed != null ? indexed[(int) mask] : missingMessages.get(mask);
        if (message == null) {
            ScoreContract.Stage at = contract.stages().get(scores.length - 1);
            List<String> columns = new ArrayList<>();
            for (int item = 0; item < at.slotOfItem.length; item++) {
                if ((mask & (1L << item)) != 0 && at.slotOfItem[item] >= 0) {
                    columns.add(contract.answerColumns().get(at.slotOfItem[item]));
                }
            }
            message = "missing " + String.join(", ", runs(columns));
            if (indexed != null) {
                indexed[(int) mask] = message;
                return message;
            }
            if (missingMessages.size() >= MAX_REMEMBERED) {
                missingMessages.clear();
            }
            missingMessages.put(mask, message);
        }
        return message;
    }

    private BatchScores last() {
        return scores[scores.length - 1];
    }

    /**
     * An answer as a message quotes it, as {@code sp score} quotes a CSV cell: surrounding spaces removed, NHS
     * numbers masked (before the cut, so that none is left half shown), control characters replaced by {@code ?}, at
     * most 40 characters (then {@code ...}).
     *
     * @param text the answer as given, not null
     * @return the quoted text, never null
     */
    public static String quoted(String text) {
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

    /**
     * Shortens runs of numbered names: {@code ons4_1, ons4_2, ons4_3} becomes {@code ons4_1..ons4_3}; two in a row
     * stay as they are.
     *
     * @param names the names, in order, not null
     * @return the shortened list, never null
     */
    public static List<String> runs(List<String> names) {
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
