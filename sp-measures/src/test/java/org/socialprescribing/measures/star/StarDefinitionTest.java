package org.socialprescribing.measures.star;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.measures.InvalidDefinitionException;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ValidationReport;

/** Uses an invented demonstration star ("Area A", "Stage 1"); no Triangle text. */
class StarDefinitionTest {

    private static final String DEMO = demoJson();
    private static final StarDefinition STAR = StarDefinitions.parse(DEMO);

    private static String demoJson() {
        try (InputStream in = StarDefinitionTest.class.getResourceAsStream("demo-star.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void parse_readsTheDemonstrationStar() {
        assertThat(STAR.id().value()).isEqualTo("demo_star");
        assertThat(STAR.scaleMax()).isEqualTo(10);
        assertThat(STAR.areas())
                .extracting(StarArea::name)
                .containsExactly("Area A", "Area B", "Area C", "Area D", "Area E");
        assertThat(STAR.stages()).hasSize(5);
        try (InputStream in = getClass().getResourceAsStream("demo-star.json")) {
            assertThat(StarDefinitions.read(in)).isEqualTo(STAR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, stage_1",
        "3, stage_1",
        "4, stage_2",
        "5, stage_2",
        "6, stage_3",
        "7, stage_3",
        "8, stage_4",
        "9, stage_4",
        "10, stage_5"
    })
    void stageOf_findsTheStageOfEveryReading(int reading, String stage) {
        assertThat(STAR.stageOf(reading).code()).isEqualTo(stage);
    }

    @Test
    void stageOf_rejectsReadingsOffTheScale() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> STAR.stageOf(0));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> STAR.stageOf(11));
    }

    @Test
    void progress_givesDistanceTravelledPerArea() {
        // Area A 2 -> 5 (+3), Area B 6 -> 6 (0), Area C 8 -> 7 (-1), Area D 1 -> 4 (+3), Area E read only once.
        StarReading first = STAR.reading(
                LocalDate.of(2026, 1, 10), Map.of("area_a", 2, "area_b", 6, "area_c", 8, "area_d", 1, "area_e", 5));
        StarReading latest =
                STAR.reading(LocalDate.of(2026, 7, 10), Map.of("area_a", 5, "area_b", 6, "area_c", 7, "area_d", 4));

        StarProgress progress = STAR.progress(first, latest);

        assertThat(progress.areas())
                .extracting(a -> a.area() + ":" + a.distance() + ":" + a.firstStage() + ">" + a.latestStage())
                .containsExactly(
                        "area_a:3:stage_1>stage_2",
                        "area_b:0:stage_3>stage_3",
                        "area_c:-1:stage_4>stage_3",
                        "area_d:3:stage_1>stage_2");
        assertThat(progress.areasMovedForward()).isEqualTo(2);
        assertThat(progress.shareMovedForward()).hasValue(0.5);
        assertThat(progress.movedForwardInAnyArea()).isTrue();
    }

    @Test
    void progress_withNoAreaReadTwice_hasNoShare() {
        StarProgress progress = STAR.progress(
                STAR.reading(LocalDate.of(2026, 1, 1), Map.of("area_a", 2)),
                STAR.reading(LocalDate.of(2026, 2, 1), Map.of("area_b", 2)));
        assertThat(progress.shareMovedForward()).isEmpty();
        assertThat(progress.movedForwardInAnyArea()).isFalse();
    }

    @Test
    void reading_rejectsUnknownAreasAndOffScaleValues() {
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> STAR.reading(LocalDate.of(2026, 1, 1), Map.of("area_a", 11)))
                .withMessage("area_a: 11 is outside 1..10");
        Map<String, Integer> values = new HashMap<>();
        values.put("area_z", 3);
        values.put(null, 3);
        values.put("area_b", null);
        ValidationReport report = STAR.validateReading(values);
        assertThat(report.errors()).hasSize(3);
        assertThat(report.contains(MeasureIssue.ANSWER_UNKNOWN_ITEM)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"scaleMax\": 10|\"scaleMax\": 7|scaleMax",
                "\"min\": 4, \"max\": 5|\"min\": 5, \"max\": 5|stages[1].min",
                "\"min\": 10, \"max\": 10|\"min\": 10, \"max\": 11|stages[4].max",
                "\"code\": \"stage_2\"|\"code\": \"stage_1\"|stages[1].code",
                "\"key\": \"area_b\"|\"key\": \"area_a\"|areas[1].key",
                "\"key\": \"area_c\"|\"key\": \"Area C\"|areas[2].key",
                "\"version\": \"1\"|\"version\": 1|version",
                "\"title\"|\"name\"|name",
                "\"id\": \"demo_star\"|\"id\": \"Demo Star\"|id",
                "{ \"code\": \"stage_5\", \"name\": \"Stage 5\", \"min\": 10, \"max\": 10 }|7|stages[4]"
            })
    void parse_rejectsBrokenDefinitionsNamingThePath(String find, String replace, String path) {
        assertThat(DEMO).contains(find);
        String broken = DEMO.replace(find, replace);

        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> StarDefinitions.parse(broken))
                .satisfies(e -> assertThat(e.report().errors())
                        .anySatisfy(i -> assertThat(i.path()).isEqualTo(path)));
        assertThat(StarDefinitions.validate(broken).isValid()).isFalse();
    }

    @Test
    void parse_needsExactlyFiveStages() {
        String fourStages = DEMO.replace(
                        ",\n    { \"code\": \"stage_5\", \"name\": \"Stage 5\", \"min\": 10, \"max\": 10 }", "")
                .replace("\"min\": 8, \"max\": 9", "\"min\": 8, \"max\": 10");
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> StarDefinitions.parse(fourStages))
                .withMessage("stages: a journey of change has exactly 5 stages, found 4");
    }

    @Test
    void parse_rejectsTextThatIsNotAJsonObject() {
        assertThat(StarDefinitions.validate("[1, 2]").issues())
                .singleElement()
                .satisfies(i -> assertThat(i.code()).isEqualTo(MeasureIssue.DEFINITION_UNREADABLE));
        assertThat(StarDefinitions.validate("{\"id\": ").isValid()).isFalse();
        assertThat(StarDefinitions.validate("{\"id\": \"a\", \"id\": \"b\"}").isValid())
                .isFalse();
        assertThat(StarDefinitions.validate(DEMO).isValid()).isTrue();
    }

    @Test
    void builder_enforcesTheSameRules() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> STAR.withScaleMax(5))
                .withMessageContaining("stages[")
                .withMessageContaining(".max");
    }

    @Property(tries = 300)
    void parse_givesOnlyTheDocumentedErrorForAnyText(@ForAll String text) {
        try {
            StarDefinitions.parse(text);
        } catch (InvalidDefinitionException expected) {
            assertThat(expected.report().isValid()).isFalse();
        }
    }

    @Property(tries = 300)
    void parse_givesOnlyTheDocumentedErrorForMangledDefinitions(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2000) int at, @ForAll char inserted) {
        String mangled = DEMO.substring(0, Math.min(at, DEMO.length()))
                + inserted
                + DEMO.substring(Math.min(at + 1, DEMO.length()));
        try {
            assertThat(StarDefinitions.parse(mangled).stages()).hasSize(5);
        } catch (InvalidDefinitionException expected) {
            assertThat(expected.report().isValid()).isFalse();
        }
    }
}
