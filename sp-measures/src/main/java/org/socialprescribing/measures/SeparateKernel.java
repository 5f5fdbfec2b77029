package org.socialprescribing.measures;

import java.util.List;
import java.util.stream.Collectors;

/** Scores {@link SeparateItems}: one component per item, each with its own bands; never a total. */
final class SeparateKernel extends Kernel {

    private SeparateKernel(Instrument instrument, List<String> names, BandTable[] bands) {
        super(instrument, names, new int[names.size()], bands, List.of());
    }

    static SeparateKernel of(Instrument instrument, SeparateItems rule) {
        List<Item> items = instrument.items();
        BandTable[] bands =
                items.stream().map(item -> rule.bands().get(item.key())).toArray(BandTable[]::new);
        return new SeparateKernel(instrument, items.stream().map(Item::name).collect(Collectors.toList()), bands);
    }

    /**
     * Each item is a score of its own, so a valid item is reported even when another item is missing or invalid (the
     * row is then incomplete or invalid, and its message names the first problem).
     */
    @Override
    void scoreRow(int[] data, int base, int stride, BatchScores out, int row) {
        long missing = 0;
        int bad = -1;
        for (int i = 0; i < itemCount; i++) {
            int v = data[base + i * stride];
            if (v == BatchScorer.MISSING) {
                missing |= 1L << i;
            } else if (bad < 0 && !accepts(i, v)) {
                bad = i;
            }
        }
        if (bad >= 0) {
            out.invalid(row, bad, data[base + bad * stride], 0);
        } else if (missing == 0) {
            out.scored(row, 0);
        } else {
            out.incomplete(row, missing, 0);
        }
        for (int i = 0; i < itemCount; i++) {
            int v = data[base + i * stride];
            if (v != BatchScorer.MISSING && accepts(i, v)) {
                put(out, row, i, weights[i][v - min[i]]);
            }
        }
    }
}
