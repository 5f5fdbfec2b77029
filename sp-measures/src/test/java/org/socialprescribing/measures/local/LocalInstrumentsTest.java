package org.socialprescribing.measures.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.InvalidDefinitionException;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/** Uses an invented five-item scale (answers 0..4, items 2 and 4 reverse-scored, invented bands). */
class LocalInstrumentsTest {

    private static final String JSON = json();
    private static final Instrument SCALE = LocalInstruments.parse(JSON);
    private static final Scorer SCORER = Scorer.of(SCALE);

    private static String json() {
        try (InputStream in = LocalInstrumentsTest.class.getResourceAsStream("invented-scale.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void parse_buildsAnInstrument() {
        assertThat(SCALE.id().value()).isEqualTo("invented_scale");
        assertThat(SCALE.items())
                .extracting(i -> i.key())
                .containsExactly(
                        "invented_scale_1",
                        "invented_scale_2",
                        "invented_scale_3",
                        "invented_scale_4",
                        "invented_scale_5");
        assertThat(SCALE.collector()).isEqualTo(Collector.COMMUNITY_PROVIDER);
        assertThat(SCALE.scoringRuleVersion()).isEqualTo("local-invented_scale-2");
        assertThat(SCALE.minTotal()).isZero();
        assertThat(SCALE.maxTotal()).isEqualTo(20);
    }

    // Worked by hand: answers 4, 1, 2, 0, 3 with items 2 and 4 reversed (weight = 0 + 4 - answer):
    // 4 + 3 + 2 + 4 + 3 = 16, in the invented band "high" (14..20).
    @Test
    void score_reverseScoresAndBands() {
        ScoreResult result = SCORER.score(Answers.ofCodes("invented_scale", 4, 1, 2, 0, 3));

        ScoreComponent total = result.component("total").orElseThrow();
        assertThat(total.intValue()).isEqualTo(16);
        assertThat(total.band()).hasValueSatisfying(b -> {
            assertThat(b.code()).isEqualTo("high");
            assertThat(b.source()).isEqualTo("Invented bands for tests [S]");
        });
    }

    @Test
    void score_neverProrates() {
        assertThat(SCORER.score(Answers.ofCodes("invented_scale", 4, 1, 2, 0)).status())
                .isEqualTo(ScoreStatus.INCOMPLETE);
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> SCORER.score(Answers.ofCodes("invented_scale", 4, 1, 2, 0, 5)))
                .withMessage("invented_scale_5: 5 is outside 0..4");
    }

    @Test
    void batch_scoresLocalInstrumentsWithTheSameEngine() {
        var batch = SCORER.batch();
        var out = batch.newScores(1);
        batch.scoreRows(new int[] {4, 1, 2, 0, 3}, 1, out);
        assertThat(out.unscaledValue(0, 0)).isEqualTo(16);
        assertThat(out.bandCode(0, 0)).contains("high");
    }

    @Test
    void registry_acceptsLocalInstruments() {
        InstrumentRegistry registry = InstrumentRegistry.standard().withInstruments(List.of(SCALE));
        assertThat(registry.scorer("invented_scale")
                        .score(Answers.ofCodes("invented_scale", 0, 4, 0, 4, 0))
                        .component("total")
                        .orElseThrow()
                        .intValue())
                .isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"missingItems\": \"all_required\"|\"missingItems\": \"prorate\"|missingItems",
                "\"reverseScored\": [2, 4]|\"reverseScored\": [2, 6]|reverseScored[1]",
                "\"reverseScored\": [2, 4]|\"reverseScored\": [2, 2]|reverseScored[1]",
                "\"items\": 5|\"items\": 65|items",
                "\"items\": 5|\"items\": \"5\"|items",
                "\"collector\": \"community_provider\"|\"collector\": \"gp\"|collector",
                "\"min\": 0, \"max\": 4 }|\"min\": 4, \"max\": 0 }|responseRange",
                "\"max\": 13|\"max\": 12|bands",
                "\"max\": 20|\"max\": 21|bands",
                "\"evidence\": \"secondary\"|\"evidence\": \"unverified\"|bands.evidence",
                "\"itemTextBundlable\": true|\"itemTextBundlable\": \"yes\"|licence.itemTextBundlable",
                "\"version\": \"2\"|\"version\": \"2\", \"prorate\": true|prorate",
                "\"id\": \"invented_scale\"|\"id\": \"Invented\"|id"
            })
    void parse_rejectsBrokenDefinitionsNamingThePath(String find, String replace, String path) {
        assertThat(JSON).contains(find);
        String broken = JSON.replace(find, replace);

        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> LocalInstruments.parse(broken))
                .satisfies(e -> assertThat(e.report().errors())
                        .anySatisfy(i -> assertThat(i.path()).isEqualTo(path)));
        assertThat(LocalInstruments.validate(broken).isValid()).isFalse();
    }

    @Test
    void parse_withoutBands_reportsNoBand() {
        String unbanded = JSON.substring(0, JSON.indexOf(",\n  \"bands\"")) + "\n}";
        ScoreResult result =
                Scorer.of(LocalInstruments.parse(unbanded)).score(Answers.ofCodes("invented_scale", 1, 1, 1, 1, 1));
        assertThat(result.component("total").orElseThrow().band()).isEmpty();
        assertThat(LocalInstruments.validate(JSON).isValid()).isTrue();
    }

    @Property(tries = 300)
    void parse_givesOnlyTheDocumentedErrorForAnyText(@ForAll String text) {
        try {
            LocalInstruments.parse(text);
        } catch (InvalidDefinitionException expected) {
            assertThat(expected.report().isValid()).isFalse();
        }
    }

    @Property(tries = 300)
    void parse_givesOnlyTheDocumentedErrorForMangledDefinitions(
            @ForAll @IntRange(min = 0, max = 1200) int at, @ForAll char inserted) {
        String mangled = JSON.substring(0, Math.min(at, JSON.length()))
                + inserted
                + JSON.substring(Math.min(at + 1, JSON.length()));
        try {
            assertThat(LocalInstruments.parse(mangled).items()).isNotEmpty();
        } catch (InvalidDefinitionException expected) {
            assertThat(expected.report().isValid()).isFalse();
        }
    }
}
