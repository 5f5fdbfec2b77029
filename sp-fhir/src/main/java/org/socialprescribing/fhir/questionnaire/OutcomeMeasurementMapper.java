package org.socialprescribing.fhir.questionnaire;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.mapping.internal.Systems;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Maps sp-model's {@link OutcomeMeasurement} to a FHIR QuestionnaireResponse plus its score Observations, and back,
 * losslessly: {@code toMeasurement(toResources(m)).value()} equals {@code m}, also through JSON.
 *
 * <pre>{@code
 * OutcomeMeasurementMapper mapper = OutcomeMeasurementMapper.standard();
 * MeasurementResources fhir = mapper.toResources(measurement, "urn:uuid:" + uuid, "urn:uuid:" + patientUuid);
 * OutcomeMeasurement back = mapper.toMeasurement(fhir).value();
 * }</pre>
 *
 * <p>The QuestionnaireResponse ({@value MeasurementCanonicals#OUTCOME_RESPONSE_PROFILE}) answers the instrument's
 * Questionnaire ({@code questionnaire} = its canonical URL {@code |} the instrument version), has {@code authored} =
 * the date, and the extensions {@value MeasurementCanonicals#TIMEPOINT} and {@value MeasurementCanonicals#COLLECTOR}.
 * Answers are written as {@link InstrumentQuestionnaires} defines the items: a {@code valueCoding} of the answer
 * option carrying its {@code itemWeight}, otherwise a {@code valueInteger} (star areas, unscored items). The score,
 * when there is one, becomes score Observations as {@link QuestionnaireResponseScorer} writes them ({@value
 * MeasurementCanonicals#SCORE_OBSERVATION_PROFILE}), {@code derivedFrom} the response.
 *
 * <p>Writing checks the measurement: answers must be accepted answer codes written as digits ({@code "4"}, not
 * {@code "04"}), since FHIR codes would not keep the difference, and the score must belong to the instrument and
 * agree with itself (for example a {@code scored} status needs every component). Reading is the reverse and
 * reports every problem with a FHIRPath location. Immutable and thread-safe.
 */
public final class OutcomeMeasurementMapper {

    /** Elements of a response that an outcome measurement does not hold: reported when present, never read. */
    private static final List<String> UNREAD =
            List.of("identifier", "basedOn", "partOf", "encounter", "author", "source", "contained");

    private final Catalogue catalogue;
    private final Definitions definitions;

    private OutcomeMeasurementMapper(Catalogue catalogue, Definitions definitions) {
        this.catalogue = catalogue;
        this.definitions = definitions;
    }

    /**
     * A mapper for the instruments of {@link InstrumentRegistry#standard()}.
     *
     * @return the mapper, never null
     */
    public static OutcomeMeasurementMapper standard() {
        return of(InstrumentRegistry.standard());
    }

    /**
     * A mapper for the instruments of a registry, e.g. one with local instruments added.
     *
     * @param registry the instruments, not null
     * @return the mapper, never null
     */
    public static OutcomeMeasurementMapper of(InstrumentRegistry registry) {
        return new OutcomeMeasurementMapper(Catalogue.of(requireNonNull(registry, "registry")), Definitions.NONE);
    }

    /**
     * This mapper plus a licensee's Outcomes Star, whose readings are measurements with the star's id.
     *
     * @param star the star, not null
     * @return a new mapper, never null
     * @throws InvalidValueException if an instrument or star already has the star's id
     */
    public OutcomeMeasurementMapper withStar(StarDefinition star) {
        return new OutcomeMeasurementMapper(catalogue.withStar(requireNonNull(star, "star")), definitions);
    }

    /**
     * This mapper plus the definitions of other systems' Questionnaires, for {@link
     * #importMeasurement(QuestionnaireResponse, Timepoint, Collector)}: a response
     * naming one of them is read through it, as {@link QuestionnaireResponseScorer#withDefinitions} reads it. The
     * referral intake passes the Questionnaires, ValueSets and CodeSystems of the Bundle it reads.
     *
     * @param resources Questionnaires, ValueSets, CodeSystems, or Bundles holding them (other resources in a Bundle
     *     are passed over), not null; copied
     * @return a new mapper, never null
     * @throws InvalidValueException if a resource is of another type
     */
    public OutcomeMeasurementMapper withDefinitions(List<? extends Resource> resources) {
        requireNonNull(resources, "resources");
        return new OutcomeMeasurementMapper(catalogue, definitions.and(resources));
    }

    /**
     * Maps a measurement with no subject.
     *
     * @param measurement the measurement, not null
     * @param responseReference how the score Observations refer to the response: {@code QuestionnaireResponse/<id>}
     *     (or a URL ending so), which also becomes the response's id, or a {@code urn:uuid:} (a Bundle entry's full
     *     URL), not null
     * @return the response and its score Observations, never null
     * @throws InvalidResponseException if an answer names no item of the instrument or is not an accepted answer
     *     code written as digits (the report lists every problem)
     * @throws InvalidValueException if the instrument is not known, the reference has another form, or the score
     *     belongs to another instrument, is invalid or contradicts itself
     */
    public MeasurementResources toResources(OutcomeMeasurement measurement, String responseReference) {
        return map(measurement, responseReference, null);
    }

    /**
     * Maps a measurement of a person.
     *
     * @param measurement the measurement, not null
     * @param responseReference how the score Observations refer to the response, as in {@link
     *     #toResources(OutcomeMeasurement, String)}, not null
     * @param subjectReference the reference to the person's Patient, e.g. {@code urn:uuid:...} or {@code
     *     Patient/123}, written as {@code subject} of every resource; not blank
     * @return the response and its score Observations, never null
     * @throws InvalidResponseException if an answer names no item of the instrument or is not an accepted answer
     *     code written as digits (the report lists every problem)
     * @throws InvalidValueException if the instrument is not known, a reference is blank or of another form, or the
     *     score belongs to another instrument, is invalid or contradicts itself
     */
    public MeasurementResources toResources(
            OutcomeMeasurement measurement, String responseReference, String subjectReference) {
        if (subjectReference.isBlank()) {
            throw new InvalidValueException("subjectReference", "must not be blank");
        }
        return map(measurement, responseReference, subjectReference);
    }

    private MeasurementResources map(
            OutcomeMeasurement measurement, String responseReference, @Nullable String subjectReference) {
        FormDefinition form = catalogue.get(measurement.instrumentId());
        if (!measurement.instrumentVersion().equals(form.version())) {
            throw new InvalidValueException(
                    "instrumentVersion",
                    measurement.instrumentVersion(),
                    "is not the version of " + form.id() + " the SDK knows (" + form.version() + ")");
        }
        List<ValidationIssue> problems = form.checkAnswers(measurement.answers());
        if (!problems.isEmpty()) {
            throw new InvalidResponseException(ValidationReport.of(problems));
        }
        measurement.score().ifPresent(score -> checkScore(form, measurement, score));
        Reference subject = subjectReference == null ? null : new Reference(subjectReference);
        QuestionnaireResponse response = response(form, measurement, responseReference, subject);
        List<Observation> observations = measurement
                .score()
                .map(score ->
                        ScoreObservations.write(form, score, response.getAuthoredElement(), subject, responseReference))
                .orElse(List.of());
        return new MeasurementResources(response, observations);
    }

    private static void checkScore(FormDefinition form, OutcomeMeasurement measurement, ScoreResult score) {
        if (!score.instrumentId().equals(measurement.instrumentId())) {
            throw new InvalidValueException(
                    "score.instrumentId", score.instrumentId().value(), "must be " + measurement.instrumentId());
        }
        if (!score.instrumentVersion().equals(measurement.instrumentVersion())) {
            throw new InvalidValueException(
                    "score.instrumentVersion", score.instrumentVersion(), "must be " + measurement.instrumentVersion());
        }
        ScoreObservations.checkWritable(form, score);
    }

    private static QuestionnaireResponse response(
            FormDefinition form, OutcomeMeasurement measurement, String reference, @Nullable Reference subject) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        References.check(reference).ifPresent(response::setId);
        measurement
                .id()
                .ifPresent(id -> response.setIdentifier(
                        new Identifier().setSystem(Systems.MEASUREMENT_ID).setValue(id)));
        response.addExtension(MeasurementCanonicals.TIMEPOINT, MeasurementCodeSystems.coding(measurement.timepoint()));
        response.addExtension(MeasurementCanonicals.COLLECTOR, MeasurementCodeSystems.coding(measurement.collector()));
        response.setQuestionnaire(form.questionnaireUrl() + "|" + form.version());
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        if (subject != null) {
            response.setSubject(subject.copy());
        }
        response.setAuthoredElement(new DateTimeType(measurement.date().toString()));
        Map<String, String> answers = measurement.answers();
        for (Question question : form.questions()) {
            String answer = answers.get(question.key());
            if (answer != null) {
                QuestionnaireResponseItemComponent item = response.addItem().setLinkId(question.key());
                item.addAnswer().setValue(value(form, question, answer));
            }
        }
        return response;
    }

    private static Type value(FormDefinition form, Question question, String answer) {
        return switch (question.type()) {
            case CHOICE -> {
                int code = Integer.parseInt(answer);
                ResponseOption option = question.option(code).orElseThrow();
                Coding coding = form.answerCoding(question, option);
                coding.addExtension(MeasurementCanonicals.ITEM_WEIGHT, new DecimalType(option.weight()));
                yield coding;
            }
            case INTEGER, UNCHECKED -> new IntegerType(Integer.parseInt(answer));
        };
    }

    /**
     * Checks a response and its score Observations without throwing: everything {@link
     * #toMeasurement(QuestionnaireResponse, List)} would reject is
     * an error, and extensions it would not read are warnings.
     *
     * @param response the response, not null
     * @param scores its score Observations, in any order; empty if unscored; not null
     * @return the report, with FHIRPath locations ({@code Observation[i]} is the i-th Observation given); never null
     */
    public ValidationReport validate(QuestionnaireResponse response, List<Observation> scores) {
        List<ValidationIssue> issues = new ArrayList<>();
        read(response, scores, issues);
        return ValidationReport.of(issues);
    }

    /**
     * Maps a response and its score Observations back to a measurement, with the warnings {@link #validate} gives,
     * in one pass.
     *
     * @param response the response, not null
     * @param scores its score Observations, in any order; empty if unscored; not null
     * @return the measurement, with warnings for extensions and elements it does not read, and the stored score's
     *     check ({@code OutcomeMeasurement.checkScore} with this mapper's instruments and stars): {@code
     *     measurement.score.mismatch} (an error, yet the measurement is returned as sent),
     *     {@code measurement.score.unverifiable} (a warning), at the first score Observation; never null
     * @throws InvalidResponseException if {@link #validate} would find an error (the report lists them all)
     */
    public MappingResult<OutcomeMeasurement> toMeasurement(QuestionnaireResponse response, List<Observation> scores) {
        List<ValidationIssue> issues = new ArrayList<>();
        OutcomeMeasurement measurement = read(response, scores, issues);
        ValidationReport report = ValidationReport.of(issues);
        if (measurement == null || !report.isValid()) {
            throw new InvalidResponseException(report);
        }
        // A stored score that contradicts its answers is reported, not thrown: the record is kept as it was sent.
        String at = scores.isEmpty() ? ResponseReading.ROOT : "Observation[0]";
        measurement
                .checkScore(catalogue.rescorer())
                .ifPresent(code -> issues.add(ValidationIssue.of(code, at, code.rule())));
        return MappingResult.of(measurement, ValidationReport.of(issues));
    }

    /**
     * Reads a response from another system as a measurement: one without the SDK's timepoint and collector extensions,
     * matched to an instrument as {@link QuestionnaireResponseScorer} matches it (the SDK canonical, a Questionnaire
     * given to {@link #withDefinitions}, the items' LOINC codes such as {@code 44250-9} or {@code /44250-9}, LOINC
     * answer codes with or without their system, weights)
     * and scored by the SDK. The response does not say when in the episode it was taken nor who collected it, so the
     * caller states both.
     *
     * @param response the response, not null
     * @param timepoint when in the episode it was taken, as the caller knows it, not null
     * @param collector who collected it, as the caller knows it, not null
     * @return the measurement (scored unless its instrument is record-only), with the reading's warnings and notes
     *     (missing answers, items the instrument does not use, a stated total that differs, extensions and elements
     *     such as {@code author} or {@code encounter} that a measurement does not hold), never null
     * @throws InvalidResponseException if the response matches no instrument the mapper knows, has no date, or has an
     *     error in its answers (the report lists them all)
     */
    public MappingResult<OutcomeMeasurement> importMeasurement(
            QuestionnaireResponse response, Timepoint timepoint, Collector collector) {
        requireNonNull(response, "response");
        requireNonNull(timepoint, "timepoint");
        requireNonNull(collector, "collector");
        ResponseReading.Result answers = new ResponseReading(catalogue, definitions, null, false).read(response);
        List<ValidationIssue> issues = new ArrayList<>(answers.issues());
        // What a measurement does not hold is reported, as for the SDK's own responses; a contained Questionnaire
        // is read (it may be the definition the response names).
        unknownExtensions(response, issues);
        ResponseReading.unread(
                response,
                ResponseReading.ROOT,
                UNREAD.stream().filter(name -> !name.equals("contained")).toList(),
                issues);
        LocalDate date = ResponseReading.authoredDate(response, issues);
        FormDefinition form = answers.form();
        if (form == null || date == null || issues.stream().anyMatch(ResponseReading::isError)) {
            throw new InvalidResponseException(ValidationReport.of(issues));
        }
        Optional<ScoreResult> score =
                form.notScoredReason().isPresent() ? Optional.empty() : Optional.of(form.score(answers.answers()));
        return MappingResult.of(
                measurement(Optional.empty(), form, timepoint, date, collector, answers, score),
                ValidationReport.of(issues));
    }

    /**
     * Reads another system's Observation of an instrument's score as a measurement "as recorded elsewhere": the score
     * only, no answers, with {@code suppliedBy} naming the Observation ({@code FHIR Observation <id>}), in the shape
     * sp-gp gives a score from a GP record. Only scores the SDK knows by a verified national code are read: LOINC
     * 44261-6 (PHQ-9 total) and 70274-6 (GAD-7 total), SNOMED CT 718426000 (WEMWBS score) and 718466001 (SWEMWBS
     * score), with their older UK-extension concepts. A SWEMWBS score is kept without a component and with a {@code
     * fhir.questionnaire.scale-not-stated} warning, because its codes do not say raw or converted. The value must be
     * a number in the instrument's range (from sp-measures' items), dated by {@code effectiveDateTime} or {@code
     * effectiveInstant}, and the Observation final, amended or corrected. Only the status, code, value and date are
     * read: a caller that must lose nothing reports the rest.
     *
     * @param observation the Observation, not null
     * @param timepoint when in the episode it was taken, as the caller knows it, not null
     * @param collector who collected it, as the caller knows it, not null
     * @return the measurement, with the warnings of the reading, never null
     * @throws InvalidResponseException if the Observation is not such a score ({@code fhir.questionnaire.unmatched}
     *     at {@code Observation.code}), or its status, value or date cannot be read (the report lists every problem)
     */
    public MappingResult<OutcomeMeasurement> importMeasurement(
            Observation observation, Timepoint timepoint, Collector collector) {
        requireNonNull(observation, "observation");
        requireNonNull(timepoint, "timepoint");
        requireNonNull(collector, "collector");
        return RecordedTotals.read(catalogue, observation, timepoint, collector);
    }

    /**
     * Maps resources this mapper wrote back to a measurement, as {@link #toMeasurement(QuestionnaireResponse, List)}.
     *
     * @param resources the response and its Observations, not null
     * @return the measurement, with the warnings of the reading, never null
     * @throws InvalidResponseException if {@link #validate} finds an error
     */
    public MappingResult<OutcomeMeasurement> toMeasurement(MeasurementResources resources) {
        return toMeasurement(resources.questionnaireResponse(), resources.observations());
    }

    private @Nullable OutcomeMeasurement read(
            QuestionnaireResponse response, List<Observation> scores, List<ValidationIssue> issues) {
        requireNonNull(response, "response");
        requireNonNull(scores, "scores");
        ResponseReading.Result answers = new ResponseReading(catalogue).read(response);
        // Missing answers are normal for a measurement: the score (if any) says what they mean.
        answers.issues().stream()
                .filter(issue -> issue.severity() != Severity.WARNING)
                .forEach(issues::add);
        Timepoint timepoint =
                coded(response, MeasurementCanonicals.TIMEPOINT, "timepoint", Timepoint::fromCode, issues);
        Collector collector =
                coded(response, MeasurementCanonicals.COLLECTOR, "collector", Collector::fromCode, issues);
        unknownExtensions(response, issues);
        // The SDK's own measurement id is read; any other identifier is the sender's and reported as not read.
        Optional<String> id = Optional.of(response.getIdentifier())
                .filter(identifier -> Systems.MEASUREMENT_ID.equals(identifier.getSystem()) && identifier.hasValue())
                .map(Identifier::getValue);
        ResponseReading.unread(
                response,
                ResponseReading.ROOT,
                id.isPresent()
                        ? UNREAD.stream()
                                .filter(name -> !name.equals("identifier"))
                                .toList()
                        : UNREAD,
                issues);
        LocalDate date = ResponseReading.authoredDate(response, issues);
        FormDefinition form = answers.form();
        if (form == null) {
            return null;
        }
        Optional<ScoreResult> score = ScoreObservations.read(form, form.version(), scores, issues);
        if (answers.hasErrors()
                || timepoint == null
                || collector == null
                || date == null
                || (!scores.isEmpty() && score.isEmpty())) {
            return null;
        }
        return measurement(id, form, timepoint, date, collector, answers, score);
    }

    private static OutcomeMeasurement measurement(
            Optional<String> id,
            FormDefinition form,
            Timepoint timepoint,
            LocalDate date,
            Collector collector,
            ResponseReading.Result answers,
            Optional<ScoreResult> score) {
        return OutcomeMeasurement.builder()
                .id(id)
                .instrumentId(form.id())
                .instrumentVersion(form.version())
                .timepoint(timepoint)
                .date(date)
                .collector(collector)
                .putAllAnswers(answers.answers())
                .score(score)
                .build();
    }

    private static <T> @Nullable T coded(
            QuestionnaireResponse response,
            String url,
            String name,
            Function<String, T> fromCode,
            List<ValidationIssue> issues) {
        List<Extension> extensions = response.getExtensionsByUrl(url);
        String path = ResponseReading.ROOT + ".extension('" + url + "')";
        if (extensions.size() != 1 || !(extensions.get(0).getValue() instanceof Coding)) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.INVALID_STRUCTURE,
                    path,
                    "needs exactly one " + name + " extension with a valueCoding"));
            return null;
        }
        Coding coding = (Coding) extensions.get(0).getValue();
        String system = name.equals("timepoint")
                ? MeasurementCanonicals.TIMEPOINT_SYSTEM
                : MeasurementCanonicals.COLLECTOR_SYSTEM;
        try {
            if (!system.equals(coding.getSystem())) {
                throw new InvalidValueException(name, String.valueOf(coding.getSystem()), "must be " + system);
            }
            return fromCode.apply(coding.getCode());
        } catch (InvalidValueException e) {
            issues.add(ValidationIssue.of(FhirIssueCode.INVALID_VALUE, path, e.getMessage()));
            return null;
        }
    }

    private static void unknownExtensions(QuestionnaireResponse response, List<ValidationIssue> issues) {
        List<Extension> extensions = response.getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            String url = String.valueOf(extensions.get(i).getUrl());
            if (!url.equals(MeasurementCanonicals.TIMEPOINT) && !url.equals(MeasurementCanonicals.COLLECTOR)) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.UNKNOWN_ELEMENT,
                        Severity.WARNING,
                        ResponseReading.ROOT + ".extension[" + i + "]",
                        "extension '" + Texts.shown(url) + "' is not part of an outcome measurement and is not read"));
            }
        }
    }

    @Override
    public String toString() {
        return "OutcomeMeasurementMapper" + catalogue + (definitions.isEmpty() ? "" : " + " + definitions);
    }
}
