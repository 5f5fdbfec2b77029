package org.socialprescribing.measures.instruments;

import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.Collector;

/**
 * The UCLA 3-item loneliness scale (Hughes et al. 2004; recommended by the ONS [V]): 3 items answered 1..3 (hardly
 * ever or never, some of the time, often) [S], total 3..9, higher is lonelier [S]; nothing reversed. All three items
 * are needed.
 *
 * <p>There is no official cut-off, so none is shipped: {@link #withCutOff} builds a variant with a cut-off the caller
 * chooses and names the source of. The ONS direct loneliness question is a separate instrument ({@link
 * OnsLoneliness}) and is never added to this score.
 */
public final class Ucla3 {

    /** The band code of totals at or above the cut-off. */
    public static final String LONELY = "lonely";
    /** The band code of totals below the cut-off. */
    public static final String NOT_LONELY = "not_lonely";

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "ucla3",
                    "UCLA 3-item loneliness scale",
                    Licence.builder()
                            .owner("Hughes et al. 2004 (published scale)")
                            .itemTextBundlable(false)
                            .terms("Widely reproduced and recommended by the ONS [V]; reuse terms not confirmed,"
                                    + " so no wording ships")
                            .build(),
                    "Hughes et al. 2004, a short scale for measuring loneliness in large surveys [V]",
                    Collector.LINK_WORKER)
            .addAllItems(Definitions.numberedItems("ucla3", 3, 1, 3))
            .scoringRule(SummedScale.builder().build())
            .scoringRuleVersion("ucla3-1")
            .build();

    private Ucla3() {}

    /** @return the UCLA-3 instrument without a cut-off, never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }

    /**
     * UCLA-3 with a caller-chosen cut-off: totals from {@code lonelyFrom} to 9 are banded {@code lonely}, lower totals
     * {@code not_lonely}. The literature uses several conventions; the caller names the one it follows.
     *
     * @param lonelyFrom the lowest total counted as lonely, 4..9
     * @param source where the cut-off comes from, not null
     * @return the banded instrument (scoring-rule version {@code ucla3-1+cutoff-<n>}), never null
     * @throws InvalidValueException if the cut-off is outside 4..9
     */
    public static Instrument withCutOff(int lonelyFrom, Source source) {
        if (lonelyFrom < 4 || lonelyFrom > 9) {
            throw new InvalidValueException("lonelyFrom", String.valueOf(lonelyFrom), "must be within 4..9");
        }
        BandTable bands = BandTable.of(source, Band.of(NOT_LONELY, 3, lonelyFrom - 1), Band.of(LONELY, lonelyFrom, 9));
        return INSTRUMENT
                .withScoringRule(SummedScale.builder().bands(bands).build())
                .withScoringRuleVersion("ucla3-1+cutoff-" + lonelyFrom);
    }
}
