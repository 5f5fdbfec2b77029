package org.socialprescribing.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.episode.EpisodeFixtures;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/** SDK JSON under the input limits, and dates and times that are never wrapped. */
class SpJsonLimitsTest {

    private static final String JSON = SpJson.write(EpisodeFixtures.episode());
    private static final String REFERRED_AT = referredAt();

    private static String referredAt() {
        Matcher m = Pattern.compile("\"referredAt\":\"[^\"]*\"").matcher(JSON);
        if (!m.find()) {
            throw new AssertionError("the fixture has no referredAt");
        }
        return m.group();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1e999999999                     | (limit maxNumberExponent)",
                "-1e999999999                    | (limit maxNumberExponent)",
                "1e99                            | wrong JSON type for Instant",
                "0                               | wrong JSON type for Instant",
                "[2025,3,3]                      | wrong JSON type for Instant",
                "\"+1000000000-01-01T00:00:00Z\" | must lie within the years 0001 to 9999",
                "\"-0001-12-31T00:00:00Z\"       | must lie within the years 0001 to 9999",
                "\"+10000-01-01T00:00:00Z\"      | must lie within the years 0001 to 9999",
            })
    void instants_areIsoStringsInTheYears1To9999_neverWrapped(String value, String rule) {
        String json = JSON.replace(REFERRED_AT, "\"referredAt\":" + value);
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parseEpisode(json))
                .satisfies(e -> assertThat(e.field()).isEqualTo("$.referral.referredAt"))
                .withMessageContaining(rule);
    }

    @Test
    void instantsAtTheEndsOfTheRange_areRead() {
        for (String instant : new String[] {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"}) {
            SocialPrescribingEpisode read =
                    SpJson.parseEpisode(JSON.replace(REFERRED_AT, "\"referredAt\":\"" + instant + "\""));
            assertThat(read.referral().referredAt()).map(Object::toString).contains(instant);
        }
    }

    @ParameterizedTest
    @CsvSource({"1e999999999", "19000", "\"+999999-01-01\"", "\"0000-12-31\""})
    void dates_areIsoStringsInTheYears1To9999(String value) {
        String json = JSON.replaceFirst("\"birthDate\":\"[0-9-]*\"", "\"birthDate\":" + value.replace("\"\"", "\""));
        assertThat(json.contains("\"birthDate\":" + value)).isTrue(); // (the JSON itself is never printed)
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parseEpisode(json))
                .satisfies(e -> assertThat(e.field()).isEqualTo("$.person.birthDate"));
    }

    @Test
    void aHugeNumberAnywhere_isRefusedBeforeItCostsAnything() {
        String json = JSON.replaceFirst("\\{", "{\"x\":1e999999999,");
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parseEpisode(json))
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(InputLimitException.class))
                .withMessage(
                        "$.x: holds a number beyond 1e1000 in magnitude (or below 1e-1000) (limit maxNumberExponent)");
    }

    @ParameterizedTest
    @CsvSource({"BYTES, 100", "DEPTH, 2", "VALUES, 20", "ENTRIES, 3", "STRING_LENGTH, 3"})
    void everyLimit_givesAnInvalidJsonExceptionNamingIt(InputLimit limit, long value) {
        InputLimits limits = InputLimits.defaults().with(limit, value);
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parse(JSON, SocialPrescribingEpisode.class, limits))
                .withMessageContaining("(limit " + limit.key() + ")");
        InputStream stream = new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8));
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.read(stream, SocialPrescribingEpisode.class, limits))
                .withMessageContaining("(limit " + limit.key() + ")");
    }

    @Test
    void aStream_isReadAsText() {
        InputStream stream = new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(SpJson.read(stream, SocialPrescribingEpisode.class, InputLimits.defaults()))
                .isEqualTo(EpisodeFixtures.episode());
    }

    @Property(tries = 200)
    void hostileDocuments_giveOnlyInvalidJson(@ForAll("hostile") String json) {
        InputLimits small = InputLimits.defaults().withMaxBytes(50_000).with(InputLimit.VALUES, 2_000);
        try {
            SpJson.parse(json, SocialPrescribingEpisode.class, small);
        } catch (InvalidJsonException e) {
            assertThat(e.getMessage()).doesNotContain("Exception", "StreamReadConstraints");
        }
    }

    /** Structurally valid JSON built to hurt: deep, wide, long, huge numbers, in place of real values. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> attack = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 400).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers().between(1, 20_000).map(n -> "[" + "0,".repeat(n) + "0]"),
                Arbitraries.integers().between(1, 60_000).map(n -> "\"" + "a".repeat(n) + "\""),
                Arbitraries.integers().between(-999_999_999, 999_999_999).map(e -> "1e" + e),
                Arbitraries.integers().between(1, 300).map(n -> "9".repeat(n)),
                Arbitraries.of("\"+1000000000-01-01T00:00:00Z\"", "1e999999999", "-1e999999999", "null", "{}"));
        Arbitrary<String> key = Arbitraries.of("referredAt", "birthDate", "episodeId", "decile", "x", "person");
        return key.flatMap(k -> attack.map(v -> JSON.replaceFirst("\"" + k + "\":", "\"" + k + "\":" + v + ",\"y\":")));
    }
}
