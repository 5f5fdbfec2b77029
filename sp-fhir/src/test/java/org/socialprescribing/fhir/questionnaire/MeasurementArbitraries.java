package org.socialprescribing.fhir.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.instruments.Pam;
import org.socialprescribing.measures.instruments.Ucla3;
import org.socialprescribing.measures.instruments.Wemwbs;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.Timepoint;

/** Random valid outcome measurements of every instrument the fixtures know, scored or not, for round trips. */
final class MeasurementArbitraries {

    /** The fixtures' registry plus the demonstration star. */
    static final Catalogue CATALOGUE =
            Catalogue.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);

    /** Opt-in variants that keep their instrument's id, so their scores belong to measurements of it. */
    private static final List<Instrument> VARIANTS = List.of(
            Wemwbs.withInterpretationBands(), Ucla3.withCutOff(6, Source.secondary("A cut-off invented for tests")));

    private MeasurementArbitraries() {}

    static Arbitrary<OutcomeMeasurement> measurements() {
        return Arbitraries.of(CATALOGUE.all()).flatMap(MeasurementArbitraries::measurements);
    }

    static Arbitrary<OutcomeMeasurement> measurements(FormDefinition form) {
        Arbitrary<Map<String, String>> answers = answers(form);
        return Combinators.combine(
                        answers,
                        Arbitraries.of(Timepoint.class),
                        Arbitraries.of(Collector.class),
                        dates(),
                        Arbitraries.integers().between(0, 2))
                .flatAs((given, timepoint, collector, date, scoring) -> score(form, given, scoring)
                        .map(score -> OutcomeMeasurement.builder()
                                .instrumentId(form.id())
                                .instrumentVersion(form.version())
                                .timepoint(timepoint)
                                .collector(collector)
                                .date(date)
                                .putAllAnswers(given)
                                .score(score)
                                .build()));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 365 * 40)
                .map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
    }

    static Arbitrary<Map<String, String>> answers(FormDefinition form) {
        Arbitrary<Map<String, String>> answers = Arbitraries.just(Map.of());
        for (Question question : form.questions()) {
            Arbitrary<Optional<String>> answer = answer(question).optional(0.85);
            answers = Combinators.combine(answers, answer).as((map, given) -> {
                Map<String, String> more = new LinkedHashMap<>(map);
                given.ifPresent(text -> more.put(question.key(), text));
                return more;
            });
        }
        return answers;
    }

    private static Arbitrary<String> answer(Question question) {
        switch (question.type()) {
            case CHOICE:
                return Arbitraries.of(question.options()).map(option -> Integer.toString(option.code()));
            case INTEGER:
                return Arbitraries.integers()
                        .between(question.min(), question.max())
                        .map(String::valueOf);
            default:
                return Arbitraries.integers().between(-1000, 1000).map(String::valueOf);
        }
    }

    /** No score (0), the definition's own score (1) or a variant's (2), where there is one. */
    private static Arbitrary<Optional<ScoreResult>> score(FormDefinition form, Map<String, String> answers, int how) {
        if (how == 0) {
            return Arbitraries.just(Optional.empty());
        }
        if (form.shape() == FormDefinition.Shape.RECORDED) {
            return Combinators.combine(
                            Arbitraries.bigDecimals()
                                    .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                                    .ofScale(1),
                            Arbitraries.integers().between(1, 4))
                    .as((score, level) -> Optional.of(Pam.record(score, level, "Licensed PAM platform (test)")));
        }
        if (how == 2) {
            for (Instrument variant : VARIANTS) {
                if (variant.id().equals(form.id())) {
                    return Arbitraries.just(Optional.of(Scorer.of(variant).score(Answers.ofText(answers))));
                }
            }
        }
        return Arbitraries.just(Optional.of(form.score(answers)));
    }
}
