package org.socialprescribing.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialprescribing.model.InvalidValueException;

class InputLimitsTest {

    @Test
    void defaults_areTheDocumentedValues() {
        InputLimits defaults = InputLimits.defaults();
        assertThat(defaults.maxBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(defaults.maxDepth()).isEqualTo(128);
        assertThat(defaults.maxValues()).isEqualTo(1_000_000);
        assertThat(defaults.maxEntries()).isEqualTo(10_000);
        assertThat(defaults.maxStringLength()).isEqualTo(4 * 1024 * 1024);
        assertThat(defaults.maxNumberLength()).isEqualTo(100);
        assertThat(defaults.maxNumberExponent()).isEqualTo(1000);
        assertThat(defaults.maxLineLength()).isEqualTo(4 * 1024 * 1024);
        assertThat(defaults.maxValidatedResources()).isEqualTo(1000);
    }

    @Test
    void with_changesOneLimitOnly() {
        InputLimits limits =
                InputLimits.defaults().withMaxBytes(1024).withMaxDepth(16).with(InputLimit.ENTRIES, 5);
        assertThat(limits.maxBytes()).isEqualTo(1024);
        assertThat(limits.maxDepth()).isEqualTo(16);
        assertThat(limits.maxEntries()).isEqualTo(5);
        assertThat(limits.maxValues()).isEqualTo(InputLimit.VALUES.defaultValue());
        assertThat(limits)
                .isEqualTo(InputLimits.defaults()
                        .with(InputLimit.ENTRIES, 5)
                        .withMaxDepth(16)
                        .withMaxBytes(1024));
        assertThat(limits.hashCode())
                .isEqualTo(InputLimits.defaults()
                        .with(InputLimit.ENTRIES, 5)
                        .withMaxDepth(16)
                        .withMaxBytes(1024)
                        .hashCode());
        assertThat(limits).isNotEqualTo(InputLimits.defaults());
        assertThat(limits.toString()).contains("maxBytes=1024", "maxDepth=16", "maxEntries=5");
    }

    @ParameterizedTest
    @EnumSource(InputLimit.class)
    void with_rejectsValuesOutsideFloorAndCeiling(InputLimit limit) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> InputLimits.defaults().with(limit, limit.floor() - 1))
                .satisfies(e -> assertThat(e.field()).isEqualTo(limit.key()));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> InputLimits.defaults().with(limit, limit.ceiling() + 1));
        assertThat(InputLimits.defaults().with(limit, limit.ceiling()).get(limit))
                .isEqualTo(limit.ceiling());
        assertThat(InputLimits.defaults().with(limit, limit.floor()).get(limit)).isEqualTo(limit.floor());
        assertThat(limit.defaultValue()).isBetween(limit.floor(), limit.ceiling());
    }

    @ParameterizedTest
    @EnumSource(InputLimit.class)
    void everyLimit_hasAUniqueKeyAndARuleThatNamesIt(InputLimit limit) {
        assertThat(InputLimit.byKey(limit.key())).contains(limit);
        assertThat(limit.rule(42)).contains("42").endsWith("(limit " + limit.key() + ")");
        InputLimitException broken = InputLimits.defaults().broken(limit, "$.x");
        assertThat(broken.limit()).isEqualTo(limit);
        assertThat(broken.max()).isEqualTo(limit.defaultValue());
        assertThat(broken.getMessage()).startsWith("$.x: ").doesNotContain("Exception");
        assertThat(InputLimitException.find(new RuntimeException(new IllegalStateException(broken))))
                .contains(broken);
    }

    @Test
    void byKey_ofAnUnknownName_isEmpty() {
        assertThat(InputLimit.byKey("maxBananas")).isEmpty();
        assertThat(InputLimitException.find(new RuntimeException())).isEmpty();
        assertThat(InputLimitException.find(null)).isEmpty();
    }
}
