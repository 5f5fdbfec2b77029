package org.socialprescribing.measures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Scores a {@link SummedScale}: the total, its optional conversion and bands, and item flags. */
final class SummedKernel extends Kernel {

    private final int minTotal;
    /** Converted values (unscaled) by {@code total - minTotal}, or null without a conversion. */
    private final int @Nullable [] converted;

    private final int[] flagItems;
    private final int[] flagAbove;

    /**
     * True when every item is scored, accepts one range {@code lo..hi} and weighs its own code (WEMWBS, SWEMWBS,
     * GAD-7, UCLA-3): the common case gets a loop without per-item lookups.
     */
    private final boolean plain;

    private final int lo;
    private final int hi;

    private SummedKernel(Instrument instrument, SummedScale rule, List<String> names, int[] scales, BandTable[] bands) {
        super(instrument, names, scales, bands, codes(rule));
        this.minTotal = instrument.minTotal();
        this.converted = rule.conversion()
                .map(table -> table.values().stream()
                        .map(BigDecimal::unscaledValue)
                        .mapToInt(BigInteger::intValueExact)
                        .toArray())
                .orElse(null);
        this.flagItems = rule.flags().stream().mapToInt(f -> f.itemNumber() - 1).toArray();
        this.flagAbove = rule.flags().stream().mapToInt(ItemFlag::above).toArray();
        List<Item> items = instrument.items();
        this.lo = items.get(0).minCode();
        this.hi = items.get(0).maxCode();
        this.plain = items.stream()
                .allMatch(item -> item.isScored()
                        && item.minCode() == lo
                        && item.maxCode() == hi
                        && item.responseOptions().stream().allMatch(o -> o.weight() == o.code()));
    }

    static SummedKernel of(Instrument instrument, SummedScale rule) {
        List<String> names = new ArrayList<>(List.of(rule.totalName()));
        List<Integer> scales = new ArrayList<>(List.of(0));
        List<@Nullable BandTable> bands = new ArrayList<>();
        bands.add(rule.bands().orElse(null));
        rule.conversion().ifPresent(table -> {
            names.add(table.name());
            scales.add(table.scale());
            bands.add(null);
        });
        return new SummedKernel(
                instrument,
                rule,
                names,
                scales.stream().mapToInt(Integer::intValue).toArray(),
                bands.toArray(new BandTable[0]));
    }

    private static List<String> codes(SummedScale rule) {
        List<String> codes = new ArrayList<>();
        rule.flags().forEach(flag -> codes.add(flag.code()));
        return codes;
    }

    @Override
    void scoreRow(int[] data, int base, int stride, BatchScores out, int row) {
        int sum = 0;
        long missing = 0;
        for (int i = 0; i < itemCount; i++) {
            int v = data[base + i * stride];
            if (v == BatchScorer.MISSING) {
                if (scored[i]) {
                    missing |= 1L << i;
                }
            } else if (v < min[i] || v > max[i]) {
                out.invalid(row, i, v, flags(data, base, stride));
                return;
            } else if (scored[i]) {
                sum += weights[i][v - min[i]];
            }
        }
        finish(data, base, stride, out, row, sum, missing);
    }

    /**
     * The flags a row raises: each depends on its own item alone, so it is raised whenever that item holds a valid
     * answer above the flag's code, whatever the other items hold (missing or invalid).
     */
    private int flags(int[] data, int base, int stride) {
        int flags = 0;
        for (int f = 0; f < flagItems.length; f++) {
            int item = flagItems[f];
            int v = data[base + item * stride];
            if (v != BatchScorer.MISSING && accepts(item, v) && v > flagAbove[f]) {
                flags |= 1 << f;
            }
        }
        return flags;
    }

    private void finish(int[] data, int base, int stride, BatchScores out, int row, int sum, long missing) {
        int flags = flags(data, base, stride);
        if (missing != 0) {
            out.incomplete(row, missing, flags);
            return;
        }
        out.scored(row, flags);
        put(out, row, 0, sum);
        if (converted != null) {
            put(out, row, 1, converted[sum - minTotal]);
        }
    }

    /**
     * Plain scales get a tight loop of their own; rows that are incomplete or need flags, bands or a conversion
     * finish through the general path.
     */
    @Override
    void scoreAll(int[] data, int rows, int rowStep, int stride, BatchScores out) {
        if (!plain) {
            super.scoreAll(data, rows, rowStep, stride, out);
            return;
        }
        int items = itemCount;
        int low = lo;
        int high = hi;
        int components = componentCount();
        byte[] status = out.status;
        long[] absent = out.missing;
        int[] flags = out.flags;
        int[] values = out.values;
        for (int row = 0, base = 0; row < rows; row++, base += rowStep) {
            int sum = 0;
            long missing = 0;
            int bad = -1;
            for (int i = 0, at = base; i < items; i++, at += stride) {
                int v = data[at];
                if (v == BatchScorer.MISSING) {
                    missing |= 1L << i;
                } else if (v < low || v > high) {
                    bad = i;
                    break;
                } else {
                    sum += v;
                }
            }
            if (bad >= 0) {
                out.invalid(row, bad, data[base + bad * stride], flags(data, base, stride));
            } else if (missing != 0 || flagItems.length != 0 || components != 1 || bandIndex[0] != null) {
                finish(data, base, stride, out, row, sum, missing);
            } else {
                status[row] = BatchScores.SCORED;
                absent[row] = 0;
                flags[row] = 0;
                values[row] = sum;
            }
        }
    }
}
