package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.Timepoint;

/** The FHIR import checks stored scores against their answers and reports, never throws (issue 15 item 1). */
class ScoreCheckImportTest {

    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard();

    private static OutcomeMeasurement phq9() {
        return InstrumentRegistry.standard()
                .scorer("phq9")
                .measure(
                        Answers.ofCodes("phq9", 2, 1, 3, 2, 1, 0, 2, 1, 1),
                        Timepoint.BASELINE,
                        LocalDate.of(2025, 3, 10),
                        Collector.HEALTH_SYSTEM);
    }

    @Test
    void measuredScores_importWithoutIssues() {
        SocialPrescribingEpisode episode = Fixtures.annaEpisode();
        List<OutcomeMeasurement> measurements = new ArrayList<>(episode.outcomeMeasurements());
        measurements.add(phq9());
        episode = episode.withOutcomeMeasurements(measurements);

        MappingResult<SocialPrescribingEpisode> back = BUNDLES.toEpisode(BUNDLES.toCollection(episode));

        assertThat(back.value()).isEqualTo(episode);
        assertThat(back.report().issues()).isEmpty();
    }

    @Test
    void tamperedScore_isReportedAtItsObservation_andTheEpisodeIsKeptAsSent() {
        OutcomeMeasurement measured = phq9();
        ScoreResult score = measured.score().orElseThrow();
        ScoreComponent total = score.component("total").orElseThrow();
        OutcomeMeasurement tampered = measured.withScore(
                score.withComponents(total.withValue(total.value().subtract(BigDecimal.valueOf(5)))
                        .withBand(score.component("total").orElseThrow().band())));
        SocialPrescribingEpisode episode = Fixtures.annaEpisode().withOutcomeMeasurements(tampered);
        Bundle bundle = BUNDLES.toCollection(episode);

        MappingResult<SocialPrescribingEpisode> back = BUNDLES.toEpisode(bundle);

        assertThat(back.value()).isEqualTo(episode);
        List<ValidationIssue> issues = back.report().issues();
        assertThat(issues)
                .extracting(i -> i.code().code(), ValidationIssue::severity)
                .containsExactly(tuple("measurement.score.mismatch", Severity.ERROR));
        String path = issues.get(0).path();
        assertThat(path).matches("Bundle\\.entry\\[\\d+]\\.resource");
        int entry = Integer.parseInt(path.substring("Bundle.entry[".length(), path.indexOf(']')));
        Resource located = bundle.getEntry().get(entry).getResource();
        assertThat(located).isInstanceOf(Observation.class);
        assertThat(((Observation) located).getDerivedFrom())
                .as("a score Observation")
                .isNotEmpty();
    }
}
