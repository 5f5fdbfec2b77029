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

    @Override
    void scoreRow(int[] data, int base, int stride, BatchScores out, int row) {
        long missing = 0;
        for (int i = 0; i < itemCount; i++) {
            int v = data[base + i * stride];
            if (v == BatchScorer.MISSING) {
                missing |= 1L << i;
            } else if (v < min[i] || v > max[i]) {
                out.invalid(row, i, v);
                return;
            }
        }
        if (missing == 0) {
            out.scored(row, 0);
        } else {
            out.incomplete(row, missing, 0);
        }
        for (int i = 0; i < itemCount; i++) {
            if ((missing & (1L << i)) == 0) {
                int v = data[base + i * stride];
                put(out, row, i, weights[i][v - min[i]]);
            }
        }
    }
}
