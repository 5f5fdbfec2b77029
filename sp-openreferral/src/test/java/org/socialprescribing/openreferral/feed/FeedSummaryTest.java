package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalInt;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

class FeedSummaryTest {

    @Test
    void equalsAndHashCode_followTheContract() {
        // Prefab reports: sp-model is a named module and does not open its root package to EqualsVerifier.
        EqualsVerifier.forClass(FeedSummary.class)
                .withPrefabValues(
                        ValidationReport.class,
                        ValidationReport.empty(),
                        ValidationReport.of(ValidationIssue.of(FeedIssueCode.TRUNCATED, "page=2", "ended early")))
                .verify();
    }

    @Test
    void isComplete_onlyWithoutIssues() {
        FeedSummary whole = new FeedSummary(2, 3, OptionalInt.of(2), OptionalInt.empty(), ValidationReport.empty());
        FeedSummary cut = new FeedSummary(
                2,
                3,
                OptionalInt.of(5),
                OptionalInt.empty(),
                ValidationReport.of(ValidationIssue.of(FeedIssueCode.TRUNCATED, "page=2", "ended early")));

        assertThat(whole.isComplete()).isTrue();
        assertThat(cut.isComplete()).isFalse();
        assertThat(cut).hasToString("FeedSummary[2 pages, 3 services, 1 issues]");
    }

    @Test
    void issueCodes_areUniqueErrorsUnderTheFeedPrefix() {
        assertThat(Arrays.stream(FeedIssueCode.values()).map(FeedIssueCode::code))
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("oruk\\.feed\\.[a-z]+(-[a-z]+)*"));
        assertThat(FeedIssueCode.values())
                .allSatisfy(
                        code -> assertThat(code.defaultSeverity().isBlocking()).isTrue());
    }
}
