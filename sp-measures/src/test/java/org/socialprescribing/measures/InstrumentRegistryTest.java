package org.socialprescribing.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.instruments.Gad7;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.ScoreStatus;

class InstrumentRegistryTest {

    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.standard();

    @Test
    void standard_holdsTheBuiltInInstruments() {
        assertThat(REGISTRY.instruments())
                .extracting(i -> i.id().value())
                .startsWith("ons4", "wemwbs", "swemwbs", "ucla3", "ons_loneliness", "phq9", "gad7", "pam");
    }

    @Test
    void standard_discoversProvidersThroughServiceLoader() {
        assertThat(REGISTRY.find(InstrumentId.of("test_scale"))).isPresent();
        assertThat(REGISTRY.scorer("test_scale")
                        .score(Answers.ofCodes("test_scale", 2, 2))
                        .status())
                .isEqualTo(ScoreStatus.SCORED);
    }

    @Test
    void scorer_ofARecordOnlyInstrument_saysWhy() {
        assertThatExceptionOfType(NotScorableException.class)
                .isThrownBy(() -> REGISTRY.scorer("pam"))
                .withMessageStartingWith("pam: is not scored by the SDK: the owner");
        assertThat(REGISTRY.get("pam").scoringRule()).isInstanceOf(RecordOnly.class);
        assertThat(REGISTRY.get("pam").collector()).isEqualTo(Collector.HEALTH_SYSTEM);
    }

    @Test
    void get_rejectsUnknownAndMalformedIds() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> REGISTRY.get("nope"))
                .withMessageContaining("is not a known instrument");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> REGISTRY.get("No Pe"));
    }

    @Test
    void of_rejectsDuplicateIds() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> InstrumentRegistry.of(List.of(Gad7.instrument(), Gad7.instrument())))
                .withMessageContaining("registered twice");
    }

    @Test
    void scorer_isCompiledOnce() {
        assertThat(REGISTRY.scorer("gad7")).isSameAs(REGISTRY.scorer("gad7"));
    }

    @Test
    void everyInstrument_hasLicenceCitationAndCollector() {
        for (Instrument instrument : REGISTRY.instruments()) {
            assertThat(instrument.citation()).isNotBlank();
            assertThat(instrument.licence().owner()).isNotBlank();
            assertThat(instrument.scoringRuleVersion()).isNotBlank();
        }
        assertThat(REGISTRY.get("wemwbs").licence().isItemTextBundlable()).isFalse();
        assertThat(REGISTRY.get("phq9").licence().isItemTextBundlable()).isTrue();
    }
}
