package org.socialprescribing.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * A reusable buffer of batch scores: for each row, its status, each component's value and band, raised flags, and
 * for an invalid row the item and value at fault. {@link BatchScorer} fills it without allocating; the accessors
 * read it, and only {@link #value}, {@link #message} and {@link #toResult} create objects. Not thread-safe: one
 * buffer per thread.
 */
public final class BatchScores {

    static final byte NO_BAND = -1;
    static final int ABSENT = Integer.MIN_VALUE;

    /** The largest array the JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    static final byte SCORED = 0;
    static final byte INCOMPLETE = 1;
    static final byte INVALID = 2;

    final Kernel kernel;
    private final int capacity;
    private final int components;
    final byte[] status;
    final int[] values;
    final byte[] bands;
    final int[] flags;
    final long[] missing;
    final int[] issueItem;
    final int[] issueValue;

    BatchScores(Kernel kernel, int capacity) {
        this.components = kernel.componentCount();
        if (capacity < 0 || capacity > MAX_ARRAY / Math.max(1, components)) {
            throw new InvalidValueException(
                    "capacity", String.valueOf(capacity), "must be within 0.." + MAX_ARRAY / Math.max(1, components));
        }
        this.kernel = kernel;
        this.capacity = capacity;
        this.status = new byte[capacity];
        this.values = new int[capacity * components];
        this.bands = new byte[values.length];
        this.flags = new int[capacity];
        this.missing = new long[capacity];
        this.issueItem = new int[capacity];
        this.issueValue = new int[capacity];
    }

    /** Marks a row scored; the kernel then writes every component. */
    void scored(int row, int raised) {
        status[row] = SCORED;
        flags[row] = raised;
        missing[row] = 0;
    }

    /** Marks a row incomplete and clears its components; the kernel may then write those it has. */
    void incomplete(int row, long missingItems, int raised) {
        status[row] = INCOMPLETE;
        flags[row] = raised;
        missing[row] = missingItems;
        clear(row);
    }

    /**
     * Marks a row invalid and clears its components. Flags whose own item holds a valid answer stay raised: a fact
     * the source defines on one item does not depend on the other answers.
     */
    void invalid(int row, int item, int value, int raised) {
        status[row] = INVALID;
        flags[row] = raised;
        missing[row] = 0;
        issueItem[row] = item;
        issueValue[row] = value;
        clear(row);
    }

    void clear(int row) {
        int from = row * components;
        for (int c = from; c < from + components; c++) {
            values[c] = ABSENT;
            bands[c] = NO_BAND;
        }
    }

    /** @return how many rows the buffer holds */
    public int capacity() {
        return capacity;
    }

    /** @return how many components each row has, e.g. 2 for SWEMWBS ({@code raw}, {@code metric}) */
    public int componentCount() {
        return components;
    }

    /**
     * A component's name.
     *
     * @param component the component index, {@code 0..componentCount()-1}
     * @return the name, e.g. {@code total}, never null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public String componentName(int component) {
        return kernel.componentNames[component];
    }

    /**
     * The number of decimals of a component's values (2 for the SWEMWBS metric score, 0 for totals).
     *
     * @param component the component index
     * @return the scale
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int scale(int component) {
        return kernel.componentScales[component];
    }

    /**
     * A row's status.
     *
     * @param row the row, {@code 0..capacity()-1}
     * @return the status, never null
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public ScoreStatus status(int row) {
        return status[row] == SCORED
                ? ScoreStatus.SCORED
                : status[row] == INCOMPLETE ? ScoreStatus.INCOMPLETE : ScoreStatus.INVALID;
    }

    /**
     * Whether a row has a value for a component (always, when scored; some ONS4 items, when incomplete).
     *
     * @param row the row
     * @param component the component index
     * @return true if the value exists
     * @throws IndexOutOfBoundsException if the row or component is out of range
     */
    public boolean hasValue(int row, int component) {
        return values[index(row, component)] != ABSENT;
    }

    /**
     * A component's value without its decimal point: the SWEMWBS metric 23.21 is {@code 2321} with scale 2.
     *
     * @param row the row
     * @param component the component index
     * @return the unscaled value
     * @throws IllegalStateException if the row has no value for the component
     * @throws IndexOutOfBoundsException if the row or component is out of range
     */
    public int unscaledValue(int row, int component) {
        int value = values[index(row, component)];
        if (value == ABSENT) {
            throw new IllegalStateException("row " + row + " has no " + componentName(component));
        }
        return value;
    }

    /**
     * A component's exact value.
     *
     * @param row the row
     * @param component the component index
     * @return the value, or empty if the row has none for the component
     * @throws IndexOutOfBoundsException if the row or component is out of range
     */
    public Optional<BigDecimal> value(int row, int component) {
        int value = values[index(row, component)];
        return value == ABSENT ? Optional.empty() : Optional.of(kernel.decimal(component, value));
    }

    /**
     * The code of the band a component's value falls in.
     *
     * @param row the row
     * @param component the component index
     * @return the band code, or empty when the value is absent or the component is unbanded
     * @throws IndexOutOfBoundsException if the row or component is out of range
     */
    public Optional<String> bandCode(int row, int component) {
        byte band = bands[index(row, component)];
        BandTable table = kernel.componentBands[component];
        return band == NO_BAND || table == null
                ? Optional.empty()
                : Optional.of(table.bands().get(band).code());
    }

    /**
     * Whether a row raised a flag, e.g. {@code phq9.item9_positive}.
     *
     * @param row the row
     * @param flag the flag code, not null
     * @return true if raised
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public boolean hasFlag(int row, String flag) {
        for (int f = 0; f < kernel.flagCodes.length; f++) {
            if (kernel.flagCodes[f].equals(flag) && (flags[row] & (1 << f)) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The issue that made a row invalid or incomplete.
     *
     * @param row the row
     * @return the issue code, or empty when scored
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public Optional<MeasureIssue> issue(int row) {
        switch (status[row]) {
            case INVALID:
                return Optional.of(
                        issueValue[row] == BatchScorer.NOT_AN_INTEGER
                                ? MeasureIssue.ANSWER_NOT_INTEGER
                                : MeasureIssue.ANSWER_OUT_OF_RANGE);
            case INCOMPLETE:
                return Optional.of(MeasureIssue.ANSWER_MISSING);
            default:
                return Optional.empty();
        }
    }

    /**
     * The item at fault in an invalid row, without building a result: what {@link #toResult} names in the row's
     * invalid-answer message.
     *
     * @param row the row
     * @return the item's index (0 is the first item), or -1 when the row is not invalid
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public int invalidItem(int row) {
        return status[row] == INVALID ? issueItem[row] : -1;
    }

    /**
     * The missing items of an incomplete row, without building a result: those {@link #toResult} names in its
     * missing-answer messages, as a bit set (bit i set: item i is missing; instruments have at most 64 items).
     *
     * @param row the row
     * @return the bit set, 0 when the row is not incomplete
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public long missingItems(int row) {
        return missing[row];
    }

    /**
     * A one-line message for a row: empty when scored, the missing items when incomplete (e.g. {@code missing
     * wemwbs_2, wemwbs_5}), the item and allowed range when invalid (e.g. {@code wemwbs_3: 6 is outside 1..5}).
     *
     * @param row the row
     * @return the message, never null
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public String message(int row) {
        if (status[row] == INVALID) {
            return invalidText(row);
        }
        if (status[row] == INCOMPLETE) {
            StringJoiner joiner = new StringJoiner(", ", "missing ", "");
            missingKeys(row).forEach(joiner::add);
            return joiner.toString();
        }
        return "";
    }

    /**
     * A row as a score result, as the object API returns it.
     *
     * @param row the row
     * @return the result, never null
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public ScoreResult toResult(int row) {
        Instrument instrument = kernel.instrument;
        ScoreResult.Builder result = ScoreResult.builder()
                .instrumentId(instrument.id())
                .instrumentVersion(instrument.version())
                .scoringRuleVersion(instrument.scoringRuleVersion())
                .status(status(row));
        for (int c = 0; c < components; c++) {
            int value = values[index(row, c)];
            if (value != ABSENT) {
                BandTable table = kernel.componentBands[c];
                result.addComponent(ScoreComponent.builder()
                        .name(componentName(c))
                        .value(kernel.decimal(c, value))
                        .band(table == null ? Optional.empty() : table.scoreBandOf(value))
                        .build());
            }
        }
        for (int f = 0; f < kernel.flagCodes.length; f++) {
            if ((flags[row] & (1 << f)) != 0) {
                result.addFlag(kernel.flagCodes[f]);
            }
        }
        if (status[row] == INVALID) {
            result.addMessage(ScoreMessage.builder()
                    .code(issue(row).orElseThrow().code())
                    .item(kernel.itemKeys[issueItem[row]])
                    .text(invalidText(row))
                    .build());
        }
        for (String key : missingKeys(row)) {
            result.addMessage(ScoreMessage.builder()
                    .code(MeasureIssue.ANSWER_MISSING.code())
                    .item(key)
                    .text(ScoreMessages.missing(key))
                    .build());
        }
        return result.build();
    }

    private String invalidText(int row) {
        int item = issueItem[row];
        int value = issueValue[row];
        String key = kernel.itemKeys[item];
        return value == BatchScorer.NOT_AN_INTEGER
                ? ScoreMessages.notInteger(key)
                : ScoreMessages.outOfRange(key, String.valueOf(value), kernel.min[item], kernel.max[item]);
    }

    private List<String> missingKeys(int row) {
        List<String> keys = new ArrayList<>();
        long mask = missing[row];
        for (int i = 0; i < kernel.itemCount; i++) {
            if ((mask & (1L << i)) != 0) {
                keys.add(kernel.itemKeys[i]);
            }
        }
        return keys;
    }

    private int index(int row, int component) {
        if (component < 0 || component >= components) {
            throw new IndexOutOfBoundsException("component " + component + " of " + components);
        }
        return row * components + component;
    }
}
