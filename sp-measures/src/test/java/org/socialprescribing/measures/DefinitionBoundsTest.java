package org.socialprescribing.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.measures.local.LocalInstruments;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.measures.star.StarDefinitions;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimits;

/**
 * Local and star definitions are checked in arithmetic that cannot overflow, against documented bounds, before
 * anything is allocated from them; star area keys may not take the names of the score output's own columns.
 */
class DefinitionBoundsTest {

    private static String local(long items, long min, long max) {
        return "{\"id\":\"kids_scale\",\"version\":\"1\",\"title\":\"t\",\"citation\":\"c\","
                + "\"collector\":\"community_provider\","
                + "\"licence\":{\"owner\":\"o\",\"itemTextBundlable\":false,\"terms\":\"t\"},"
                + "\"items\":" + items + ",\"responseRange\":{\"min\":" + min + ",\"max\":" + max + "},"
                + "\"missingItems\":\"all_required\"}";
    }

    private static String star(String firstKey, String stageMax) {
        return "{\"id\":\"demo_star\",\"version\":\"1\",\"title\":\"t\",\"scaleMax\":5,"
                + "\"areas\":[{\"key\":\"" + firstKey + "\",\"name\":\"A\"},{\"key\":\"area_b\",\"name\":\"B\"}],"
                + "\"stages\":[{\"code\":\"s1\",\"name\":\"S1\",\"min\":1,\"max\":" + stageMax + "},"
                + "{\"code\":\"s2\",\"name\":\"S2\",\"min\":2,\"max\":2},"
                + "{\"code\":\"s3\",\"name\":\"S3\",\"min\":3,\"max\":3},"
                + "{\"code\":\"s4\",\"name\":\"S4\",\"min\":4,\"max\":4},"
                + "{\"code\":\"s5\",\"name\":\"S5\",\"min\":5,\"max\":5}]}";
    }

    @ParameterizedTest
    @CsvSource({
        "64, -2147483648, -2147483646", // Math.abs(MIN_VALUE) is negative: passed the old check; 64 answers totalled
        // 128
        "1, -2147483648, 2147483647", // max - min overflowed to -1
        "1, 0, 2147483647", // would allocate 2^31 options
        "1, 1000001, 1000001",
        "1, 0, 1001",
    })
    void localRanges_beyondTheBounds_areRefusedWithoutOverflow(long items, long min, long max) {
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> LocalInstruments.parse(local(items, min, max)))
                .withMessageContaining("responseRange")
                .withMessageContaining("at most 1000 apart, both within -1000000..1000000");
    }

    @Test
    void localRanges_atTheBounds_giveExactTotals() {
        Instrument high = LocalInstruments.parse(local(64, 999_000, 1_000_000));
        assertThat(high.maxTotal()).isEqualTo(64_000_000);
        assertThat(high.minTotal()).isEqualTo(63_936_000);
        Instrument low = LocalInstruments.parse(local(64, -1_000_000, -999_000));
        assertThat(low.minTotal()).isEqualTo(-64_000_000);
        int[] lowest = new int[64];
        Arrays.fill(lowest, -1_000_000);
        assertThat(Scorer.of(low).score(Answers.ofCodes("kids_scale", lowest)).component("total"))
                .map(c -> c.value().intValueExact())
                .contains(-64_000_000);
    }

    @Property(tries = 300)
    void anyLocalRange_isRefusedOrGivesTotalsEqualToLongArithmetic(
            @ForAll @IntRange(min = -5, max = 80) int items, @ForAll("bound") int min, @ForAll("bound") int max) {
        Instrument instrument;
        try {
            instrument = LocalInstruments.parse(local(items, min, max));
        } catch (InvalidDefinitionException refused) {
            assertThat(refused.getMessage()).doesNotContain("Exception");
            return;
        }
        assertThat(instrument.minTotal()).isEqualTo((long) items * min);
        assertThat(instrument.maxTotal()).isEqualTo((long) items * max);
    }

    @Provide
    Arbitrary<Integer> bound() {
        return Arbitraries.oneOf(
                Arbitraries.integers(),
                Arbitraries.integers().between(-1_000_010, -999_990),
                Arbitraries.integers().between(999_990, 1_000_010),
                Arbitraries.integers().between(-5, 1005),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 2));
    }

    @ParameterizedTest
    @CsvSource({"-2147483648, -2147483646", "0, 2147483647", "-2147483648, 2147483647", "0, 1001", "-1000001, 0"})
    void itemOptions_beyondTheBounds_areRefusedBeforeAllocating(int min, int max) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Item.options("x_1", min, max, true))
                .withMessageContaining("at most 1001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "status", "message", "area_b_stage", "x_stage"})
    void starAreaKeys_thatNameAnOutputColumn_areRefused(String key) {
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> StarDefinitions.parse(star(key, "1")))
                .withMessageContaining("areas[0].key")
                .withMessageContaining("is reserved");
    }

    @Test
    void aStarWithOrdinaryKeys_isRead() {
        assertThat(StarDefinitions.parse(star("area_a", "1")).areas()).hasSize(2);
        assertThat(StarDefinition.RESERVED_KEYS).containsExactlyInAnyOrder("id", "status", "message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "6", "-2147483648", "1e999999999", "2147483648"})
    void starStages_beyondTheScale_areRefusedWithoutOverflow(String stageMax) {
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> StarDefinitions.parse(star("area_a", stageMax)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
    }

    @Test
    void aStarWithMoreAreasThanAnInstrumentHasItems_isRefused() {
        StringBuilder areas = new StringBuilder();
        for (int i = 0; i < StarDefinition.MAX_AREAS + 1; i++) {
            areas.append(i == 0 ? "" : ",").append("{\"key\":\"a").append(i).append("\",\"name\":\"A\"}");
        }
        String json = star("area_a", "1").replaceFirst("\"areas\":\\[[^\\]]*\\]", "\"areas\":[" + areas + "]");
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> StarDefinitions.parse(json))
                .withMessageContaining("at most 64 areas");
    }

    @ParameterizedTest
    @CsvSource({"BYTES, 50", "DEPTH, 1", "STRING_LENGTH, 3", "ENTRIES, 2", "VALUES, 10"})
    void definitions_areReadUnderTheInputLimits(InputLimit limit, long value) {
        InputLimits limits = InputLimits.defaults().with(limit, value);
        InputStream starJson = new ByteArrayInputStream(star("area_a", "1").getBytes(StandardCharsets.UTF_8));
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> StarDefinitions.read(starJson, limits))
                .withMessageContaining("(limit " + limit.key() + ")");
        InputStream localJson = new ByteArrayInputStream(local(5, 0, 4).getBytes(StandardCharsets.UTF_8));
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> LocalInstruments.read(localJson, limits))
                .withMessageContaining("(limit " + limit.key() + ")");
    }
}
