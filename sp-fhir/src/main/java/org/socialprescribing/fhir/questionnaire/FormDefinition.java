package org.socialprescribing.fhir.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.ItemFlag;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.measures.RecordOnly;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.measures.instruments.Pam;
import org.socialprescribing.measures.star.StarArea;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.measures.star.StarStage;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * An sp-measures instrument or a licensee's Outcomes Star, seen the one way this package needs: its questions, the
 * shape of its score in FHIR, and the names of its score components, bands and flags. Immutable.
 */
final class FormDefinition {

    /** How a score becomes Observations. */
    enum Shape {
        /** One Observation: the first component is its value, the others are its components (summed scales). */
        SUMMED,
        /** One Observation per component, never a total (ONS4, the ONS loneliness question). */
        SEPARATE,
        /** As {@link #SUMMED}, for scores the SDK records but does not compute (PAM). */
        RECORDED,
        /** One Observation with a component per area read and no value of its own (Outcomes Star). */
        STAR
    }

    /** How an item is answered. */
    enum AnswerType {
        /** One of the item's answer options, as a Coding with its weight. */
        CHOICE,
        /** A whole number within {@code min..max} (star areas). */
        INTEGER,
        /**
         * Any whole number, recorded as given and never scored (PHQ-9 item 10, whose answer coding the SDK's
         * sources do not give; sp-measures records it as a whole number).
         */
        UNCHECKED
    }

    /**
     * One question. {@code text} is the licensee's name for a star area, and null for instrument items; a required
     * question must be answered for a score.
     */
    record Question(
            int number,
            String key,
            AnswerType type,
            List<ResponseOption> options,
            int min,
            int max,
            boolean required,
            @Nullable String text) {

        Optional<ResponseOption> option(int code) {
            return options.stream().filter(o -> o.code() == code).findFirst();
        }
    }

    private final InstrumentId id;
    private final String version;
    private final String title;
    private final Shape shape;
    private final List<Question> questions;
    private final List<String> components;
    private final List<String> bands;
    private final List<ItemFlag> flags;
    private final @Nullable Instrument instrument;
    private final @Nullable StarDefinition star;
    private final @Nullable Scorer scorer;
    private final String codeSystemUrl;
    private final Map<String, Question> questionsByKey = new HashMap<>();
    /** Each question's options by the system and code of their answer coding, for reading answers. */
    private final Map<String, Map<AnswerCode, ResponseOption>> optionsByAnswer = new HashMap<>();

    private record AnswerCode(
            @Nullable String system, @Nullable String code) {}

    private FormDefinition(
            InstrumentId id,
            String version,
            String title,
            Shape shape,
            List<Question> questions,
            List<String> components,
            List<String> bands,
            List<ItemFlag> flags,
            @Nullable Instrument instrument,
            @Nullable StarDefinition star) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.shape = shape;
        this.questions = List.copyOf(questions);
        this.components = List.copyOf(components);
        this.bands = List.copyOf(bands);
        this.flags = List.copyOf(flags);
        this.instrument = instrument;
        this.star = star;
        // A star reading scores through its definition's instrument: the one rule sp-measures states for stars.
        this.scorer = star != null
                ? Scorer.of(star.instrument())
                : instrument != null && shape != Shape.RECORDED ? Scorer.of(instrument) : null;
        this.codeSystemUrl = MeasurementCanonicals.codeSystem(id);
        for (Question question : this.questions) {
            questionsByKey.putIfAbsent(question.key(), question);
            Map<AnswerCode, ResponseOption> byAnswer = new HashMap<>();
            for (ResponseOption option : question.options()) {
                Coding coding = answerCoding(question, option);
                byAnswer.putIfAbsent(new AnswerCode(coding.getSystem(), coding.getCode()), option);
                // The SDK's own code for the answer is read too where a national code is written (PHQ-9, GAD-7).
                byAnswer.putIfAbsent(new AnswerCode(codeSystemUrl, Integer.toString(option.code())), option);
            }
            optionsByAnswer.put(question.key(), byAnswer);
        }
    }

    static FormDefinition of(Instrument instrument) {
        List<Question> questions = new ArrayList<>();
        for (Item item : instrument.items()) {
            boolean unchecked = item.isUnchecked();
            questions.add(new Question(
                    item.number(),
                    item.key(),
                    unchecked ? AnswerType.UNCHECKED : AnswerType.CHOICE,
                    item.responseOptions(),
                    unchecked ? Integer.MIN_VALUE : item.minCode(),
                    unchecked ? Integer.MAX_VALUE : item.maxCode(),
                    item.isRequired(),
                    null));
        }
        List<String> components = new ArrayList<>();
        Set<String> bands = new LinkedHashSet<>();
        List<ItemFlag> flags = new ArrayList<>();
        Shape shape;
        if (instrument.scoringRule() instanceof SummedScale) {
            SummedScale rule = (SummedScale) instrument.scoringRule();
            shape = Shape.SUMMED;
            components.add(rule.totalName());
            rule.conversion().ifPresent(table -> components.add(table.name()));
            rule.bands().ifPresent(table -> addCodes(bands, table));
            flags.addAll(rule.flags());
        } else if (instrument.scoringRule() instanceof SeparateItems) {
            shape = Shape.SEPARATE;
            instrument.items().forEach(item -> components.add(item.name()));
            ((SeparateItems) instrument.scoringRule()).bands().values().forEach(table -> addCodes(bands, table));
        } else {
            // Record-only, or a rule sp-measures cannot run: a recorded score's components are whatever its owner
            // reports, and the SDK knows PAM's (Pam.record).
            shape = Shape.RECORDED;
            if (instrument.id().equals(Pam.instrument().id())) {
                components.add(Pam.SCORE);
                components.add(Pam.LEVEL);
            }
        }
        return new FormDefinition(
                instrument.id(),
                instrument.version(),
                instrument.title(),
                shape,
                questions,
                components,
                new ArrayList<>(bands),
                flags,
                instrument,
                null);
    }

    static FormDefinition of(StarDefinition star) {
        List<Question> questions = new ArrayList<>();
        List<String> components = new ArrayList<>();
        List<StarArea> areas = star.areas();
        for (int i = 0; i < areas.size(); i++) {
            StarArea area = areas.get(i);
            questions.add(new Question(
                    i + 1, area.key(), AnswerType.INTEGER, List.of(), 1, star.scaleMax(), false, area.name()));
            components.add(area.key());
        }
        List<String> stages = star.stages().stream().map(StarStage::code).toList();
        return new FormDefinition(
                star.id(),
                star.version(),
                star.title(),
                Shape.STAR,
                questions,
                components,
                stages,
                List.of(),
                null,
                star);
    }

    private static void addCodes(Set<String> codes, BandTable table) {
        table.bands().forEach(band -> codes.add(band.code()));
    }

    InstrumentId id() {
        return id;
    }

    String version() {
        return version;
    }

    String title() {
        return title;
    }

    Shape shape() {
        return shape;
    }

    List<Question> questions() {
        return questions;
    }

    Optional<Question> question(String key) {
        return Optional.ofNullable(questionsByKey.get(key));
    }

    /** @return the names of the score components in their order; empty for a record-only instrument other than PAM */
    List<String> components() {
        return components;
    }

    /** @return the band codes this definition's own rule can report */
    List<String> bands() {
        return bands;
    }

    /** @return the flags single answers can raise */
    List<ItemFlag> flags() {
        return flags;
    }

    Optional<Instrument> instrument() {
        return Optional.ofNullable(instrument);
    }

    Optional<StarDefinition> star() {
        return Optional.ofNullable(star);
    }

    String questionnaireUrl() {
        return MeasurementCanonicals.questionnaire(id);
    }

    String codeSystemUrl() {
        return codeSystemUrl;
    }

    /** @return why the SDK computes no score for this definition, if it computes none */
    Optional<String> notScoredReason() {
        if (shape != Shape.RECORDED || instrument == null) {
            return Optional.empty();
        }
        return Optional.of(
                instrument.scoringRule() instanceof RecordOnly
                        ? ((RecordOnly) instrument.scoringRule()).reason()
                        : "sp-measures has no scorer for scoring rule '"
                                + instrument.scoringRule().kind() + "'");
    }

    /**
     * Checks answers as the domain holds them: every key an item, every answer written exactly as the SDK writes
     * an answer code (so that nothing changes on the way through FHIR) and accepted by its item.
     *
     * @param answers answers by item key
     * @return the problems, each with the item key as its path, empty if none
     */
    List<ValidationIssue> checkAnswers(Map<String, String> answers) {
        List<ValidationIssue> issues = new ArrayList<>();
        answers.forEach((key, text) -> {
            Optional<Question> question = question(key);
            if (question.isEmpty()) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_UNKNOWN_ITEM, key, Texts.shown(key) + ": not an item of " + id));
            } else if (text.isBlank()) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_NOT_INTEGER, key, key + ": a blank answer; leave unanswered items out"));
            } else {
                checkCode(question.get(), text).ifPresent(issues::add);
            }
        });
        return issues;
    }

    private Optional<ValidationIssue> checkCode(Question question, String text) {
        String key = question.key();
        Integer code = Texts.parseCode(text);
        if (code == null) {
            return Optional.of(ValidationIssue.of(
                    MeasureIssue.ANSWER_NOT_INTEGER,
                    key,
                    key + ": '" + Texts.shown(text) + "' is not an answer code written as digits"));
        }
        boolean accepted = question.type() == AnswerType.CHOICE
                ? question.option(code).isPresent()
                : code >= question.min() && code <= question.max();
        if (!accepted) {
            return Optional.of(ValidationIssue.of(
                    MeasureIssue.ANSWER_OUT_OF_RANGE,
                    key,
                    key + ": " + code + " is outside " + question.min() + ".." + question.max()));
        }
        return Optional.empty();
    }

    /**
     * Scores valid answers through sp-measures (a star through {@link StarDefinition#instrument()}).
     *
     * @param answers answers that {@link #checkAnswers} accepts
     * @return the result, never invalid
     * @throws IllegalStateException if the definition is record-only
     */
    ScoreResult score(Map<String, String> answers) {
        if (scorer == null) {
            throw new IllegalStateException(id + " is not scored by the SDK");
        }
        return scorer.score(Answers.ofText(answers));
    }

    /**
     * Scores answers again under a named rule version, never throwing: the check of a stored score ({@code
     * OutcomeMeasurement.checkScore}), as {@code Scorer.evaluate} does.
     *
     * @return the result, or empty for another rule version or a record-only definition
     */
    Optional<ScoreResult> rescore(String ruleVersion, Map<String, String> answers) {
        if (scorer != null && scorer.instrument().scoringRuleVersion().equals(ruleVersion)) {
            return Optional.of(scorer.evaluate(Answers.ofText(answers)));
        }
        return Optional.empty();
    }

    /**
     * The status a score of this definition has, given which of its components are present: the rule both
     * directions of the mapping share, so that the status need not be written separately.
     *
     * @param present the names of the components that have a value
     * @return scored or incomplete
     */
    ScoreStatus statusOf(Set<String> present) {
        return switch (shape) {
            case STAR, SEPARATE -> present.containsAll(components) ? ScoreStatus.SCORED : ScoreStatus.INCOMPLETE;
            case SUMMED, RECORDED ->
                components.isEmpty() || present.contains(components.get(0))
                        ? ScoreStatus.SCORED
                        : ScoreStatus.INCOMPLETE;
        };
    }

    /**
     * @param question a choice question of this form
     * @param system the system of an answer's coding
     * @param code its code
     * @return the option whose {@linkplain #answerCoding answer coding} has that system and code, if any
     */
    Optional<ResponseOption> optionAnswered(Question question, @Nullable String system, @Nullable String code) {
        return Optional.ofNullable(
                optionsByAnswer.getOrDefault(question.key(), Map.of()).get(new AnswerCode(system, code)));
    }

    /**
     * @param question a choice question of this form
     * @param system the system of an answer's coding, or null
     * @return true if the system is one the question's answers are coded in: the national one or the SDK's
     */
    boolean isAnswerSystem(Question question, @Nullable String system) {
        return system != null
                && (system.equals(codeSystemUrl)
                        || (!question.options().isEmpty()
                                && system.equals(answerCoding(
                                                question, question.options().get(0))
                                        .getSystem())));
    }

    /**
     * The coding of an answer option: the national code where one is verified (PHQ-9, GAD-7), else the instrument's
     * own code system with the answer code as the code and the option's machine name, if public, as display.
     */
    Coding answerCoding(Question question, ResponseOption option) {
        return VerifiedCodes.answerCoding(id, question.min(), question.max(), option.code())
                .orElseGet(() -> new Coding(
                        codeSystemUrl(),
                        Integer.toString(option.code()),
                        option.name().map(FormDefinition::words).orElse(null)));
    }

    /** @return the display of a score component: a star area's name, otherwise the component name as words */
    String componentDisplay(String component) {
        if (star != null) {
            Optional<String> name = star.area(component).map(StarArea::name);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return words(component);
    }

    /** @return the display of a band: a star stage's name, otherwise the band code as words */
    String bandDisplay(String band) {
        if (star != null) {
            for (StarStage stage : star.stages()) {
                if (stage.code().equals(band)) {
                    return stage.name();
                }
            }
        }
        return words(band);
    }

    /** @return the display of a flag */
    static String flagDisplay(ItemFlag flag) {
        return "Item " + flag.itemNumber() + " answered above " + flag.above();
    }

    /** A code or name as words, for displays: {@code life_satisfaction} becomes "Life satisfaction". */
    static String words(String code) {
        String spaced = code.replace('_', ' ');
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    @Override
    public String toString() {
        return "FormDefinition[" + id + " " + version + ", " + shape + "]";
    }
}
