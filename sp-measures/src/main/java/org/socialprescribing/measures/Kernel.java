package org.socialprescribing.measures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compiled form of an instrument's scoring rule: flat arrays that score one row of answer codes without
 * allocating. One subclass per kind of {@link ScoringRule}; both APIs run the same kernel.
 */
abstract class Kernel {

    final Instrument instrument;
    final int itemCount;
    final String[] itemKeys;
    /** Item index by key, for the object API. */
    final Map<String, Integer> itemIndex;

    final int[] min;
    final int[] max;
    final boolean[] unchecked;
    final boolean[] scored;
    /** weights[item][code - min[item]]; empty for unchecked items. */
    final int[][] weights;

    final String[] componentNames;
    final int[] componentScales;
    final @Nullable BandTable[] componentBands;
    /** bandIndex[component][value - componentBands[component].min()], or null when the component is unbanded. */
    final int[] @Nullable [] bandIndex;

    final String[] flagCodes;

    Kernel(
            Instrument instrument,
            List<String> componentNames,
            int[] scales,
            @Nullable BandTable[] bands,
            List<String> flags) {
        this.instrument = instrument;
        List<Item> items = instrument.items();
        itemCount = items.size();
        itemKeys = new String[itemCount];
        min = new int[itemCount];
        max = new int[itemCount];
        unchecked = new boolean[itemCount];
        scored = new boolean[itemCount];
        weights = new int[itemCount][];
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < itemCount; i++) {
            Item item = items.get(i);
            itemKeys[i] = item.key();
            keys.put(item.key(), i);
            unchecked[i] = item.isUnchecked();
            scored[i] = item.isScored();
            // An unchecked item (PHQ-9 item 10) is recorded in any form: even a non-integer never invalidates.
            min[i] = item.isUnchecked() ? BatchScorer.NOT_AN_INTEGER : item.minCode();
            max[i] = item.isUnchecked() ? Integer.MAX_VALUE : item.maxCode();
            weights[i] = item.responseOptions().stream()
                    .mapToInt(ResponseOption::weight)
                    .toArray();
        }
        this.itemIndex = Map.copyOf(keys);
        this.componentNames = componentNames.toArray(new String[0]);
        this.componentScales = scales;
        this.componentBands = bands;
        this.bandIndex = new int[bands.length][];
        for (int c = 0; c < bands.length; c++) {
            BandTable table = bands[c];
            if (table != null) {
                int[] index = new int[table.max() - table.min() + 1];
                for (int b = 0; b < table.bands().size(); b++) {
                    Band band = table.bands().get(b);
                    for (int v = band.min(); v <= band.max(); v++) {
                        index[v - table.min()] = b;
                    }
                }
                bandIndex[c] = index;
            }
        }
        this.flagCodes = flags.toArray(new String[0]);
    }

    /**
     * Scores one row whose item {@code i} is at {@code data[base + i * stride]}, writing row {@code row} of {@code out}.
     * This is the reference path; the object API always takes it.
     */
    abstract void scoreRow(int[] data, int base, int stride, BatchScores out, int row);

    /**
     * Scores {@code rows} rows, row {@code r} starting at {@code r * rowStep}. Subclasses may specialise common cases;
     * the result must equal {@link #scoreRow} row by row (a property test compares them).
     */
    void scoreAll(int[] data, int rows, int rowStep, int stride, BatchScores out) {
        for (int row = 0; row < rows; row++) {
            scoreRow(data, row * rowStep, stride, out, row);
        }
    }

    /** @return true if answer code {@code v} (not {@link BatchScorer#MISSING}) is accepted by item {@code i} */
    final boolean accepts(int i, int v) {
        return v >= min[i] && v <= max[i];
    }

    final int componentCount() {
        return componentNames.length;
    }

    /** Writes a component's value and band, and returns nothing: the row's other fields are the caller's. */
    final void put(BatchScores out, int row, int component, int value) {
        int at = row * componentNames.length + component;
        out.values[at] = value;
        int[] index = bandIndex[component];
        BandTable table = componentBands[component];
        out.bands[at] = index == null || table == null ? BatchScores.NO_BAND : (byte) index[value - table.min()];
    }

    final BigDecimal decimal(int component, int unscaled) {
        return BigDecimal.valueOf(unscaled, componentScales[component]);
    }
}
