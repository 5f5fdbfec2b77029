package org.socialprescribing.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialprescribing.model.validation.SpValidator;

/** The synthetic cohort is the same on every call, valid, and uses only NHS numbers never issued to patients. */
class SyntheticCohortTest {

    @Test
    void cases_areEqualOnEveryCall() {
        SyntheticCohort cohort = SyntheticCohort.withoutStar();
        assertThat(cohort.cases()).hasSize(12).isEqualTo(cohort.cases());
        assertThat(SyntheticCohort.withoutStar().cases()).isEqualTo(cohort.cases());
    }

    @Test
    void cases_areValid_withNumbersInThe999Range() {
        for (SyntheticCohort.Case each : SyntheticCohort.withoutStar().cases()) {
            assertThat(SpValidator.validate(each.episode()).errors()).isEmpty();
            assertThat(each.episode().outcomeMeasurements()).isEqualTo(each.measurements());
            assertThat(each.episode().person().nhsNumber().orElseThrow().value())
                    .startsWith("999");
        }
    }

    @Test
    void anotherSeed_givesOtherAnswersForTheSamePeople() {
        SyntheticCohort demo = SyntheticCohort.withoutStar();
        SyntheticCohort other = demo.withSeed(7);
        assertThat(other.seed()).isEqualTo(7);
        assertThat(demo.seed()).isEqualTo(SyntheticCohort.DEMO_SEED);
        assertThat(other.cases())
                .isNotEqualTo(demo.cases())
                .isEqualTo(demo.withSeed(7).cases());
        for (int i = 0; i < demo.cases().size(); i++) {
            assertThat(other.cases().get(i).episode().person())
                    .isEqualTo(demo.cases().get(i).episode().person());
        }
    }

    @Test
    void serviceDirectoryId_isANameBasedUuid() {
        assertThat(SyntheticCohort.serviceDirectoryId("Walking group"))
                .isEqualTo(SyntheticCohort.serviceDirectoryId("Walking group"))
                .isNotEqualTo(SyntheticCohort.serviceDirectoryId("Coffee and chat group"))
                .hasSize(36);
    }
}
