package org.socialprescribing.measures;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Scores responses to one instrument (the object API). Three entry points share one rule:
 *
 * <ul>
 *   <li>{@link #score} returns a scored or incomplete result and throws {@link InvalidResponseException} on an
 *       invalid answer;
 *   <li>{@link #evaluate} never throws for bad answers: it returns a result with status {@code invalid};
 *   <li>{@link #validate} returns a {@link ValidationReport} of every problem (errors) and missing item (warnings).
 * </ul>
 *
 * {@link #measure} scores and records the answers as an {@link OutcomeMeasurement}.
 *
 * <p>Missing items: no total unless every required item is answered (never prorated); instruments reported item by
 * item (ONS4) score the items they have. {@link #batch()} gives the primitive-array API, which runs the same
 * compiled rule. Immutable and thread-safe.
 */
public final class Scorer {

    private final Kernel kernel;
    private final BatchScorer batch;

    private Scorer(Kernel kernel) {
        this.kernel = kernel;
        this.batch = new BatchScorer(kernel);
    }

    /**
     * Compiles an instrument's scoring rule.
     *
     * @param instrument the instrument, not null
     * @return the scorer, never null
     * @throws NotScorableException if the instrument is record-only (the message gives the reason)
     */
    public static Scorer of(Instrument instrument) {
        ScoringRule rule = instrument.scoringRule();
        if (rule instanceof SummedScale) {
            return new Scorer(SummedKernel.of(instrument, (SummedScale) rule));
        }
        if (rule instanceof SeparateItems) {
            return new Scorer(SeparateKernel.of(instrument, (SeparateItems) rule));
        }
        String reason =
                rule instanceof RecordOnly ? ((RecordOnly) rule).reason() : "unknown scoring rule " + rule.kind();
        throw new NotScorableException(instrument.id(), reason);
    }

    /** @return the instrument scored, never null */
    public Instrument instrument() {
        return kernel.instrument;
    }

    /** @return the batch API for this instrument, never null */
    public BatchScorer batch() {
        return batch;
    }

    /**
     * Scores a response.
     *
     * @param answers the answers by item key, not null
     * @return the result, scored or incomplete, never null
     * @throws InvalidResponseException if an answer is out of range, not an integer or names an unknown item; it
     *     still carries the flags the valid answers raise
     */
    public ScoreResult score(Answers answers) {
        ValidationReport report = validate(answers);
        if (!report.isValid()) {
            throw new InvalidResponseException(report, run(answers).flags());
        }
        return run(answers);
    }

    /**
     * Scores a response and records it as an outcome measurement: this instrument and its version, the answers as
     * given and their score, scored or incomplete. The measurement passes the score check of {@code SpValidator}
     * and {@code SpJson} ({@link OutcomeMeasurement#checkScore}).
     *
     * @param answers the answers by item key, not null
     * @param timepoint when in the episode, not null
     * @param date the date the answers were given, not null
     * @param collector who collected them, not null
     * @return the measurement with its score, never null
     * @throws InvalidResponseException if an answer is out of range, not an integer or names an unknown item
     * @throws NullPointerException if an argument is null
     */
    public OutcomeMeasurement measure(Answers answers, Timepoint timepoint, LocalDate date, Collector collector) {
        requireNonNull(timepoint, "timepoint");
        requireNonNull(date, "date");
        requireNonNull(collector, "collector");
        ScoreResult score = score(answers);
        return OutcomeMeasurement.builder()
                .instrumentId(kernel.instrument.id())
                .instrumentVersion(kernel.instrument.version())
                .timepoint(timepoint)
                .date(date)
                .collector(collector)
                .putAllAnswers(answers.asMap())
                .score(score)
                .build();
    }

    /**
     * Scores a response, reporting invalid answers in the result instead of throwing.
     *
     * @param answers the answers by item key, not null
     * @return the result: scored, incomplete, or invalid with a message per problem; never null
     */
    public ScoreResult evaluate(Answers answers) {
        ValidationReport report = validate(answers);
        if (report.isValid()) {
            return run(answers);
        }
        // Facts that stand on one item (a flag, a separately scored item) are kept; a total is not.
        ScoreResult kept = run(answers);
        ScoreResult.Builder result = ScoreResult.builder()
                .instrumentId(kept.instrumentId())
                .instrumentVersion(kept.instrumentVersion())
                .scoringRuleVersion(kept.scoringRuleVersion())
                .status(ScoreStatus.INVALID)
                .addAllFlags(kept.flags());
        if (kernel instanceof SeparateKernel) {
            result.addAllComponents(kept.components());
        }
        for (ValidationIssue issue : report.errors()) {
            result.addMessage(ScoreMessage.of(issue));
        }
        return result.build();
    }

    /**
     * Checks a response without throwing: an error per unknown item, non-integer or out-of-range answer, in item
     * order, and a warning per missing required item (a response with only warnings is valid but incomplete).
     *
     * @param answers the answers by item key, not null
     * @return the report, never null
     */
    public ValidationReport validate(Answers answers) {
        List<ValidationIssue> issues = new ArrayList<>();
        String instrumentId = kernel.instrument.id().value();
        for (String key : answers.asMap().keySet()) {
            if (!kernel.itemIndex.containsKey(key)) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_UNKNOWN_ITEM,
                        ScoreMessages.shown(key),
                        ScoreMessages.unknownItem(key, instrumentId)));
            }
        }
        for (int i = 0; i < kernel.itemCount; i++) {
            String key = kernel.itemKeys[i];
            Optional<String> answer = answers.get(key);
            if (kernel.unchecked[i]) {
                continue; // recorded in any form (PHQ-9 item 10): never an error, never required
            }
            if (answer.isEmpty()) {
                if (kernel.scored[i]) {
                    issues.add(ValidationIssue.of(MeasureIssue.ANSWER_MISSING, key, ScoreMessages.missing(key)));
                }
                continue;
            }
            String text = answer.get();
            int code = BatchScorer.parseAnswer(text);
            if (code == BatchScorer.NOT_AN_INTEGER) {
                issues.add(
                        ValidationIssue.of(MeasureIssue.ANSWER_NOT_INTEGER, key, ScoreMessages.notInteger(key, text)));
            } else if (code < kernel.min[i] || code > kernel.max[i]) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_OUT_OF_RANGE,
                        key,
                        ScoreMessages.outOfRange(key, text, kernel.min[i], kernel.max[i])));
            }
        }
        return ValidationReport.of(issues);
    }

    /** Runs the compiled rule on the answers the instrument knows (unknown items are the caller's concern). */
    private ScoreResult run(Answers answers) {
        int[] row = new int[kernel.itemCount];
        Map<String, String> byKey = answers.asMap();
        for (int i = 0; i < row.length; i++) {
            String text = byKey.get(kernel.itemKeys[i]);
            row[i] = text == null ? BatchScorer.MISSING : BatchScorer.parseAnswer(text);
        }
        BatchScores one = batch.newScores(1);
        kernel.scoreRow(row, 0, 1, one, 0);
        return one.toResult(0);
    }

    @Override
    public String toString() {
        return "Scorer[" + kernel.instrument.id() + " " + kernel.instrument.scoringRuleVersion() + "]";
    }
}
