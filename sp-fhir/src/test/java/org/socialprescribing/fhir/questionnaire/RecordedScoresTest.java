package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Rescorer;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Another system's Observation of an instrument's score becomes a measurement "as recorded elsewhere" (the shape sp-gp
 * gives a GP record's score): only under a verified national code, only in the instrument's range, never guessing
 * whether a SWEMWBS value is raw or converted.
 */
class RecordedScoresTest {

    private static final OutcomeMeasurementMapper MAPPER = OutcomeMeasurementMapper.standard();
    private static final String LOINC = "http://loinc.org";
    private static final String SNOMED = "http://snomed.info/sct";

    private static MappingResult<OutcomeMeasurement> read(Observation observation) {
        return MAPPER.importMeasurement(observation, Timepoint.OTHER, Collector.HEALTH_SYSTEM);
    }

    private static Observation observation(String system, String code, BigDecimal value) {
        Observation observation = new Observation();
        observation.setId("score-1");
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding(system, code, null)));
        observation.setValue(new Quantity()
                .setValue(value)
                .setSystem("http://unitsofmeasure.org")
                .setCode("{score}")
                .setUnit("{score}"));
        observation.setEffective(new DateTimeType("2025-03-04T10:00:00Z"));
        return observation;
    }

    private static List<String> errorPaths(Observation observation) {
        try {
            read(observation);
        } catch (InvalidResponseException e) {
            return e.report().errors().stream().map(issue -> issue.path()).toList();
        }
        throw new AssertionError("expected the Observation to be refused");
    }

    @Test
    void miiPro_phq9TotalObservation_isAPhq9TotalOf27RecordedElsewhere() {
        Observation published =
                ThirdParty.read("mii-pro/0af6017/Observation-mii-exa-pro-phq-9-observation.json", Observation.class);

        MappingResult<OutcomeMeasurement> result = read(published);

        OutcomeMeasurement measurement = result.value();
        assertThat(measurement.instrumentId()).isEqualTo(InstrumentId.of("phq9"));
        assertThat(measurement.date()).hasToString("2023-10-01");
        assertThat(measurement.answers()).isEmpty();
        ScoreResult score = measurement.score().orElseThrow();
        assertThat(score.status()).isEqualTo(ScoreStatus.SCORED);
        assertThat(score.components()).singleElement().satisfies(total -> {
            assertThat(total.name()).isEqualTo("total");
            assertThat(total.value()).isEqualByComparingTo("27"); // the value the MII example gives
        });
        assertThat(score.suppliedBy()).contains("FHIR Observation mii-exa-pro-phq-9-observation");
        assertThat(measurement.checkScore(Rescorer.installed())).isEmpty(); // a supplied score is its record's word
        assertThat(result.report().issues()).isEmpty();
    }

    @Test
    void miiPro_observationOnItsMainBranch_isCodedAsThePanel_andSoIsNoTotal() {
        Observation published =
                ThirdParty.read("mii-pro/Observation-mii-exa-pro-phq-9-observation.json", Observation.class);

        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> read(published))
                .satisfies(e -> assertThat(e.report().errors()).singleElement().satisfies(error -> {
                    assertThat(error.code()).isEqualTo(FhirIssueCode.QUESTIONNAIRE_UNMATCHED);
                    assertThat(error.path()).isEqualTo("Observation.code");
                }));
    }

    @ParameterizedTest
    @CsvSource({
        "http://loinc.org, 44261-6, phq9, 0",
        "http://loinc.org, 44261-6, phq9, 27",
        "http://loinc.org, 70274-6, gad7, 21",
        "http://snomed.info/sct, 718426000, wemwbs, 14",
        "http://snomed.info/sct, 885541000000103, wemwbs, 70"
    })
    void verifiedTotals_inRange_areScoredTotals(String system, String code, String instrument, int value) {
        OutcomeMeasurement measurement =
                read(observation(system, code, BigDecimal.valueOf(value))).value();

        assertThat(measurement.instrumentId()).isEqualTo(InstrumentId.of(instrument));
        assertThat(measurement.score().orElseThrow().components().get(0).value())
                .isEqualByComparingTo(BigDecimal.valueOf(value));
    }

    @ParameterizedTest
    @CsvSource({
        "http://loinc.org, 44261-6, 28",
        "http://loinc.org, 44261-6, -1",
        "http://loinc.org, 44261-6, 10.5",
        "http://loinc.org, 70274-6, 22",
        "http://snomed.info/sct, 718426000, 13",
        "http://snomed.info/sct, 718426000, 71",
        "http://snomed.info/sct, 718466001, 35.01",
        "http://snomed.info/sct, 718466001, 6.99",
        "http://snomed.info/sct, 718466001, 23.215"
    })
    void valuesOutsideTheInstrumentsRangeOrPrecision_areRefusedAtTheValue(String system, String code, String value) {
        assertThat(errorPaths(observation(system, code, new BigDecimal(value)))).containsExactly("Observation.value");
    }

    @ParameterizedTest
    @CsvSource({"718466001, 23.21", "960481000000107, 24", "718466001, 7"})
    void swemwbs_isKeptWithoutAComponent_becauseItsCodesDoNotSayRawOrConverted(String code, String value) {
        MappingResult<OutcomeMeasurement> result = read(observation(SNOMED, code, new BigDecimal(value)));

        ScoreResult score = result.value().score().orElseThrow();
        assertThat(result.value().instrumentId()).isEqualTo(InstrumentId.of("swemwbs"));
        assertThat(score.status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(score.components()).isEmpty();
        assertThat(score.messages()).singleElement().satisfies(message -> {
            assertThat(message.code()).isEqualTo("fhir.questionnaire.scale-not-stated");
            assertThat(message.text()).contains(value).contains("does not guess");
        });
        assertThat(result.report().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(FhirIssueCode.SCALE_NOT_STATED);
            assertThat(warning.path()).isEqualTo("Observation.code");
        });
    }

    @Test
    void anIntegerValueIsReadToo_andAPanelOrLocalCodeIsNot() {
        Observation integer = observation(LOINC, "70274-6", BigDecimal.ONE);
        integer.setValue(new IntegerType(12));
        assertThat(read(integer)
                        .value()
                        .score()
                        .orElseThrow()
                        .components()
                        .get(0)
                        .value())
                .isEqualByComparingTo("12");

        assertThat(errorPaths(observation(LOINC, "44249-1", BigDecimal.ONE))).containsExactly("Observation.code");
        assertThat(errorPaths(observation("http://example.org/local", "44261-6", BigDecimal.ONE)))
                .containsExactly("Observation.code");
        assertThat(errorPaths(observation(null, "44261-6", BigDecimal.ONE))).containsExactly("Observation.code");
    }

    @Test
    void whatIsNotARecordedScore_isRefusedWithWhere() {
        Observation preliminary = observation(LOINC, "44261-6", BigDecimal.TEN);
        preliminary.setStatus(Observation.ObservationStatus.PRELIMINARY);
        assertThat(errorPaths(preliminary)).containsExactly("Observation.status");

        Observation undated = observation(LOINC, "44261-6", BigDecimal.TEN);
        undated.setEffective(null);
        assertThat(errorPaths(undated)).containsExactly("Observation.effective");

        Observation period = observation(LOINC, "44261-6", BigDecimal.TEN);
        period.setEffective(new Period());
        assertThat(errorPaths(period)).containsExactly("Observation.effective");

        Observation yearOnly = observation(LOINC, "44261-6", BigDecimal.TEN);
        yearOnly.setEffective(new DateTimeType("2025"));
        assertThat(errorPaths(yearOnly)).containsExactly("Observation.effective");

        Observation absent = observation(LOINC, "44261-6", BigDecimal.TEN);
        absent.setValue(null);
        absent.setDataAbsentReason(new CodeableConcept(new Coding(null, "unknown", null)));
        assertThat(errorPaths(absent)).containsExactly("Observation.value");

        Observation text = observation(LOINC, "44261-6", BigDecimal.TEN);
        text.setValue(new StringType("10"));
        assertThat(errorPaths(text)).containsExactly("Observation.value");

        Observation kilograms = observation(LOINC, "44261-6", BigDecimal.TEN);
        ((Quantity) kilograms.getValue()).setCode("kg");
        assertThat(errorPaths(kilograms)).containsExactly("Observation.value.code");

        Observation atLeast = observation(LOINC, "44261-6", BigDecimal.TEN);
        ((Quantity) atLeast.getValue()).setComparator(Quantity.QuantityComparator.GREATER_OR_EQUAL);
        assertThat(errorPaths(atLeast)).containsExactly("Observation.value.comparator");

        Observation twoInstruments = observation(LOINC, "44261-6", BigDecimal.TEN);
        twoInstruments.getCode().addCoding(new Coding(LOINC, "70274-6", null));
        assertThat(errorPaths(twoInstruments)).containsExactly("Observation.code");
    }

    /** Random Observations: the only failure is the documented one, and a measurement's score is in range. */
    @Property(tries = 300)
    void anyObservation_givesAMeasurementInRange_orTheDocumentedException(
            @ForAll("codes") Coding code,
            @ForAll("values") BigDecimal value,
            @ForAll("statuses") Observation.ObservationStatus status,
            @ForAll("dates") String date) {
        Observation observation = observation(code.getSystem(), code.getCode(), value);
        observation.setStatus(status);
        observation.setEffective(date.isEmpty() ? null : new DateTimeType(date));
        MappingResult<OutcomeMeasurement> result;
        try {
            result = read(observation);
        } catch (InvalidResponseException e) {
            assertThat(e.report().errors()).isNotEmpty();
            return;
        }
        ScoreResult score = result.value().score().orElseThrow();
        score.components()
                .forEach(component -> assertThat(component.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(70)));
        assertThat(score.suppliedBy()).isPresent();
    }

    @Provide
    Arbitrary<Coding> codes() {
        return Arbitraries.of(
                new Coding(LOINC, "44261-6", null),
                new Coding(LOINC, "70274-6", null),
                new Coding(LOINC, "44249-1", null),
                new Coding(SNOMED, "718426000", null),
                new Coding(SNOMED, "718466001", null),
                new Coding(SNOMED, "960481000000107", null),
                new Coding(SNOMED, "885541000000103", null),
                new Coding("http://example.org", "x", null));
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(-10), BigDecimal.valueOf(100))
                .ofScale(3);
    }

    @Provide
    Arbitrary<Observation.ObservationStatus> statuses() {
        return Arbitraries.of(
                Observation.ObservationStatus.FINAL,
                Observation.ObservationStatus.AMENDED,
                Observation.ObservationStatus.PRELIMINARY,
                Observation.ObservationStatus.ENTEREDINERROR);
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.of("", "2025", "2025-03", "2025-03-04", "2025-03-04T10:00:00+01:00");
    }
}
