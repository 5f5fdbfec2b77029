package org.socialprescribing.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.measures.instruments.Wemwbs;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

class ScorerTest {

    private static final Scorer WEMWBS = Scorer.of(Wemwbs.instrument());

    private static Map<String, String> allThrees() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 14; i++) {
            answers.put("wemwbs_" + i, "3");
        }
        return answers;
    }

    @ParameterizedTest
    @CsvSource({
        "6, wemwbs_3: 6 is outside 1..5, answer.out-of-range",
        "0, wemwbs_3: 0 is outside 1..5, answer.out-of-range",
        "3.5, wemwbs_3: 3.5 is not an integer, answer.not-integer",
        "three, wemwbs_3: three is not an integer, answer.not-integer",
        "99999999999, wemwbs_3: 99999999999 is outside 1..5, answer.out-of-range"
    })
    void score_rejectsABadAnswerNamingItemAndRange(String answer, String message, String code) {
        Map<String, String> answers = allThrees();
        answers.put("wemwbs_3", answer);

        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> WEMWBS.score(Answers.ofText(answers)))
                .withMessage(message)
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("wemwbs_3");
                    assertThat(e.report().errors())
                            .singleElement()
                            .satisfies(i -> assertThat(i.code().code()).isEqualTo(code));
                })
                .isInstanceOf(SpException.class);
    }

    @Test
    void anAnswerThatIsAnNhsNumber_isMaskedInTheExceptionAndTheReport() {
        // Issue 11: a valid NHS number in an answer column is quoted masked, however it is written.
        Map<String, String> answers = allThrees();
        answers.put("wemwbs_3", "9960308243");
        answers.put("wemwbs_4", "996 030 8243");

        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> WEMWBS.score(Answers.ofText(answers)))
                .withMessage("wemwbs_3: *** *** 8243 is outside 1..5");
        assertThat(WEMWBS.validate(Answers.ofText(answers)).errors())
                .extracting(i -> i.message())
                .containsExactly("wemwbs_3: *** *** 8243 is outside 1..5", "wemwbs_4: *** *** 8243 is not an integer");
    }

    @Test
    void score_rejectsUnknownItems() {
        Map<String, String> answers = allThrees();
        answers.put("wemwbs_15", "3");

        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> WEMWBS.score(Answers.ofText(answers)))
                .withMessage("wemwbs_15: not an item of wemwbs");
    }

    @Test
    void score_showsOverlongUnknownKeysShortened() {
        String key = "x".repeat(500) + "\n";
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> WEMWBS.score(Answers.ofText(Map.of(key, "1"))))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100).doesNotContain("\n"));
    }

    @Test
    void evaluate_reportsEveryProblemWithoutThrowing() {
        Map<String, String> answers = allThrees();
        answers.put("wemwbs_2", "7");
        answers.put("wemwbs_9", "x");
        ScoreResult result = WEMWBS.evaluate(Answers.ofText(answers));

        assertThat(result.status()).isEqualTo(ScoreStatus.INVALID);
        assertThat(result.components()).isEmpty();
        assertThat(result.messages())
                .extracting(ScoreMessage::text)
                .containsExactly("wemwbs_2: 7 is outside 1..5", "wemwbs_9: x is not an integer");
    }

    @Test
    void validate_warnsOfMissingItemsButStaysValid() {
        Map<String, String> answers = allThrees();
        answers.remove("wemwbs_5");
        answers.put("wemwbs_6", " ");
        ValidationReport report = WEMWBS.validate(Answers.ofText(answers));

        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings())
                .hasSize(2)
                .allSatisfy(w -> assertThat(w.code()).isEqualTo(MeasureIssue.ANSWER_MISSING));
        assertThat(WEMWBS.score(Answers.ofText(answers)).status()).isEqualTo(ScoreStatus.INCOMPLETE);
    }

    @Test
    void score_stampsTheScoringRuleVersion() {
        ScoreResult result = WEMWBS.score(Answers.ofText(allThrees()));

        assertThat(result.scoringRuleVersion()).isEqualTo("wemwbs-1");
        assertThat(result.instrumentId().value()).isEqualTo("wemwbs");
        assertThat(result.component("total").orElseThrow().intValue()).isEqualTo(42);
    }

    @Test
    void answers_treatNullAndBlankAsUnanswered() {
        Map<String, String> text = new HashMap<>();
        text.put("wemwbs_1", null);
        text.put("wemwbs_2", "  ");
        text.put("wemwbs_3", " 4 ");
        assertThat(Answers.ofText(text).asMap()).containsOnly(Map.entry("wemwbs_3", "4"));
    }

    @Test
    void answers_rejectBlankKeys() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Answers.of(Map.of(" ", 1)));
        Map<String, Integer> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Answers.of(nullKey));
    }

    @Test
    void answers_equalsContract() {
        nl.jqno.equalsverifier.EqualsVerifier.forClass(Answers.class).verify();
        nl.jqno.equalsverifier.EqualsVerifier.forClass(Source.class).verify();
    }
}
