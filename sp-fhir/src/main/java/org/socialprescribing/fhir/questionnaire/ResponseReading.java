package org.socialprescribing.fhir.questionnaire;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.internal.IsoDates;
import org.socialprescribing.fhir.internal.SdkContext;
import org.socialprescribing.fhir.questionnaire.FormDefinition.AnswerType;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * Reads a QuestionnaireResponse against the definition of its instrument: which instrument it answers ({@link
 * ResponseMatcher}), and the answers as the answer codes sp-measures scores (or, for unscored items, the text
 * given). Every problem becomes an issue whose path is a FHIRPath to the element at fault ({@code
 * QuestionnaireResponse.item[2].answer[0]}); nothing here throws for bad input.
 *
 * <p>A response to an SDK Questionnaire is held to it: its linkIds are the item keys, unknown linkIds and nested
 * items are errors. Answers to choice items are Codings: one of the item's answer options (the national code, or
 * the SDK's own code for it), or a coding of any other system that carries the weight of exactly one option
 * ({@code itemWeight}, or the older {@code ordinalValue}). A weight that contradicts the option's weight is an error.
 *
 * <p>A response matched through LOINC codes or a supplied Questionnaire is read leniently: items are found at any
 * depth, answered items the instrument does not use are warnings, a LOINC answer code may come without its system,
 * a coding may take its weight from the supplied Questionnaire (its answer options or value set), and a whole
 * number is read as the answer code. PHQ-9 item 10, recorded and never scored, never blocks a score in any form.
 */
final class ResponseReading {

    static final String ROOT = "QuestionnaireResponse";

    /** A score the response states itself, such as a total item, to compare with the SDK's. */
    record StatedScore(String component, BigDecimal value, String path) {}

    /** What was read: the definition, if known, the answers by item key, stated scores, and the problems. */
    record Result(
            @Nullable FormDefinition form,
            Map<String, String> answers,
            List<StatedScore> stated,
            List<ValidationIssue> issues) {

        boolean hasErrors() {
            return issues.stream().anyMatch(ResponseReading::isError);
        }
    }

    private final Catalogue catalogue;
    private final Definitions definitions;
    private final @Nullable InstrumentId only;
    private final boolean sdkOnly;

    /** A reader of responses to the SDK's own Questionnaires only (the outcome-measurement mapping). */
    ResponseReading(Catalogue catalogue) {
        this(catalogue, Definitions.NONE, null, true);
    }

    /**
     * A reader of responses from any system.
     *
     * @param definitions Questionnaires and value sets supplied by the caller
     * @param only the instrument to read responses as, or null to decide from the response
     * @param sdkOnly true to read responses to the SDK's own Questionnaires only
     */
    ResponseReading(Catalogue catalogue, Definitions definitions, @Nullable InstrumentId only, boolean sdkOnly) {
        this.catalogue = catalogue;
        this.definitions = definitions;
        this.only = only;
        this.sdkOnly = sdkOnly;
    }

    static boolean isError(ValidationIssue issue) {
        return issue.severity() == Severity.ERROR || issue.severity() == Severity.FATAL;
    }

    Result read(QuestionnaireResponse response) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (response.getStatus() == QuestionnaireResponseStatus.ENTEREDINERROR) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, ROOT + ".status", "a response entered in error is not read"));
        }
        modifiers(response.getModifierExtension(), ROOT, issues);
        ResponseMatch match = new ResponseMatcher(catalogue, definitions, only, sdkOnly).match(response, issues);
        Map<String, String> answers = new LinkedHashMap<>();
        List<StatedScore> stated = new ArrayList<>();
        if (match == null) {
            return new Result(null, answers, stated, issues);
        }
        FormDefinition form = match.form();
        if (match.isStrict()) {
            readItems(form, response.getItem(), answers, issues);
        } else {
            new Lenient(match, answers, stated, issues).read(response.getItem(), ROOT);
        }
        for (Question question : form.questions()) {
            if (question.required() && !answers.containsKey(question.key())) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_MISSING,
                        ROOT + ".item.where(linkId='" + Texts.shown(match.expectedLinkId(question)) + "')",
                        question.key() + ": no answer"));
            }
        }
        return new Result(form, answers, stated, issues);
    }

    private static void readItems(
            FormDefinition form,
            List<QuestionnaireResponseItemComponent> items,
            Map<String, String> answers,
            List<ValidationIssue> issues) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireResponseItemComponent item = items.get(i);
            String path = ROOT + ".item[" + i + "]";
            String key = item.getLinkId() == null ? "" : item.getLinkId();
            Optional<Question> question = form.question(key);
            modifiers(item.getModifierExtension(), path, issues);
            if (question.isEmpty()) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_UNKNOWN_ITEM,
                        path,
                        "linkId '" + Texts.shown(key) + "' is not an item of " + form.id()));
                continue;
            }
            if (!seen.add(key)) {
                issues.add(issue(FhirIssueCode.INVALID_STRUCTURE, path, key + ": the item appears more than once"));
                continue;
            }
            if (item.hasItem()) {
                issues.add(issue(
                        FhirIssueCode.INVALID_STRUCTURE,
                        path + ".item[0]",
                        key + ": " + form.id() + " has no nested items"));
            }
            List<QuestionnaireResponseItemAnswerComponent> given = item.getAnswer();
            if (given.size() > 1) {
                issues.add(issue(
                        FhirIssueCode.INVALID_STRUCTURE,
                        path + ".answer[1]",
                        key + ": takes one answer, found " + given.size()));
            } else if (given.size() == 1) {
                String answerPath = path + ".answer[0]";
                QuestionnaireResponseItemAnswerComponent answer = given.get(0);
                if (answer.hasItem()) {
                    issues.add(issue(
                            FhirIssueCode.INVALID_STRUCTURE,
                            answerPath + ".item[0]",
                            key + ": " + form.id() + " has no nested items"));
                }
                String code = answer(form, question.get(), answer.getValue(), Map.of(), false, answerPath, issues);
                if (code != null) {
                    answers.put(key, code);
                }
            }
        }
    }

    /** The lenient reading of a response matched through codes: items at any depth, found by their roles. */
    private static final class Lenient {

        private final ResponseMatch match;
        private final Map<String, String> answers;
        private final List<StatedScore> stated;
        private final List<ValidationIssue> issues;
        private final Set<String> seen = new HashSet<>();

        Lenient(
                ResponseMatch match,
                Map<String, String> answers,
                List<StatedScore> stated,
                List<ValidationIssue> issues) {
            this.match = match;
            this.answers = answers;
            this.stated = stated;
            this.issues = issues;
        }

        void read(List<QuestionnaireResponseItemComponent> items, String parent) {
            FormDefinition form = match.form();
            for (int i = 0; i < items.size(); i++) {
                QuestionnaireResponseItemComponent item = items.get(i);
                String path = parent + ".item[" + i + "]";
                String linkId = item.getLinkId() == null ? "" : item.getLinkId();
                modifiers(item.getModifierExtension(), path, issues);
                ResponseMatch.Role role = match.roles().get(linkId);
                List<QuestionnaireResponseItemAnswerComponent> given = item.getAnswer();
                if (role == null) {
                    if (given.stream()
                            .anyMatch(answer -> answer.getValue() != null
                                    && !answer.getValue().isEmpty())) {
                        issues.add(ValidationIssue.of(
                                FhirIssueCode.ITEM_NOT_USED,
                                Severity.WARNING,
                                path,
                                "linkId '" + Texts.shown(linkId) + "' is not an item of " + form.id()
                                        + "; its answer is not used"));
                    }
                } else if (role.question() != null) {
                    question(role, linkId, given, path);
                } else if (role.component() != null) {
                    statedScore(role.component(), linkId, given, path);
                }
                read(item.getItem(), path);
                for (int a = 0; a < given.size(); a++) {
                    read(given.get(a).getItem(), path + ".answer[" + a + "]");
                }
            }
        }

        private void question(
                ResponseMatch.Role role,
                String linkId,
                List<QuestionnaireResponseItemAnswerComponent> given,
                String path) {
            Question question = role.question();
            String key = question.key();
            if (given.isEmpty()) {
                return;
            }
            if (!seen.add(key)) {
                issues.add(issue(
                        FhirIssueCode.INVALID_STRUCTURE,
                        path,
                        key + ": answered more than once (linkId '" + Texts.shown(linkId) + "')"));
                return;
            }
            if (given.size() > 1) {
                issues.add(issue(
                        FhirIssueCode.INVALID_STRUCTURE,
                        path + ".answer[1]",
                        key + ": takes one answer, found " + given.size()));
                return;
            }
            String code = answer(
                    match.form(), question, given.get(0).getValue(), role.weights(), true, path + ".answer[0]", issues);
            if (code != null) {
                answers.put(key, code);
            }
        }

        private void statedScore(
                String component, String linkId, List<QuestionnaireResponseItemAnswerComponent> given, String path) {
            BigDecimal value = given.size() == 1 ? number(given.get(0).getValue()) : null;
            if (value == null) {
                if (!given.isEmpty()) {
                    issues.add(ValidationIssue.of(
                            FhirIssueCode.ITEM_NOT_USED,
                            Severity.WARNING,
                            path,
                            "linkId '" + Texts.shown(linkId) + "' states the " + component + " score, but not as one"
                                    + " number; it is not used"));
                }
                return;
            }
            stated.add(new StatedScore(component, value, path + ".answer[0]"));
        }
    }

    private static @Nullable BigDecimal number(@Nullable Type value) {
        if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
            return BigDecimal.valueOf(((IntegerType) value).getValue());
        }
        if (value instanceof DecimalType && ((DecimalType) value).getValue() != null) {
            return ((DecimalType) value).getValue();
        }
        if (value instanceof Quantity && ((Quantity) value).getValue() != null) {
            return ((Quantity) value).getValue();
        }
        return null;
    }

    /**
     * The answer as sp-measures takes it, or null after adding the issue that explains why there is none (or the
     * note that records an answer the SDK does not score).
     */
    private static @Nullable String answer(
            FormDefinition form,
            Question question,
            @Nullable Type value,
            Map<Definitions.AnswerKey, BigDecimal> defined,
            boolean lenient,
            String path,
            List<ValidationIssue> issues) {
        String key = question.key();
        if (question.type() == AnswerType.UNCHECKED) {
            return recorded(form, question, value, path, issues);
        }
        if (value == null || value.isEmpty()) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, path, key + ": the answer has no value"));
            return null;
        }
        // A switch expression, so that a new answer type fails the compile instead of falling through.
        Integer whole = whole(value);
        boolean readable = switch (question.type()) {
            case CHOICE -> value instanceof Coding || (lenient && whole != null);
            case INTEGER, UNCHECKED -> whole != null;
        };
        if (readable) {
            if (value instanceof Coding coding) {
                return choice(form, question, coding, defined, lenient, path, issues);
            }
            int code = whole;
            boolean accepted = question.type() == AnswerType.CHOICE
                    ? question.option(code).isPresent()
                    : code >= question.min() && code <= question.max();
            return accepted(question, code, accepted, path, issues);
        }
        issues.add(issue(
                FhirIssueCode.INVALID_VALUE,
                path,
                key + ": expects " + expected(question.type(), lenient) + ", found " + valueName(value)));
        return null;
    }

    private static @Nullable Integer whole(Type value) {
        return value instanceof IntegerType ? ((IntegerType) value).getValue() : null;
    }

    /** A whole-number answer as its code, or null after the issue that says it is out of range. */
    private static @Nullable String accepted(
            Question question, int code, boolean accepted, String path, List<ValidationIssue> issues) {
        if (accepted) {
            return Integer.toString(code);
        }
        issues.add(ValidationIssue.of(
                MeasureIssue.ANSWER_OUT_OF_RANGE,
                path,
                question.key() + ": " + code + " is outside " + question.min() + ".." + question.max()));
        return null;
    }

    /**
     * An item recorded as given and never scored (PHQ-9 item 10): a whole number is passed on as sp-measures
     * records it; any other answer is noted in the report, never an error, so that it can never block a score.
     */
    private static @Nullable String recorded(
            FormDefinition form, Question question, @Nullable Type value, String path, List<ValidationIssue> issues) {
        String key = question.key();
        if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
            return Integer.toString(((IntegerType) value).getValue());
        }
        String given;
        if (value instanceof Coding) {
            Coding coding = (Coding) value;
            Optional<Coding> national = coding.getSystem() == null || VerifiedCodes.LOINC.equals(coding.getSystem())
                    ? VerifiedCodes.recordedAnswer(form.id(), question.number(), coding.getCode())
                    : Optional.empty();
            given = national.map(answer -> "LOINC " + answer.getCode() + " '" + answer.getDisplay() + "'")
                    .orElseGet(() -> "the coding " + Texts.shown(String.valueOf(coding.getSystem())) + "|"
                            + Texts.shown(String.valueOf(coding.getCode())));
        } else if (value == null || value.isEmpty()) {
            given = "no value";
        } else {
            given = valueName(value) + " '" + Texts.shown(String.valueOf(value.primitiveValue())) + "'";
        }
        issues.add(ValidationIssue.of(
                FhirIssueCode.ANSWER_RECORDED,
                Severity.INFORMATION,
                path,
                key + " (" + form.id() + " item " + question.number() + ", never scored): answered " + given
                        + "; reported here, not passed to scoring"));
        return null;
    }

    private static String expected(AnswerType type, boolean lenient) {
        if (type == AnswerType.CHOICE) {
            return lenient ? "valueCoding or valueInteger" : "valueCoding";
        }
        return "valueInteger";
    }

    private static String valueName(Type value) {
        String type = value.fhirType();
        return "value" + type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }

    private static @Nullable String choice(
            FormDefinition form,
            Question question,
            Coding coding,
            Map<Definitions.AnswerKey, BigDecimal> defined,
            boolean lenient,
            String path,
            List<ValidationIssue> issues) {
        String key = question.key();
        List<BigDecimal> weights = weights(coding, path, key, issues);
        if (weights == null) {
            return null;
        }
        Optional<ResponseOption> byCode = form.optionAnswered(question, coding.getSystem(), coding.getCode());
        if (byCode.isEmpty() && lenient && coding.getSystem() == null) {
            // A LOINC answer code sent without its system (the MII PRO example does so) is still that answer.
            byCode = form.optionAnswered(question, VerifiedCodes.LOINC, coding.getCode());
        }
        if (lenient && coding.getCode() != null) {
            BigDecimal weight = defined.get(new Definitions.AnswerKey(coding.getSystem(), coding.getCode()));
            if (weight == null && coding.getSystem() == null) {
                weight = defined.get(new Definitions.AnswerKey(null, coding.getCode()));
            }
            if (weight != null) {
                weights.add(weight);
            }
        }
        if (weights.stream().anyMatch(weight -> weight.compareTo(weights.get(0)) != 0)) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, path, key + ": the answer carries different weights"));
            return null;
        }
        if (byCode.isPresent()) {
            ResponseOption option = byCode.get();
            for (BigDecimal weight : weights) {
                if (weight.compareTo(BigDecimal.valueOf(option.weight())) != 0) {
                    issues.add(issue(
                            FhirIssueCode.INVALID_VALUE,
                            path,
                            key + ": weight " + weight.toPlainString() + " contradicts answer '"
                                    + Texts.shown(String.valueOf(coding.getCode())) + "', which weighs "
                                    + option.weight()));
                    return null;
                }
            }
            return Integer.toString(option.code());
        }
        if (weights.isEmpty()) {
            if (form.isAnswerSystem(question, coding.getSystem()) || (lenient && coding.getSystem() == null)) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_OUT_OF_RANGE,
                        path,
                        key + ": '" + Texts.shown(String.valueOf(coding.getCode())) + "' is not one of its answers ("
                                + codes(form, question) + ")"));
            } else {
                issues.add(issue(
                        FhirIssueCode.INVALID_VALUE,
                        path,
                        key + ": the coding is not one of its answer options and carries no itemWeight"));
            }
            return null;
        }
        BigDecimal weight = weights.get(0);
        List<ResponseOption> matching = question.options().stream()
                .filter(option -> weight.compareTo(BigDecimal.valueOf(option.weight())) == 0)
                .collect(Collectors.toList());
        if (matching.size() == 1) {
            return Integer.toString(matching.get(0).code());
        }
        issues.add(ValidationIssue.of(
                MeasureIssue.ANSWER_OUT_OF_RANGE,
                path,
                key + ": weight " + weight.toPlainString() + " is not the weight of exactly one of its answers"));
        return null;
    }

    /** The weights a coding carries (itemWeight, ordinalValue); null, with an issue, if they are unusable. */
    private static @Nullable List<BigDecimal> weights(
            Coding coding, String path, String key, List<ValidationIssue> issues) {
        List<BigDecimal> weights = new ArrayList<>();
        for (Extension extension : coding.getExtension()) {
            String url = extension.getUrl();
            if (!MeasurementCanonicals.ITEM_WEIGHT.equals(url) && !MeasurementCanonicals.ORDINAL_VALUE.equals(url)) {
                continue;
            }
            Type value = extension.getValue();
            if (value instanceof DecimalType && ((DecimalType) value).getValue() != null) {
                weights.add(((DecimalType) value).getValue());
            } else if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
                weights.add(BigDecimal.valueOf(((IntegerType) value).getValue()));
            } else {
                issues.add(issue(FhirIssueCode.INVALID_VALUE, path, key + ": a weight must be a valueDecimal"));
                return null;
            }
        }
        if (weights.stream().anyMatch(weight -> weight.compareTo(weights.get(0)) != 0)) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, path, key + ": the answer carries different weights"));
            return null;
        }
        return weights;
    }

    private static String codes(FormDefinition form, Question question) {
        return question.options().stream()
                .map(option -> form.answerCoding(question, option).getCode())
                .collect(Collectors.joining(", "));
    }

    /** Modifier extensions change the meaning of what holds them; the SDK knows none, so it cannot read past them. */
    static void modifiers(List<Extension> modifiers, String path, List<ValidationIssue> issues) {
        for (int i = 0; i < modifiers.size(); i++) {
            issues.add(issue(
                    FhirIssueCode.INVALID_STRUCTURE,
                    path + ".modifierExtension[" + i + "]",
                    "unknown modifier extension '"
                            + Texts.shown(String.valueOf(modifiers.get(i).getUrl()))
                            + "' changes the meaning of the element; it cannot be read"));
        }
    }

    /** A warning for each of the named elements that holds data the SDK does not read. */
    static void unread(Base element, String path, List<String> names, List<ValidationIssue> issues) {
        // Through HAPI's model definition, which reads the field; Base.getNamedProperty would copy it first.
        BaseRuntimeElementCompositeDefinition<?> definition =
                (BaseRuntimeElementCompositeDefinition<?>) SdkContext.get().getElementDefinition(element.getClass());
        for (String name : names) {
            BaseRuntimeChildDefinition child = definition.getChildByName(name);
            if (child != null && holdsData(child.getAccessor().getValues(element))) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.UNKNOWN_ELEMENT,
                        Severity.WARNING,
                        path + "." + name,
                        "is not part of an outcome measurement and is not read"));
            }
        }
    }

    private static boolean holdsData(List<IBase> values) {
        for (IBase value : values) {
            if (value != null && !value.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of {@code authored} as written (the time of day, if given, is not part of an outcome measurement).
     *
     * @return the date, or null after adding an issue if it is absent or less precise than a day
     */
    static @Nullable LocalDate authoredDate(QuestionnaireResponse response, List<ValidationIssue> issues) {
        DateTimeType authored = response.getAuthoredElement();
        String text = authored.getValueAsString();
        if (text == null || authored.getPrecision().compareTo(TemporalPrecisionEnum.DAY) < 0) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, ROOT + ".authored", "must give the date of the answers"));
            return null;
        }
        try {
            return IsoDates.localDate(text.substring(0, 10));
        } catch (DateTimeException e) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, ROOT + ".authored", "is not a calendar date"));
            return null;
        }
    }

    static ValidationIssue issue(IssueCode code, String path, String message) {
        return ValidationIssue.of(code, path, message);
    }
}
