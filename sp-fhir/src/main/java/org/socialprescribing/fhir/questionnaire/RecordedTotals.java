package org.socialprescribing.fhir.questionnaire;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.internal.IsoDates;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Reads another system's Observation of an instrument's score as an outcome measurement "as recorded elsewhere": the
 * score only, no answers, {@code suppliedBy} naming where it came from. The same shape as sp-gp gives a score from a
 * GP record (its range check too: the instrument's own range, from sp-measures' items), so that a score read in a
 * referral and one read from a GP extract look alike. Only scores known by a verified national code are read
 * ({@link VerifiedCodes#recordedScoreOf}); a SWEMWBS score keeps no component, because its codes do not say raw or
 * converted.
 */
final class RecordedTotals {

    static final String ROOT = "Observation";

    /** What {@code suppliedBy} says: the kind of record the score was read from. */
    static final String SUPPLIED_BY = "FHIR Observation";

    private static final Set<Observation.ObservationStatus> RECORDED = Set.of(
            Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.AMENDED,
            Observation.ObservationStatus.CORRECTED);

    // UCUM's codes for a number without a unit: what score Observations carry (the SDK writes {score}).
    private static final Set<String> UNITLESS = Set.of("{score}", "1");
    private static final String UCUM = "http://unitsofmeasure.org";

    private RecordedTotals() {}

    /**
     * @throws InvalidResponseException if the Observation is not a score the SDK knows by a verified code ({@code
     *     fhir.questionnaire.unmatched} at {@code Observation.code}), or its status, value or date cannot be read
     */
    static MappingResult<OutcomeMeasurement> read(
            Catalogue catalogue, Observation observation, Timepoint timepoint, Collector collector) {
        List<ValidationIssue> issues = new ArrayList<>();
        Map.Entry<InstrumentId, Optional<String>> score = score(catalogue, observation, issues);
        Instrument instrument = score == null
                ? null
                : catalogue
                        .find(score.getKey())
                        .flatMap(FormDefinition::instrument)
                        .orElse(null);
        if (score != null && instrument == null) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                    ROOT + ".code",
                    "is a score of " + score.getKey() + ", which this mapper's instruments do not include"));
        }
        if (!observation.hasStatus() || !RECORDED.contains(observation.getStatus())) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.INVALID_VALUE,
                    ROOT + ".status",
                    "is '" + (observation.hasStatus() ? observation.getStatus().toCode() : "")
                            + "': only a final, amended or corrected Observation is a recorded score"));
        }
        LocalDate date = date(observation, issues);
        BigDecimal value = value(observation, issues);
        if (instrument == null || date == null || value == null || !issues.isEmpty()) {
            throw new InvalidResponseException(ValidationReport.of(issues));
        }
        Optional<String> component = score.getValue();
        checkRange(instrument, component, value, issues);
        if (!issues.isEmpty()) {
            throw new InvalidResponseException(ValidationReport.of(issues));
        }
        ScoreResult result = supplied(instrument, component, value, observation, issues);
        OutcomeMeasurement measurement = OutcomeMeasurement.builder()
                .instrumentId(instrument.id())
                .instrumentVersion(instrument.version())
                .timepoint(timepoint)
                .date(date)
                .collector(collector)
                .score(result)
                .build();
        return MappingResult.of(measurement, ValidationReport.of(issues));
    }

    /** The instrument and component the Observation's code names; null (reported) if none or more than one. */
    private static Map.@Nullable Entry<InstrumentId, Optional<String>> score(
            Catalogue catalogue, Observation observation, List<ValidationIssue> issues) {
        Map.Entry<InstrumentId, Optional<String>> found = null;
        for (Coding coding : observation.getCode().getCoding()) {
            Optional<Map.Entry<InstrumentId, Optional<String>>> score =
                    VerifiedCodes.recordedScoreOf(coding.getSystem(), coding.getCode());
            if (score.isEmpty()) {
                continue;
            }
            if (found != null && !found.equals(score.get())) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.QUESTIONNAIRE_AMBIGUOUS,
                        ROOT + ".code",
                        "names scores of two instruments or components (" + found.getKey() + ", "
                                + score.get().getKey() + ")"));
                return null;
            }
            found = score.get();
        }
        if (found == null) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                    ROOT + ".code",
                    "is not the score of an instrument the SDK knows by a verified code (LOINC 44261-6 PHQ-9 total,"
                            + " 70274-6 GAD-7 total; SNOMED CT 718426000 WEMWBS score, 718466001 SWEMWBS score, and"
                            + " their UK-extension predecessors)"));
        }
        return found;
    }

    /** The date the score was recorded for: {@code effectiveDateTime} or {@code effectiveInstant}, as written. */
    private static @Nullable LocalDate date(Observation observation, List<ValidationIssue> issues) {
        Type effective = observation.getEffective();
        String path = ROOT + ".effective";
        if (!(effective instanceof BaseDateTimeType)) {
            issues.add(ValidationIssue.of(
                    effective == null ? FhirIssueCode.MISSING_ELEMENT : FhirIssueCode.INVALID_VALUE,
                    path,
                    effective == null
                            ? "is needed: the date the score was recorded for"
                            : "is a " + effective.fhirType() + "; a recorded score needs a dateTime or instant"));
            return null;
        }
        BaseDateTimeType dateTime = (BaseDateTimeType) effective;
        String text = dateTime.getValueAsString();
        if (text == null || dateTime.getPrecision().compareTo(TemporalPrecisionEnum.DAY) < 0) {
            issues.add(ValidationIssue.of(FhirIssueCode.INVALID_VALUE, path, "must give the date of the score"));
            return null;
        }
        try {
            return IsoDates.localDate(text.substring(0, 10));
        } catch (DateTimeException e) {
            issues.add(ValidationIssue.of(FhirIssueCode.INVALID_VALUE, path, "is not a calendar date"));
            return null;
        }
    }

    /** The score: {@code valueInteger}, or a {@code valueQuantity} without comparator in no unit or UCUM's {@code {score}}. */
    private static @Nullable BigDecimal value(Observation observation, List<ValidationIssue> issues) {
        Type value = observation.getValue();
        String path = ROOT + ".value";
        if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
            return BigDecimal.valueOf(((IntegerType) value).getValue());
        }
        if (value instanceof Quantity && ((Quantity) value).hasValue()) {
            Quantity quantity = (Quantity) value;
            if (quantity.hasComparator()) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.INVALID_VALUE,
                        path + ".comparator",
                        "a score given as '" + quantity.getComparator().toCode() + "' a value is not a score"));
                return null;
            }
            boolean unitless =
                    !quantity.hasCode() || (UCUM.equals(quantity.getSystem()) && UNITLESS.contains(quantity.getCode()));
            if (!unitless) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.INVALID_VALUE,
                        path + ".code",
                        "a score has no unit; '" + Texts.shown(quantity.getCode()) + "' is not UCUM's {score} or 1"));
                return null;
            }
            return quantity.getValue();
        }
        String what = observation.hasDataAbsentReason()
                ? "is absent (dataAbsentReason): there is no score to keep"
                : value == null ? "is needed: the score" : "is a " + value.fhirType() + "; a score is a number";
        issues.add(ValidationIssue.of(
                value == null ? FhirIssueCode.MISSING_ELEMENT : FhirIssueCode.INVALID_VALUE, path, what));
        return null;
    }

    /**
     * The instrument's own range, from its items (the lowest and highest weights of the scored items, summed), and its
     * precision: whole numbers, or the conversion table's decimals where the component may be the converted score.
     */
    private static void checkRange(
            Instrument instrument, Optional<String> component, BigDecimal value, List<ValidationIssue> issues) {
        if (!(instrument.scoringRule() instanceof SummedScale)) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.VALUE_NOT_MAPPED,
                    ROOT + ".value",
                    instrument.id() + " is not a summed scale; a recorded score of it is not read"));
            return;
        }
        SummedScale scale = (SummedScale) instrument.scoringRule();
        int min = 0;
        int max = 0;
        for (Item item : instrument.items()) {
            if (item.isScored()) {
                min += item.minWeight();
                max += item.maxWeight();
            }
        }
        boolean converted = component.isEmpty() && scale.conversion().isPresent();
        int decimals = converted ? scale.conversion().get().scale() : 0;
        String label = instrument.id() + " " + component.orElse("score");
        if (Math.max(0, value.stripTrailingZeros().scale()) > decimals) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.INVALID_VALUE,
                    ROOT + ".value",
                    value.toPlainString() + " has more than " + decimals + " decimals, which a " + label
                            + " does not have"));
        } else if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.INVALID_VALUE,
                    ROOT + ".value",
                    value.toPlainString() + " is outside " + min + ".." + max + ", the range of the " + label));
        }
    }

    /**
     * The result as recorded: the value as the component its code names, or, where the code names none, no
     * component and a message saying which scores it could be; {@code suppliedBy} names the record.
     */
    private static ScoreResult supplied(
            Instrument instrument,
            Optional<String> component,
            BigDecimal value,
            Observation observation,
            List<ValidationIssue> issues) {
        String id = observation.getIdElement().getIdPart();
        ScoreResult.Builder result = ScoreResult.builder()
                .instrumentId(instrument.id())
                .instrumentVersion(instrument.version())
                .scoringRuleVersion(instrument.scoringRuleVersion())
                .suppliedBy(SUPPLIED_BY + (id == null ? "" : " " + Texts.shown(id)));
        if (component.isEmpty()) {
            String text = "the Observation gives " + value.toPlainString() + " under a code that does not say whether"
                    + " it is the raw or the converted (metric) " + instrument.id() + " score; the SDK does not guess";
            issues.add(ValidationIssue.of(FhirIssueCode.SCALE_NOT_STATED, Severity.WARNING, ROOT + ".code", text));
            return result.status(ScoreStatus.INCOMPLETE)
                    .addMessage(ScoreMessage.builder()
                            .code(FhirIssueCode.SCALE_NOT_STATED.code())
                            .text(text)
                            .build())
                    .build();
        }
        return result.status(ScoreStatus.SCORED)
                .addComponent(ScoreComponent.builder()
                        .name(component.get())
                        .value(value)
                        .build())
                .build();
    }
}
