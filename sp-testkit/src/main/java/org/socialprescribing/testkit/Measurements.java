package org.socialprescribing.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Outcome measurements of the standard instruments that the SDK scores itself (PAM is scored only on its licensed
 * platform), each answer left out one time in ten, with the score that sp-measures gives for the answers or without a
 * score: never a score that contradicts the answers.
 */
final class Measurements {

    private static final List<Instrument> SCORED = InstrumentRegistry.standard().instruments().stream()
            .filter(instrument -> !instrument.id().value().equals("pam"))
            .collect(Collectors.toList());

    private Measurements() {}

    static Arbitrary<OutcomeMeasurement> outcomeMeasurements() {
        return Arbitraries.of(SCORED)
                .flatMap(instrument -> Combinators.combine(
                                answers(instrument),
                                Arbitraries.of(Timepoint.class),
                                Arbitraries.of(Collector.class),
                                Values.dates(),
                                Arbitraries.of(true, false))
                        .as((answers, timepoint, collector, date, scoreIt) -> OutcomeMeasurement.builder()
                                .instrumentId(instrument.id())
                                .instrumentVersion(instrument.version())
                                .timepoint(timepoint)
                                .collector(collector)
                                .date(date)
                                .putAllAnswers(answers)
                                .score(
                                        scoreIt
                                                ? Optional.of(
                                                        Scorer.of(instrument).score(Answers.ofText(answers)))
                                                : Optional.empty())
                                .build()));
    }

    private static Arbitrary<Map<String, String>> answers(Instrument instrument) {
        Arbitrary<Map<String, String>> answers = Arbitraries.just(Map.of());
        for (Item item : instrument.items()) {
            Arbitrary<Optional<String>> answer = Arbitraries.integers()
                    .between(item.minCode(), item.maxCode())
                    .map(String::valueOf)
                    .optional(0.9);
            answers = Combinators.combine(answers, answer).as((map, given) -> {
                Map<String, String> more = new LinkedHashMap<>(map);
                given.ifPresent(code -> more.put(item.key(), code));
                return more;
            });
        }
        return answers;
    }
}
