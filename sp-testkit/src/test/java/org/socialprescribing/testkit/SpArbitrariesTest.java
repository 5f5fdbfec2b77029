package org.socialprescribing.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.episode.Consent;
import org.socialprescribing.model.episode.Goal;
import org.socialprescribing.model.episode.PlanNeed;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.SpValidator;

/** The kit keeps its promises: valid values, complete ones when asked, ids by position. */
class SpArbitrariesTest {

    @Property(tries = 200)
    void asReferred_episodesAreValid_andSometimesIncomplete(@ForAll("asReferred") SocialPrescribingEpisode episode) {
        assertThat(SpValidator.validate(episode).errors()).isEmpty();
        boolean complete = SpValidator.validate(episode, CompleteForNationalDataset.class)
                .issues()
                .isEmpty();
        Statistics.label("complete for the national dataset").collect(complete);
        Statistics.label("complete for the national dataset")
                .coverage(coverage -> coverage.check(false).percentage(p -> p > 50));
    }

    @Property(tries = 200)
    void nationalDataset_episodesAreComplete(@ForAll("complete") SocialPrescribingEpisode episode) {
        assertThat(SpValidator.validate(episode, CompleteForNationalDataset.class)
                        .issues())
                .isEmpty();
    }

    @Property(tries = 100)
    void services_areValid(@ForAll("services") Service service) {
        assertThat(SpValidator.validate(service).errors()).isEmpty();
    }

    @Property(tries = 200)
    void measurements_areConsistentWithTheirAnswers(@ForAll("measurements") OutcomeMeasurement measurement) {
        assertThat(SpValidator.validate(measurement).errors()).isEmpty();
    }

    @Property(tries = 100)
    void withIds_numbersEveryItemByPosition(@ForAll("asReferred") SocialPrescribingEpisode episode) {
        SocialPrescribingEpisode numbered = SpArbitraries.withIds(episode);
        assertThat(numbered.consents())
                .extracting(consent -> consent.id().orElseThrow())
                .isEqualTo(positions("c", numbered.consents().size()));
        assertThat(numbered.outcomeMeasurements())
                .extracting(measurement -> measurement.id().orElseThrow())
                .isEqualTo(positions("m", numbered.outcomeMeasurements().size()));
        List<PlanNeed> needs = numbered.supportPlan().map(plan -> plan.needs()).orElse(List.of());
        assertThat(needs).extracting(need -> need.id().orElseThrow()).isEqualTo(positions("n", needs.size()));
        List<Goal> goals = numbered.supportPlan().map(plan -> plan.allGoals()).orElse(List.of());
        assertThat(goals).extracting(goal -> goal.id().orElseThrow()).isEqualTo(positions("g", goals.size()));
        assertThat(SpArbitraries.withIds(numbered)).isEqualTo(numbered);
        assertThat(numbered.consents().stream().map(Consent::basis).collect(Collectors.toList()))
                .isEqualTo(episode.consents().stream().map(Consent::basis).collect(Collectors.toList()));
    }

    @Test
    void settings_areKept() {
        assertThat(SpArbitraries.asReferred().completeness()).isEqualTo(Completeness.AS_REFERRED);
        assertThat(SpArbitraries.nationalDataset().withControlCharacters().completeness())
                .isEqualTo(Completeness.NATIONAL_DATASET);
        assertThat(SpArbitraries.asReferred().controlCharacters()).isFalse();
        assertThat(SpArbitraries.asReferred().withControlCharacters().controlCharacters())
                .isTrue();
    }

    @Property(tries = 300)
    void text_holdsControlCharactersOnlyWhenAsked(@ForAll("portableText") String text) {
        assertThat(text.chars().filter(c -> c < ' ' && c != '\t' && c != '\n' && c != '\r'))
                .isEmpty();
        assertThat(text).isNotBlank();
    }

    private static List<String> positions(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> prefix + i)
                .collect(Collectors.toList());
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> asReferred() {
        return SpArbitraries.asReferred().episodes();
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> complete() {
        return SpArbitraries.nationalDataset().episodes();
    }

    @Provide
    Arbitrary<Service> services() {
        return SpArbitraries.asReferred().services();
    }

    @Provide
    Arbitrary<OutcomeMeasurement> measurements() {
        return SpArbitraries.asReferred().outcomeMeasurements();
    }

    @Provide
    Arbitrary<String> portableText() {
        return SpArbitraries.asReferred().text();
    }
}
