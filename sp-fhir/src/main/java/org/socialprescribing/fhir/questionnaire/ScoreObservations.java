package org.socialprescribing.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.measures.ItemFlag;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.ScoreBand;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * A {@link ScoreResult} as score Observations and back, losslessly. The shape follows the instrument:
 *
 * <ul>
 *   <li>summed scales and recorded scores: one Observation whose value is the first component ({@code total}, or
 *       SWEMWBS {@code raw}) and whose {@code component}s are the others (SWEMWBS {@code metric});
 *   <li>items reported separately (ONS4): one Observation per item, never a total;
 *   <li>a star reading: one Observation coded {@code reading} with a component per area read.
 * </ul>
 *
 * Each Observation carries the scoring-rule version; the first also carries the result's flags (components with
 * {@code valueBoolean} true) and messages. An absent component is a {@code dataAbsentReason} of {@code unknown};
 * the result's status is not written, because it follows from which components are present ({@link
 * FormDefinition#statusOf}), which the writer checks. Integers are {@code valueInteger}; other values are a {@code
 * valueQuantity} in the UCUM unit {@code {score}}, with every decimal kept.
 */
final class ScoreObservations {

    static final String UCUM = "http://unitsofmeasure.org";
    static final String SCORE_UNIT = "{score}";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    /** Elements of an Observation that a score does not hold: reported when present, never read. */
    private static final List<String> UNREAD = List.of(
            "identifier",
            "basedOn",
            "partOf",
            "focus",
            "encounter",
            "issued",
            "performer",
            "note",
            "bodySite",
            "method",
            "specimen",
            "device",
            "referenceRange",
            "hasMember",
            "contained");

    private ScoreObservations() {}

    /**
     * Checks that a result can be written for this definition and read back equal.
     *
     * @throws InvalidValueException naming the part of the result that cannot be
     */
    static void checkWritable(FormDefinition form, ScoreResult result) {
        if (result.status() == ScoreStatus.INVALID) {
            throw new InvalidValueException(
                    "score.status",
                    "invalid",
                    "cannot be written: an invalid result has no score; rescore the answers");
        }
        List<String> names = form.components();
        int last = -1;
        for (ScoreComponent component : result.components()) {
            int index = names.indexOf(component.name());
            if (index <= last) {
                throw new InvalidValueException(
                        "score.components",
                        component.name(),
                        "must be a component of " + form.id() + ", once each, in the order " + names);
            }
            last = index;
            if (component.value().scale() < 0) {
                throw new InvalidValueException(
                        "score." + component.name(),
                        component.value().toString(),
                        "must be written without an exponent (scale 0 or more)");
            }
            component.band().ifPresent(band -> {
                requireCode("score." + component.name() + ".band", band.code());
                requireText("score." + component.name() + ".band.source", band.source());
            });
        }
        ScoreStatus expected = form.statusOf(present(result));
        if (result.status() != expected) {
            throw new InvalidValueException(
                    "score.status",
                    result.status().code(),
                    "does not match the components present, which make it " + expected.code());
        }
        for (String flag : result.flags()) {
            if (flagOf(form, flag).isEmpty()) {
                throw new InvalidValueException("score.flags", flag, "is not a flag of " + form.id());
            }
        }
        for (ScoreMessage message : result.messages()) {
            requireCode("score.messages.code", message.code());
            requireText("score.messages.text", message.text());
            message.item().ifPresent(item -> requireText("score.messages.item", item));
        }
        requireText("score.scoringRuleVersion", result.scoringRuleVersion());
        result.suppliedBy().ifPresent(by -> requireText("score.suppliedBy", by));
    }

    private static Set<String> present(ScoreResult result) {
        Set<String> present = new HashSet<>();
        result.components().forEach(component -> present.add(component.name()));
        return present;
    }

    private static void requireCode(String field, String code) {
        if (!Texts.isCode(code)) {
            throw new InvalidValueException(
                    field, code, "must be a code: no blank, leading, trailing or double spaces");
        }
    }

    private static void requireText(String field, String text) {
        if (text.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
    }

    private static Optional<ItemFlag> flagOf(FormDefinition form, String code) {
        return form.flags().stream().filter(flag -> flag.code().equals(code)).findFirst();
    }

    /**
     * Writes a result that {@link #checkWritable} accepts.
     *
     * @param effective when the answers were given, or null
     * @param subject the person, or null
     * @param response the reference to the QuestionnaireResponse scored
     */
    static List<Observation> write(
            FormDefinition form,
            ScoreResult result,
            @Nullable DateTimeType effective,
            @Nullable Reference subject,
            String response) {
        Map<String, ScoreComponent> byName = new LinkedHashMap<>();
        result.components().forEach(component -> byName.put(component.name(), component));
        List<Observation> observations = new ArrayList<>();
        Supplier<Observation> base = () -> base(result, effective, subject, response);
        // A switch expression, so that a new shape fails the compile instead of writing nothing.
        observations.addAll(
                switch (form.shape()) {
                    case SEPARATE -> separate(form, byName, base);
                    case STAR -> List.of(star(form, byName, base));
                    case SUMMED, RECORDED -> List.of(summed(form, byName, base));
                });
        Observation first = observations.get(0);
        for (String flag : result.flags()) {
            String display = flagOf(form, flag).map(FormDefinition::flagDisplay).orElse(flag);
            first.addComponent()
                    .setCode(new CodeableConcept(
                            new Coding(form.codeSystemUrl(), InstrumentCodeSystems.FLAG + flag, display)))
                    .setValue(new BooleanType(true));
        }
        for (ScoreMessage message : result.messages()) {
            Extension extension = first.addExtension().setUrl(MeasurementCanonicals.SCORE_MESSAGE);
            extension.addExtension("code", new CodeType(message.code()));
            message.item().ifPresent(item -> extension.addExtension("item", new StringType(item)));
            extension.addExtension("text", new StringType(message.text()));
        }
        return observations;
    }

    /** One Observation per component, never a total. */
    private static List<Observation> separate(
            FormDefinition form, Map<String, ScoreComponent> byName, Supplier<Observation> base) {
        List<Observation> observations = new ArrayList<>();
        for (String name : form.components()) {
            Observation observation = base.get();
            observation.getCode().addCoding(scoreCoding(form, name));
            setValue(form, observation, byName.get(name));
            observations.add(observation);
        }
        return observations;
    }

    /** One Observation with a component per area read and no value of its own. */
    private static Observation star(
            FormDefinition form, Map<String, ScoreComponent> byName, Supplier<Observation> base) {
        Observation reading = base.get();
        reading.getCode().addCoding(new Coding(form.codeSystemUrl(), InstrumentCodeSystems.READING, "Star reading"));
        byName.values().forEach(component -> reading.addComponent(component(form, component)));
        if (byName.isEmpty()) {
            reading.setDataAbsentReason(dataAbsent());
        }
        return reading;
    }

    /** One Observation: the first component is its value, the others are its components. */
    private static Observation summed(
            FormDefinition form, Map<String, ScoreComponent> byName, Supplier<Observation> base) {
        String primary = form.components().get(0);
        Observation observation = base.get();
        VerifiedCodes.scoreCoding(form.id(), primary).ifPresent(observation.getCode()::addCoding);
        observation.getCode().addCoding(scoreCoding(form, primary));
        setValue(form, observation, byName.get(primary));
        byName.values().stream()
                .filter(component -> !component.name().equals(primary))
                .forEach(component -> observation.addComponent(component(form, component)));
        return observation;
    }

    private static Observation base(
            ScoreResult result, @Nullable DateTimeType effective, @Nullable Reference subject, String response) {
        Observation observation = new Observation();
        observation.addExtension(
                MeasurementCanonicals.SCORING_RULE_VERSION, new StringType(result.scoringRuleVersion()));
        result.suppliedBy()
                .ifPresent(by -> observation.addExtension(MeasurementCanonicals.SUPPLIED_BY, new StringType(by)));
        observation.setStatus(ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(CATEGORY, "survey", "Survey")));
        if (subject != null) {
            observation.setSubject(subject.copy());
        }
        if (effective != null) {
            observation.setEffective(effective.copy());
        }
        observation.addDerivedFrom(new Reference(response));
        return observation;
    }

    private static Coding scoreCoding(FormDefinition form, String name) {
        return new Coding(form.codeSystemUrl(), InstrumentCodeSystems.SCORE + name, form.componentDisplay(name));
    }

    private static void setValue(FormDefinition form, Observation observation, @Nullable ScoreComponent component) {
        if (component == null) {
            observation.setDataAbsentReason(dataAbsent());
            return;
        }
        observation.setValue(value(component.value()));
        component.band().ifPresent(band -> observation.addInterpretation(band(form, band)));
    }

    private static ObservationComponentComponent component(FormDefinition form, ScoreComponent component) {
        ObservationComponentComponent written = new ObservationComponentComponent(
                        new CodeableConcept(scoreCoding(form, component.name())))
                .setValue(value(component.value()));
        component.band().ifPresent(band -> written.addInterpretation(band(form, band)));
        return written;
    }

    private static Type value(BigDecimal value) {
        if (value.scale() == 0 && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return new IntegerType(value.intValueExact());
        }
        return new Quantity()
                .setValue(value)
                .setUnit(SCORE_UNIT)
                .setSystem(UCUM)
                .setCode(SCORE_UNIT);
    }

    private static CodeableConcept band(FormDefinition form, ScoreBand band) {
        CodeableConcept concept = new CodeableConcept(new Coding(
                form.codeSystemUrl(), InstrumentCodeSystems.BAND + band.code(), form.bandDisplay(band.code())));
        concept.addExtension(MeasurementCanonicals.BAND_SOURCE, new StringType(band.source()));
        return concept;
    }

    private static CodeableConcept dataAbsent() {
        return new CodeableConcept(new Coding(DATA_ABSENT, "unknown", "Unknown"));
    }

    /**
     * Reads the score Observations of one response back into its result.
     *
     * @param instrumentVersion the version of the instrument answered
     * @param observations the score Observations, in any order
     * @param issues where problems are added, with paths such as {@code Observation[1].code}
     * @return the result, or empty if there are no Observations or a problem is an error
     */
    static Optional<ScoreResult> read(
            FormDefinition form,
            String instrumentVersion,
            List<Observation> observations,
            List<ValidationIssue> issues) {
        if (observations.isEmpty()) {
            return Optional.empty();
        }
        Reader reader = new Reader(form, issues);
        for (int i = 0; i < observations.size(); i++) {
            reader.read(observations.get(i), "Observation[" + i + "]");
        }
        return reader.result(instrumentVersion, observations.size());
    }

    /** The state of one read: what the Observations read so far have given. */
    private static final class Reader {

        private final FormDefinition form;
        private final List<ValidationIssue> issues;
        private final int errorsBefore;
        private final Map<String, ScoreComponent> components = new LinkedHashMap<>();
        private final List<String> named = new ArrayList<>();
        private final List<String> flags = new ArrayList<>();
        private final List<ScoreMessage> messages = new ArrayList<>();
        private @Nullable String ruleVersion;
        private @Nullable String suppliedBy;

        Reader(FormDefinition form, List<ValidationIssue> issues) {
            this.form = form;
            this.issues = issues;
            this.errorsBefore = errors();
        }

        private int errors() {
            return (int) issues.stream().filter(ResponseReading::isError).count();
        }

        void read(Observation observation, String path) {
            ResponseReading.modifiers(observation.getModifierExtension(), path, issues);
            ResponseReading.unread(observation, path, UNREAD, issues);
            extensions(observation, path);
            String name = name(observation.getCode(), path + ".code");
            if (name == null) {
                return;
            }
            named.add(name);
            if (form.shape() != FormDefinition.Shape.STAR) {
                BigDecimal value = value(observation.getValue(), path + ".value");
                ScoreBand band = band(observation.getInterpretation(), path + ".interpretation");
                if (value != null) {
                    put(name, value, band, path);
                }
            }
            List<ObservationComponentComponent> parts = observation.getComponent();
            for (int i = 0; i < parts.size(); i++) {
                part(parts.get(i), path + ".component[" + i + "]");
            }
        }

        private void extensions(Observation observation, String path) {
            List<Extension> extensions = observation.getExtension();
            for (int i = 0; i < extensions.size(); i++) {
                Extension extension = extensions.get(i);
                String at = path + ".extension[" + i + "]";
                String url = String.valueOf(extension.getUrl());
                if (url.equals(MeasurementCanonicals.SCORING_RULE_VERSION)) {
                    ruleVersion = same(ruleVersion, text(extension, at), at, "scoring-rule version");
                } else if (url.equals(MeasurementCanonicals.SUPPLIED_BY)) {
                    suppliedBy = same(suppliedBy, text(extension, at), at, "supplier");
                } else if (url.equals(MeasurementCanonicals.SCORE_MESSAGE)) {
                    message(extension, at);
                } else {
                    issues.add(ValidationIssue.of(
                            FhirIssueCode.UNKNOWN_ELEMENT,
                            Severity.WARNING,
                            at,
                            "extension '" + Texts.shown(url) + "' is not part of a score and is not read"));
                }
            }
        }

        private @Nullable String same(@Nullable String known, @Nullable String found, String path, String what) {
            if (known != null && found != null && !known.equals(found)) {
                error(FhirIssueCode.INVALID_VALUE, path, "a second " + what + " '" + Texts.shown(found) + "'");
            }
            return known != null ? known : found;
        }

        private @Nullable String text(Extension extension, String path) {
            Type value = extension.getValue();
            String text = value instanceof StringType ? ((StringType) value).getValue() : null;
            if (text != null && !text.isBlank()) {
                return text;
            }
            error(FhirIssueCode.INVALID_VALUE, path, "must hold a valueString");
            return null;
        }

        private void message(Extension extension, String path) {
            String code = null;
            String item = null;
            String text = null;
            for (Extension part : extension.getExtension()) {
                Type value = part.getValue();
                String content = value instanceof PrimitiveType ? ((PrimitiveType<?>) value).getValueAsString() : null;
                switch (String.valueOf(part.getUrl())) {
                    case "code":
                        code = content;
                        break;
                    case "item":
                        item = content;
                        break;
                    case "text":
                        text = content;
                        break;
                    default:
                        error(FhirIssueCode.INVALID_STRUCTURE, path, "a score message has no part " + part.getUrl());
                }
            }
            if (code == null || text == null) {
                error(FhirIssueCode.INVALID_STRUCTURE, path, "a score message needs a code and a text");
                return;
            }
            messages.add(ScoreMessage.builder()
                    .code(code)
                    .item(Optional.ofNullable(item))
                    .text(text)
                    .build());
        }

        /** The component (or, for a star, {@code reading}) an Observation's code stands for. */
        private @Nullable String name(CodeableConcept code, String path) {
            for (Coding coding : code.getCoding()) {
                if (form.codeSystemUrl().equals(coding.getSystem()) && coding.getCode() != null) {
                    String value = coding.getCode();
                    if (form.shape() == FormDefinition.Shape.STAR && value.equals(InstrumentCodeSystems.READING)) {
                        return value;
                    }
                    String component = stripPrefix(value, InstrumentCodeSystems.SCORE);
                    if (form.shape() != FormDefinition.Shape.STAR
                            && form.components().contains(component)) {
                        return component;
                    }
                }
            }
            if (form.shape() != FormDefinition.Shape.STAR) {
                for (Coding coding : code.getCoding()) {
                    Optional<String> component = VerifiedCodes.componentOf(form.id(), coding);
                    if (component.isPresent()) {
                        return component.get();
                    }
                }
            }
            error(FhirIssueCode.INVALID_VALUE, path, "is not a score of " + form.id());
            return null;
        }

        private void part(ObservationComponentComponent part, String path) {
            String code = part.getCode().getCoding().stream()
                    .filter(coding -> form.codeSystemUrl().equals(coding.getSystem()))
                    .map(Coding::getCode)
                    .filter(value -> value != null)
                    .findFirst()
                    .orElse("");
            String component = stripPrefix(code, InstrumentCodeSystems.SCORE);
            String flag = stripPrefix(code, InstrumentCodeSystems.FLAG);
            if (!component.isEmpty() && form.components().contains(component)) {
                BigDecimal value = value(part.getValue(), path + ".value");
                ScoreBand band = band(part.getInterpretation(), path + ".interpretation");
                if (value != null) {
                    put(component, value, band, path);
                } else {
                    error(FhirIssueCode.INVALID_VALUE, path + ".value", "a score component needs a value");
                }
            } else if (!flag.isEmpty()) {
                if (part.getValue() instanceof BooleanType && ((BooleanType) part.getValue()).booleanValue()) {
                    flags.add(flag);
                } else {
                    error(FhirIssueCode.INVALID_VALUE, path + ".value", "a raised flag is valueBoolean true");
                }
            } else {
                error(FhirIssueCode.INVALID_VALUE, path + ".code", "is not a score component or flag of " + form.id());
            }
        }

        private void put(String name, BigDecimal value, @Nullable ScoreBand band, String path) {
            if (components.containsKey(name)) {
                error(FhirIssueCode.INVALID_STRUCTURE, path, "the component " + name + " is given twice");
                return;
            }
            components.put(
                    name,
                    ScoreComponent.builder()
                            .name(name)
                            .value(value)
                            .band(Optional.ofNullable(band))
                            .build());
        }

        private @Nullable BigDecimal value(@Nullable Type value, String path) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
                return BigDecimal.valueOf(((IntegerType) value).getValue());
            }
            if (value instanceof Quantity && ((Quantity) value).hasValue()) {
                return ((Quantity) value).getValue();
            }
            error(FhirIssueCode.INVALID_VALUE, path, "a score is a valueInteger or a valueQuantity with a value");
            return null;
        }

        private @Nullable ScoreBand band(List<CodeableConcept> interpretations, String path) {
            if (interpretations.isEmpty()) {
                return null;
            }
            if (interpretations.size() > 1) {
                error(FhirIssueCode.INVALID_STRUCTURE, path + "[1]", "a score has one band at most");
                return null;
            }
            CodeableConcept concept = interpretations.get(0);
            String code = concept.getCoding().stream()
                    .filter(coding -> form.codeSystemUrl().equals(coding.getSystem()))
                    .map(coding -> stripPrefix(String.valueOf(coding.getCode()), InstrumentCodeSystems.BAND))
                    .filter(band -> !band.isEmpty())
                    .findFirst()
                    .orElse(null);
            // Not getExtensionByUrl: it throws IllegalArgumentException when the extension repeats.
            Extension source = null;
            List<Extension> extensions = concept.getExtension();
            for (int i = 0; i < extensions.size(); i++) {
                Extension extension = extensions.get(i);
                if (MeasurementCanonicals.BAND_SOURCE.equals(extension.getUrl())) {
                    if (source != null) {
                        error(
                                FhirIssueCode.INVALID_STRUCTURE,
                                path + "[0].extension[" + i + "]",
                                "the score-band-source extension of a band must not repeat");
                        return null;
                    }
                    source = extension;
                }
            }
            if (code == null
                    || source == null
                    || !(source.getValue() instanceof StringType)
                    || ((StringType) source.getValue()).getValue() == null) {
                error(
                        FhirIssueCode.INVALID_VALUE,
                        path + "[0]",
                        "a band needs a band code of " + form.id() + " and its source");
                return null;
            }
            return ScoreBand.of(code, ((StringType) source.getValue()).getValue());
        }

        private static String stripPrefix(String code, String prefix) {
            return code.startsWith(prefix) ? code.substring(prefix.length()) : "";
        }

        private void error(FhirIssueCode code, String path, String message) {
            issues.add(ValidationIssue.of(code, path, message));
        }

        Optional<ScoreResult> result(String instrumentVersion, int count) {
            boolean single = form.shape() != FormDefinition.Shape.SEPARATE;
            if (single && count > 1) {
                error(FhirIssueCode.INVALID_STRUCTURE, "Observation[1]", form.id() + " is scored in one Observation");
            }
            if (named.stream().distinct().count() < named.size()) {
                error(FhirIssueCode.INVALID_STRUCTURE, "Observation", "two Observations hold the same score");
            }
            if (ruleVersion == null) {
                error(
                        FhirIssueCode.INVALID_STRUCTURE,
                        "Observation[0].extension",
                        "the scoring-rule version is missing");
            }
            if (errors() > errorsBefore || ruleVersion == null) {
                return Optional.empty();
            }
            ScoreResult.Builder result = ScoreResult.builder()
                    .instrumentId(form.id())
                    .instrumentVersion(instrumentVersion)
                    .scoringRuleVersion(ruleVersion)
                    .status(form.statusOf(components.keySet()))
                    .addAllFlags(flags)
                    .addAllMessages(messages)
                    .suppliedBy(Optional.ofNullable(suppliedBy));
            for (String name : form.components()) {
                ScoreComponent component = components.get(name);
                if (component != null) {
                    result.addComponent(component);
                }
            }
            return Optional.of(result.build());
        }
    }
}
