package org.socialprescribing.measures;

import java.util.Collection;
import java.util.List;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;

/** An invented two-item scale, found through {@code META-INF/services} in the test class path. */
public final class TestInstrumentProvider implements InstrumentProvider {

    @Override
    public Collection<Instrument> instruments() {
        return List.of(Instrument.builder()
                .id(InstrumentId.of("test_scale"))
                .version("1")
                .title("Invented test scale")
                .addItems(
                        Item.of(1, "test_scale_1", "test_scale_1", 1, 3),
                        Item.of(2, "test_scale_2", "test_scale_2", 1, 3))
                .scoringRule(SummedScale.builder().build())
                .scoringRuleVersion("test-1")
                .licence(Licence.builder()
                        .owner("Nobody (invented for tests)")
                        .itemTextBundlable(true)
                        .terms("none")
                        .build())
                .citation("Invented for tests")
                .collector(Collector.COMMUNITY_PROVIDER)
                .build());
    }
}
