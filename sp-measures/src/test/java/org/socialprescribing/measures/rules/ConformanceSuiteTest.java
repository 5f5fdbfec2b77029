package org.socialprescribing.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * Runs the language-neutral conformance suite ({@code sp-measures/conformance}): each {@code <id>.in.csv} scored by
 * the SDK must give exactly {@code <id>.expected.csv}, which {@code conformance.py} computed from the published rule
 * documents alone.
 */
class ConformanceSuiteTest {

    private static final Path DIR = Path.of("conformance");

    static Stream<String> instruments() {
        return Stream.of("ons4", "wemwbs", "swemwbs", "ucla3", "ons_loneliness", "phq9", "gad7");
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void sdkScoresMatchTheSuite(String instrument) throws IOException {
        List<String> input = Files.readAllLines(DIR.resolve(instrument + ".in.csv"), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(DIR.resolve(instrument + ".expected.csv"), StandardCharsets.UTF_8);
        Scorer scorer = InstrumentRegistry.standard().scorer(instrument);
        String[] header = input.get(0).split(",", -1);
        String[] outHeader = expected.get(0).split(",", -1);
        assertThat(input).hasSize(expected.size());
        for (int r = 1; r < input.size(); r++) {
            String[] cells = input.get(r).split(",", -1);
            Map<String, String> answers = new LinkedHashMap<>();
            for (int c = 1; c < header.length; c++) {
                answers.put(header[c], cells[c]);
            }
            ScoreResult result = scorer.evaluate(Answers.ofText(answers));
            List<String> got = new ArrayList<>(List.of(cells[0], result.status().code()));
            for (int c = 2; c < outHeader.length - 1; c += 2) {
                String component = outHeader[c];
                got.add(result.component(component)
                        .map(s -> s.value().toPlainString())
                        .orElse(""));
                got.add(result.component(component)
                        .flatMap(ScoreComponent::band)
                        .map(b -> b.code())
                        .orElse(""));
            }
            got.add(String.join(";", result.flags()));
            assertThat(String.join(",", got))
                    .as(instrument + " line " + (r + 1))
                    .isEqualTo(expected.get(r));
        }
    }
}
