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
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.internal.IsoDates;
import org.socialprescribing.fhir.questionnaire.FormDefinition.AnswerType;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;

/**
 * Reads a QuestionnaireResponse against the definition of its Questionnaire: which definition it answers, and the
 * answers as the answer codes sp-measures scores (or, for unscored items, the text given). Every problem becomes
 * an issue whose path is a FHIRPath to the element at fault ({@code QuestionnaireResponse.item[2].answer[0]});
 * nothing here throws for bad input.
 *
 * <p>Answers to choice items are Codings. One of the item's answer options is recognised by system and code; a
 * coding of any other system is recognised by its weight ({@code itemWeight}, or the older {@code ordinalValue}),
 * provided exactly one option has that weight. A weight that contradicts the option's weight is an error.
 */
final class ResponseReading {

    static final String ROOT = "QuestionnaireResponse";

    /** What was read: the definition, if known, the answers by item key, and the problems. */
    record Result(@Nullable FormDefinition form, Map<String, String> answers, List<ValidationIssue> issues) {

        boolean hasErrors() {
            return issues.stream().anyMatch(ResponseReading::isError);
        }
    }

    private final Catalogue catalogue;

    ResponseReading(Catalogue catalogue) {
        this.catalogue = catalogue;
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
        FormDefinition form = form(response, issues);
        Map<String, String> answers = new LinkedHashMap<>();
        if (form != null) {
            readItems(form, response.getItem(), answers, issues);
            for (Question question : form.questions()) {
                if (question.required() && !answers.containsKey(question.key())) {
                    issues.add(ValidationIssue.of(
                            MeasureIssue.ANSWER_MISSING,
                            ROOT + ".item.where(linkId='" + question.key() + "')",
                            question.key() + ": no answer"));
                }
            }
        }
        return new Result(form, answers, issues);
    }

    /** The definition the response answers, from its {@code questionnaire} canonical URL and version. */
    private @Nullable FormDefinition form(QuestionnaireResponse response, List<ValidationIssue> issues) {
        String path = ROOT + ".questionnaire";
        String canonical = response.getQuestionnaire();
        if (canonical == null || canonical.isBlank()) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, path, "names no Questionnaire"));
            return null;
        }
        int bar = canonical.indexOf('|');
        String url = bar < 0 ? canonical : canonical.substring(0, bar);
        Optional<FormDefinition> form = catalogue.byQuestionnaireUrl(url);
        if (form.isEmpty()) {
            issues.add(issue(
                    FhirIssueCode.INVALID_VALUE,
                    path,
                    "'" + Texts.shown(canonical) + "' is not the Questionnaire of a known instrument"));
            return null;
        }
        String version = bar < 0 ? null : canonical.substring(bar + 1);
        if (version != null && !version.equals(form.get().version())) {
            issues.add(issue(
                    FhirIssueCode.INVALID_VALUE,
                    path,
                    "version '" + Texts.shown(version) + "' of " + form.get().id() + " is not known; the SDK has"
                            + " version " + form.get().version()));
            return null;
        }
        return form.get();
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
                String code = answer(form, question.get(), answer.getValue(), answerPath, issues);
                if (code != null) {
                    answers.put(key, code);
                }
            }
        }
    }

    /** The answer as sp-measures takes it, or null after adding the issue that explains why there is none. */
    private static @Nullable String answer(
            FormDefinition form, Question question, @Nullable Type value, String path, List<ValidationIssue> issues) {
        String key = question.key();
        if (value == null || value.isEmpty()) {
            issues.add(issue(FhirIssueCode.INVALID_VALUE, path, key + ": the answer has no value"));
            return null;
        }
        switch (question.type()) {
            case CHOICE:
                if (value instanceof Coding) {
                    return choice(form, question, (Coding) value, path, issues);
                }
                break;
            default:
                if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
                    int reading = ((IntegerType) value).getValue();
                    if (reading >= question.min() && reading <= question.max()) {
                        return Integer.toString(reading);
                    }
                    issues.add(ValidationIssue.of(
                            MeasureIssue.ANSWER_OUT_OF_RANGE,
                            path,
                            key + ": " + reading + " is outside " + question.min() + ".." + question.max()));
                    return null;
                }
        }
        issues.add(issue(
                FhirIssueCode.INVALID_VALUE,
                path,
                key + ": expects " + expected(question.type()) + ", found " + valueName(value)));
        return null;
    }

    private static String expected(AnswerType type) {
        return type == AnswerType.CHOICE ? "valueCoding" : "valueInteger";
    }

    private static String valueName(Type value) {
        String type = value.fhirType();
        return "value" + type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }

    private static @Nullable String choice(
            FormDefinition form, Question question, Coding coding, String path, List<ValidationIssue> issues) {
        String key = question.key();
        List<BigDecimal> weights = weights(coding, path, key, issues);
        if (weights == null) {
            return null;
        }
        Optional<ResponseOption> byCode = form.optionAnswered(question, coding.getSystem(), coding.getCode());
        if (byCode.isPresent()) {
            ResponseOption option = byCode.get();
            for (BigDecimal weight : weights) {
                if (weight.compareTo(BigDecimal.valueOf(option.weight())) != 0) {
                    issues.add(issue(
                            FhirIssueCode.INVALID_VALUE,
                            path,
                            key + ": weight " + weight.toPlainString() + " contradicts answer '" + coding.getCode()
                                    + "', which weighs " + option.weight()));
                    return null;
                }
            }
            return Integer.toString(option.code());
        }
        String system = form.answerCoding(question, question.options().get(0)).getSystem();
        if (system.equals(coding.getSystem())) {
            issues.add(ValidationIssue.of(
                    MeasureIssue.ANSWER_OUT_OF_RANGE,
                    path,
                    key + ": '" + Texts.shown(String.valueOf(coding.getCode())) + "' is not one of its answers ("
                            + codes(form, question) + ")"));
            return null;
        }
        if (weights.isEmpty()) {
            issues.add(issue(
                    FhirIssueCode.INVALID_VALUE,
                    path,
                    key + ": the coding is not one of its answer options and carries no itemWeight"));
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
                (BaseRuntimeElementCompositeDefinition<?>) SpFhir.context().getElementDefinition(element.getClass());
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
