package org.socialprescribing.measures.instruments;

import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.Source;
import org.socialprescribing.model.measure.Collector;

/**
 * The ONS personal well-being questions (ONS4): life satisfaction, worthwhile, happiness and anxiety, each answered
 * 0..10 and reported separately with its own band; there is no total, because the ONS judged a composite "not
 * conceptually robust" [S: ONS FAQ]. Anxiety is banded in reverse (a high score is a bad outcome). A missing item
 * leaves the other three scored and the result incomplete.
 */
public final class Ons4 {

    /** The component (and item name) of item 1. */
    public static final String LIFE_SATISFACTION = "life_satisfaction";
    /** The component (and item name) of item 2. */
    public static final String WORTHWHILE = "worthwhile";
    /** The component (and item name) of item 3. */
    public static final String HAPPINESS = "happiness";
    /** The component (and item name) of item 4. */
    public static final String ANXIETY = "anxiety";

    /** ONS thresholds: ONS FOI response, "a set of annual UK SWB score distributions". */
    public static final Source THRESHOLDS =
            Source.verified("ONS personal well-being thresholds (ONS FOI response, annual UK SWB score distributions)");

    /** Bands for life satisfaction, worthwhile and happiness: 0-4 low, 5-6 medium, 7-8 high, 9-10 very high. */
    public static final BandTable POSITIVE_BANDS = BandTable.of(
            THRESHOLDS,
            Band.of("low", 0, 4),
            Band.of("medium", 5, 6),
            Band.of("high", 7, 8),
            Band.of("very_high", 9, 10));

    /** Bands for anxiety: 0-1 very low, 2-3 low, 4-5 medium, 6-10 high. */
    public static final BandTable ANXIETY_BANDS = BandTable.of(
            THRESHOLDS,
            Band.of("very_low", 0, 1),
            Band.of("low", 2, 3),
            Band.of("medium", 4, 5),
            Band.of("high", 6, 10));

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "ons4",
                    "ONS personal well-being questions (ONS4)",
                    Licence.builder()
                            .owner("Office for National Statistics (Crown copyright)")
                            .itemTextBundlable(false)
                            .url("https://analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/")
                            .terms(
                                    "Crown copyright; reuse terms for software are not yet confirmed, so no wording ships")
                            .build(),
                    "GSS / Analysis Function harmonised standard: personal well-being [V]",
                    Collector.LINK_WORKER)
            .addItems(
                    Item.of(1, "ons4_1", LIFE_SATISFACTION, 0, 10),
                    Item.of(2, "ons4_2", WORTHWHILE, 0, 10),
                    Item.of(3, "ons4_3", HAPPINESS, 0, 10),
                    Item.of(4, "ons4_4", ANXIETY, 0, 10))
            .scoringRule(SeparateItems.builder()
                    .putBand("ons4_1", POSITIVE_BANDS)
                    .putBand("ons4_2", POSITIVE_BANDS)
                    .putBand("ons4_3", POSITIVE_BANDS)
                    .putBand("ons4_4", ANXIETY_BANDS)
                    .build())
            .scoringRuleVersion("ons4-1")
            .build();

    private Ons4() {}

    /** @return the ONS4 instrument, never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }
}
