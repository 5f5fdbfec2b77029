package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.ImmutableInstrument;
import org.socialprescribing.measures.ImmutableLicence;
import org.socialprescribing.measures.ImmutableSeparateItems;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.star.StarArea;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.measures.star.StarStage;
import org.socialprescribing.model.measure.Collector;

/**
 * A licensee's star read as an instrument, so that {@code sp score star} streams through the same batch engine as
 * the questionnaires: each area is an item answered 1..scale and reported on its own (like ONS4), banded by the
 * star's journey-of-change stages. A skipped area leaves the row incomplete; a reading outside the scale makes it
 * invalid. The licence, citation and collector below only satisfy the instrument type; the command never shows them.
 */
final class StarInstrument {

    private StarInstrument() {}

    /**
     * Builds the instrument.
     *
     * @param star the star definition
     * @return the instrument: items keyed by area key, stage bands per area
     */
    static Instrument of(StarDefinition star) {
        Source source = Source.secondary(
                "stages of the licensee's star definition " + star.id() + " version " + star.version());
        List<Band> stages = new ArrayList<>();
        for (StarStage stage : star.stages()) {
            stages.add(Band.of(stage.code(), stage.min(), stage.max()));
        }
        BandTable bands = BandTable.of(source, stages.toArray(new Band[0]));
        ImmutableSeparateItems.Builder rule = ImmutableSeparateItems.builder();
        List<Item> items = new ArrayList<>();
        for (StarArea area : star.areas()) {
            items.add(Item.of(items.size() + 1, area.key(), area.key(), 1, star.scaleMax()));
            rule.putBand(area.key(), bands);
        }
        return ImmutableInstrument.builder()
                .id(star.id())
                .version(star.version())
                .title(star.title())
                .addAllItems(items)
                .scoringRule(rule.build())
                .scoringRuleVersion("star-" + star.id() + "-" + star.version())
                .licence(ImmutableLicence.builder()
                        .owner("the star's licensee")
                        .itemTextBundlable(false)
                        .terms("supplied by the licensee with the star definition")
                        .build())
                .citation("licensee-supplied star definition")
                .collector(Collector.LINK_WORKER)
                .build();
    }
}
