package org.socialprescribing.measures.instruments;

import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.measure.Collector;

/**
 * The Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS): 14 items answered 1..5 (1 = none of the time ... 5 = all of
 * the time), none reverse-scored, total 14..70 [V: Warwick "Collect, score, analyse and interpret"; Tennant et al.
 * 2007]. No score unless all 14 items are answered.
 *
 * <p>Warwick says WEMWBS "is not designed as a screening instrument" and "does not provide a cut point" [V], so the
 * default instrument reports no band. {@link #withInterpretationBands()} opts in to the commonly quoted bands, which
 * come from a secondary source [S].
 *
 * <p>Licence: the SDK ships the scoring arithmetic only. The item wording may not be shared publicly; vendors need a
 * licence from Warwick and supply the wording through {@link org.socialprescribing.measures.ItemText}.
 */
public final class Wemwbs {

    /** The band source: a page quoting Warwick, not endorsed by the owner. */
    public static final Source BANDS_SOURCE = Source.secondary(
            "WEMWBS interpretation bands as quoted from Warwick by a secondary page; not a screening cut-off"
                    + " (Warwick: \"does not provide a cut point\")");

    /** Opt-in bands: 14-40 probable depression, 41-44 possible depression, 45-59 average, 60-70 high [S]. */
    public static final BandTable INTERPRETATION_BANDS = BandTable.of(
            BANDS_SOURCE,
            Band.of("probable_depression", 14, 40),
            Band.of("possible_depression", 41, 44),
            Band.of("average", 45, 59),
            Band.of("high", 60, 70));

    static final Licence LICENCE = Licence.builder()
            .owner("NHS Health Scotland, University of Warwick and University of Edinburgh [V]")
            .itemTextBundlable(false)
            .url("https://warwick.ac.uk/services/innovations/wemwbs/licenses/")
            .terms("Item wording may not be shared publicly; non-commercial and paid commercial licences from"
                    + " Warwick Innovations [S]; wording, response categories and layout may not be changed [V]")
            .build();

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "wemwbs",
                    "Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS)",
                    LICENCE,
                    "Tennant et al. 2007 (WEMWBS development and validation) [V]",
                    Collector.LINK_WORKER)
            .addAllItems(Definitions.numberedItems("wemwbs", 14, 1, 5))
            .scoringRule(SummedScale.builder().build())
            .scoringRuleVersion("wemwbs-1")
            .build();

    private static final Instrument WITH_BANDS = INSTRUMENT
            .withScoringRule(SummedScale.builder().bands(INTERPRETATION_BANDS).build())
            .withScoringRuleVersion("wemwbs-1+bands-s1");

    private Wemwbs() {}

    /** @return WEMWBS without bands (the owner's position), never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }

    /**
     * WEMWBS with the commonly quoted interpretation bands, labelled [S]. Its scoring-rule version differs from the
     * unbanded instrument's, so stored scores show which was used.
     *
     * @return WEMWBS with opt-in bands, never null
     */
    public static Instrument withInterpretationBands() {
        return WITH_BANDS;
    }
}
