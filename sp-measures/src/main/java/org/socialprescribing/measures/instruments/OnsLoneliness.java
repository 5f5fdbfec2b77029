package org.socialprescribing.measures.instruments;

import java.util.List;
import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.Source;
import org.socialprescribing.model.measure.Collector;

/**
 * The ONS direct loneliness question ("How often do you feel lonely?") [V]: one categorical answer, reported on its
 * own and never added to the UCLA-3 score. The five answers are coded 1..5 in the order the ONS lists them (1 =
 * often/always ... 5 = never); the code is a position, not a score, and the result's band carries the category. The
 * instrument is {@linkplain Instrument#isCategorical() categorical}: change is reported as category distributions and
 * transitions, never as a mean or an effect size.
 */
public final class OnsLoneliness {

    /** The answer categories in the ONS's order; position {@code i} has code {@code i + 1}. */
    public static final List<String> CATEGORIES =
            List.of("often_always", "some_of_the_time", "occasionally", "hardly_ever", "never");

    /** The component (and item name) of the one item. */
    public static final String LONELINESS = "loneliness";

    private static final Source CATEGORIES_SOURCE =
            Source.verified("ONS direct loneliness question, answer categories in the ONS's order");

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "ons_loneliness",
                    "ONS direct loneliness question",
                    Licence.builder()
                            .owner("Office for National Statistics (Crown copyright)")
                            .itemTextBundlable(false)
                            .terms(
                                    "Crown copyright; reuse terms for software are not yet confirmed, so no wording ships")
                            .build(),
                    "ONS national measures of loneliness; the ONS gold standard asks this question with UCLA-3 [V]",
                    Collector.LINK_WORKER)
            .addItems(Item.builder()
                    .number(1)
                    .key("ons_loneliness_1")
                    .name(LONELINESS)
                    .addAllResponseOptions(options())
                    .build())
            .scoringRule(SeparateItems.builder()
                    .putBand("ons_loneliness_1", categoryBands())
                    .build())
            .scoringRuleVersion("ons_loneliness-1")
            .categorical(true)
            .build();

    private OnsLoneliness() {}

    /** @return the instrument, never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }

    private static List<ResponseOption> options() {
        ResponseOption[] options = new ResponseOption[CATEGORIES.size()];
        for (int i = 0; i < options.length; i++) {
            options[i] = ResponseOption.builder()
                    .code(i + 1)
                    .weight(i + 1)
                    .name(CATEGORIES.get(i))
                    .build();
        }
        return List.of(options);
    }

    private static BandTable categoryBands() {
        Band[] bands = new Band[CATEGORIES.size()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = Band.of(CATEGORIES.get(i), i + 1, i + 1);
        }
        return BandTable.of(CATEGORIES_SOURCE, bands);
    }
}
