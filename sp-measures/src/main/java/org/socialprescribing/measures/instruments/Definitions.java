package org.socialprescribing.measures.instruments;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;

/** Shared building steps of the built-in instruments. */
final class Definitions {

    private Definitions() {}

    /** Items {@code <id>_1..<id>_count}, each accepting {@code min..max}, named by their key. */
    static List<Item> numberedItems(String id, int count, int min, int max) {
        List<Item> items = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            items.add(Item.of(n, id + "_" + n, id + "_" + n, min, max));
        }
        return items;
    }

    /** An instrument builder with the identity, licence, citation and collector filled in. */
    static Instrument.Builder instrument(
            String id, String title, Licence licence, String citation, Collector collector) {
        return Instrument.builder()
                .id(InstrumentId.of(id))
                .version("1")
                .title(title)
                .licence(licence)
                .citation(citation)
                .collector(collector);
    }

    /** The licence of the PHQ screeners (PHQ-9, GAD-7): public domain, text may be bundled. */
    static Licence pfizerPublicDomain() {
        return Licence.builder()
                .owner("Pfizer (developed with an educational grant; public domain) [V]")
                .itemTextBundlable(true)
                .url("https://www.phqscreeners.com/")
                .terms("No permission is required to reproduce, translate, display or distribute [V]")
                .build();
    }
}
