package org.socialprescribing.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialprescribing.model.InvalidValueException;

class MeasureJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static ScoreResult swemwbsResult() {
        return ScoreResult.builder()
                .instrumentId(InstrumentId.of("swemwbs"))
                .instrumentVersion("1")
                .scoringRuleVersion("swemwbs-1")
                .status(ScoreStatus.SCORED)
                .addComponent(ScoreComponent.of("raw", 23))
                .addComponent(ScoreComponent.builder()
                        .name("metric")
                        .value(new BigDecimal("7.00"))
                        .build())
                .build();
    }

    @Test
    void scoreResult_roundTripsWithExactDecimals() throws Exception {
        ScoreResult result = swemwbsResult();
        String json = MAPPER.writeValueAsString(result);

        assertThat(json)
                .contains("\"status\":\"scored\"")
                .contains("\"value\":7.00")
                .doesNotContain("\"scored\":");
        ScoreResult back = MAPPER.readValue(json, ScoreResult.class);
        assertThat(back).isEqualTo(result);
        assertThat(back.component("metric").orElseThrow().value())
                .isEqualByComparingTo("7")
                .hasScaleOf(2);
    }

    @Test
    void outcomeMeasurement_roundTrips() throws Exception {
        OutcomeMeasurement measurement = OutcomeMeasurement.builder()
                .instrumentId(InstrumentId.of("swemwbs"))
                .instrumentVersion("1")
                .timepoint(Timepoint.BASELINE)
                .date(LocalDate.of(2026, 3, 1))
                .collector(Collector.LINK_WORKER)
                .putAnswer("swemwbs_1", "3")
                .score(swemwbsResult())
                .build();
        String json = MAPPER.writeValueAsString(measurement);

        assertThat(json)
                .contains("\"timepoint\":\"baseline\"")
                .contains("\"collector\":\"link_worker\"")
                .contains("\"date\":\"2026-03-01\"");
        assertThat(MAPPER.readValue(json, OutcomeMeasurement.class)).isEqualTo(measurement);
    }

    @Test
    void json_rejectsUnknownCodes() {
        assertThatExceptionOfType(ValueInstantiationException.class)
                .isThrownBy(() -> MAPPER.readValue("\"later\"", Timepoint.class))
                .withRootCauseInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @EnumSource(ScoreStatus.class)
    void scoreStatus_codeRoundTrips(ScoreStatus status) {
        assertThat(ScoreStatus.fromCode(status.code())).isSameAs(status);
    }

    @ParameterizedTest
    @EnumSource(Timepoint.class)
    void timepoint_codeRoundTrips(Timepoint timepoint) {
        assertThat(Timepoint.fromCode(timepoint.code())).isSameAs(timepoint);
    }

    @ParameterizedTest
    @EnumSource(Collector.class)
    void collector_codeRoundTrips(Collector collector) {
        assertThat(Collector.fromCode(collector.code())).isSameAs(collector);
    }

    @Test
    void fromCode_namesTheAllowedCodes() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Collector.fromCode("gp"))
                .withMessageContaining("health_system, link_worker, community_provider");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ScoreStatus.fromCode(null));
    }

    @Test
    void scoreResult_findsComponentsAndFlags() {
        ScoreResult result = swemwbsResult().withFlags("x.y");
        assertThat(result.component("raw")).map(ScoreComponent::intValue).contains(23);
        assertThat(result.component("total")).isEmpty();
        assertThat(result.hasFlag("x.y")).isTrue();
        assertThat(result.isScored()).isTrue();
    }

    // One lookup for every SDK enum (ARCHITECTURE.md, Vocabulary): codes are read ignoring case and surrounding spaces.
    @Test
    void measureCodes_ignoreCaseAndSurroundingSpaces() {
        assertThat(Timepoint.fromCode(" Baseline ")).isSameAs(Timepoint.BASELINE);
        assertThat(Collector.fromCode("LINK_WORKER")).isSameAs(Collector.LINK_WORKER);
        assertThat(ScoreStatus.fromCode("\tScored")).isSameAs(ScoreStatus.SCORED);
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Timepoint.fromCode("base line"));
    }

    @Test
    void scoreMessage_keepsABlankItemAsAbsent() {
        ScoreMessage message = ScoreMessage.builder()
                .code("answer.missing")
                .item(" ")
                .text("missing")
                .build();

        assertThat(message.item()).isEmpty();
        assertThat(message.withItem("").item()).isEmpty();
        assertThat(message.withItem("wemwbs_1").item()).contains("wemwbs_1");
    }
}
