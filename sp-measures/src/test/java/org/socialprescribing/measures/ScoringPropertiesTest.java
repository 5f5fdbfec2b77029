package org.socialprescribing.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.socialprescribing.measures.instruments.BuiltInInstruments;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/** Properties of every scorable built-in instrument, for random, partly malformed answers. */
class ScoringPropertiesTest {

    private static final List<Scorer> SCORERS = BuiltInInstruments.all().stream()
            .filter(i -> !(i.scoringRule() instanceof RecordOnly))
            .map(Scorer::of)
            .collect(Collectors.toList());

    /** A scorer and one row of codes: mostly valid, sometimes missing, out of range or not an integer. */
    static final class Case {
        final Scorer scorer;
        final int[] codes;

        Case(Scorer scorer, int[] codes) {
            this.scorer = scorer;
            this.codes = codes;
        }

        Answers answers() {
            Map<String, String> text = new LinkedHashMap<>();
            List<Item> items = scorer.instrument().items();
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] == BatchScorer.NOT_AN_INTEGER) {
                    text.put(items.get(i).key(), "x");
                } else if (codes[i] != BatchScorer.MISSING) {
                    text.put(items.get(i).key(), String.valueOf(codes[i]));
                }
            }
            return Answers.ofText(text);
        }

        @Override
        public String toString() {
            return scorer.instrument().id() + Arrays.toString(codes);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(SCORERS).flatMap(scorer -> {
            List<Item> items = scorer.instrument().items();
            Arbitrary<Integer> code = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 5)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.just(BatchScorer.MISSING)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(BatchScorer.NOT_AN_INTEGER)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-20, 20)));
            return code.array(int[].class).ofSize(items.size()).map(codes -> new Case(scorer, codes));
        });
    }

    @Provide
    Arbitrary<Case> validCases() {
        return Arbitraries.of(SCORERS).flatMap(scorer -> {
            List<Arbitrary<Integer>> perItem = scorer.instrument().items().stream()
                    .map(item -> item.isUnchecked()
                            ? Arbitraries.integers().between(0, 3)
                            : Arbitraries.integers().between(item.minCode(), item.maxCode()))
                    .collect(Collectors.toList());
            return Combinators.combine(perItem)
                    .as(codes -> new Case(
                            scorer, codes.stream().mapToInt(Integer::intValue).toArray()));
        });
    }

    @Property(tries = 1000)
    void batchAndObjectApisAgree(@ForAll("cases") Case c) {
        ScoreResult object = c.scorer.evaluate(c.answers());
        BatchScorer batch = c.scorer.batch();

        BatchScores rows = batch.newScores(1);
        batch.scoreRows(c.codes, 1, rows);
        BatchScores columns = batch.newScores(1);
        batch.scoreColumns(c.codes, 1, columns);

        for (BatchScores out : List.of(rows, columns)) {
            ScoreResult fromBatch = out.toResult(0);
            assertThat(fromBatch.status()).isEqualTo(object.status());
            assertThat(fromBatch.components()).isEqualTo(object.components());
            assertThat(fromBatch.flags()).isEqualTo(object.flags());
            if (object.status() == ScoreStatus.INVALID) {
                ScoreMessage first = object.messages().get(0);
                assertThat(out.issue(0).orElseThrow().code()).isEqualTo(first.code());
                assertThat(fromBatch.messages().get(0).item()).isEqualTo(first.item());
                if (first.code().equals(MeasureIssue.ANSWER_OUT_OF_RANGE.code())) {
                    assertThat(out.message(0)).isEqualTo(first.text());
                }
            } else {
                assertThat(fromBatch).isEqualTo(object);
            }
        }
    }

    @Property(tries = 500)
    void totalsStayWithinTheInstrumentsRange(@ForAll("validCases") Case c) {
        ScoreResult result = c.scorer.score(c.answers());
        Instrument instrument = c.scorer.instrument();

        assertThat(result.status()).isEqualTo(ScoreStatus.SCORED);
        if (instrument.scoringRule() instanceof SummedScale) {
            int total = result.components().get(0).intValue();
            assertThat(total).isBetween(instrument.minTotal(), instrument.maxTotal());
        }
        result.components()
                .forEach(component -> assertThat(component.value().signum()).isNotNegative());
    }

    /** An oracle independent of the engine: a total is the sum of the scored items' weights from the definition. */
    @Property(tries = 500)
    void totalsAreTheSumOfTheScoredItemsWeights(@ForAll("validCases") Case c) {
        Instrument instrument = c.scorer.instrument();
        if (!(instrument.scoringRule() instanceof SummedScale)) {
            return;
        }
        int expected = 0;
        for (int i = 0; i < c.codes.length; i++) {
            Item item = instrument.items().get(i);
            if (item.isScored()) {
                expected += item.weightOf(c.codes[i]);
            }
        }
        assertThat(c.scorer.score(c.answers()).components().get(0).intValue()).isEqualTo(expected);
    }

    @Property(tries = 500)
    void scoresAreMonotonicInEachItem(@ForAll("validCases") Case c, @ForAll @IntRange(min = 0, max = 63) int pick) {
        Instrument instrument = c.scorer.instrument();
        int item = pick % c.codes.length;
        Item chosen = instrument.items().get(item);
        if (chosen.isUnchecked() || c.codes[item] == chosen.maxCode()) {
            return;
        }
        int[] higher = c.codes.clone();
        higher[item]++;
        List<BigDecimal> before = values(c.scorer.score(c.answers()));
        List<BigDecimal> after = values(c.scorer.score(new Case(c.scorer, higher).answers()));
        for (int k = 0; k < before.size(); k++) {
            assertThat(after.get(k)).isGreaterThanOrEqualTo(before.get(k));
        }
        assertThat(after).isNotEqualTo(before);
    }

    private static List<BigDecimal> values(ScoreResult result) {
        return result.components().stream().map(c -> c.value()).collect(Collectors.toList());
    }

    @Property(tries = 500)
    void malformedAnswersGiveOnlyTheDocumentedError(
            @ForAll("scorerIndex") int index, @ForAll Map<String, String> answers) {
        Scorer scorer = SCORERS.get(index);
        try {
            ScoreResult result = scorer.score(Answers.ofText(answers));
            assertThat(result.status()).isNotEqualTo(ScoreStatus.INVALID);
        } catch (InvalidResponseException expected) {
            assertThat(expected.report().isValid()).isFalse();
        } catch (InvalidValueException blankKey) {
            assertThat(answers.keySet()).anyMatch(String::isBlank);
        }
        assertThat(scorer.evaluate(Answers.ofText(answers.entrySet().stream()
                                .filter(e -> !e.getKey().isBlank())
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
                        .status())
                .isNotNull();
    }

    @Provide
    Arbitrary<Integer> scorerIndex() {
        return Arbitraries.integers().between(0, SCORERS.size() - 1);
    }

    @Property(tries = 300)
    void randomCellsParseToACodeOrASentinel(@ForAll String cell) {
        int code = BatchScorer.parseAnswer(cell);
        if (cell.isBlank() && cell.chars().allMatch(ch -> ch == ' ')) {
            assertThat(code).isEqualTo(BatchScorer.MISSING);
        } else {
            assertThat(code).isNotEqualTo(BatchScorer.MISSING);
        }
    }
}
