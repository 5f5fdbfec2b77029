package org.socialprescribing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private enum TestCode implements IssueCode {
        BROKEN(Severity.ERROR),
        DOUBTFUL(Severity.WARNING);

        private final Severity severity;

        TestCode(Severity severity) {
            this.severity = severity;
        }

        @Override
        public String code() {
            return "test." + name().toLowerCase(Locale.ROOT);
        }

        @Override
        public Severity defaultSeverity() {
            return severity;
        }
    }

    private static final ValidationIssue ERROR = ValidationIssue.of(TestCode.BROKEN, "nhsNumber", "check digit");
    private static final ValidationIssue WARNING = ValidationIssue.of(TestCode.DOUBTFUL, "postcode", "strict format");

    @Test
    void issues_maskNhsNumbersInTheirMessageAndPath() {
        ValidationIssue issue = ValidationIssue.of(
                TestCode.BROKEN, "item.where(linkId='9960308243')", "'996 030 8243' is not a UK postcode");
        assertThat(issue.message()).isEqualTo("'*** *** 8243' is not a UK postcode");
        assertThat(issue.path()).isEqualTo("item.where(linkId='*** *** 8243')");
        assertThat(issue.under("services[9960308243]").path())
                .isEqualTo("services[*** *** 8243].item.where(linkId='*** *** 8243')");
    }

    @Test
    void empty_isValidAndEmpty() {
        assertThat(ValidationReport.empty().isValid()).isTrue();
        assertThat(ValidationReport.empty().isEmpty()).isTrue();
        assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.empty());
    }

    @Test
    void warningsAlone_leaveTheReportValid() {
        ValidationReport report = ValidationReport.of(WARNING);
        assertThat(report.isValid()).isTrue();
        assertThat(report.isEmpty()).isFalse();
        assertThat(report.warnings()).containsExactly(WARNING);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void anError_makesTheReportInvalid() {
        ValidationReport report = ValidationReport.of(WARNING, ERROR);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).containsExactly(ERROR);
        assertThat(report.contains(TestCode.BROKEN)).isTrue();
    }

    @Test
    void fatal_isBlockingLikeAnError() {
        ValidationReport report =
                ValidationReport.of(ValidationIssue.of(TestCode.DOUBTFUL, Severity.FATAL, "", "unreadable"));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void and_keepsOrder() {
        ValidationReport report = ValidationReport.of(ERROR).and(ValidationReport.of(WARNING));
        assertThat(report.issues()).containsExactly(ERROR, WARNING);
        assertThat(ValidationReport.empty().and(report)).isSameAs(report);
    }

    @Test
    void under_prefixesPaths() {
        ValidationReport report = ValidationReport.of(ERROR, ValidationIssue.of(TestCode.BROKEN, "[2]", "m"))
                .under("episode.person");
        assertThat(report.issues())
                .extracting(ValidationIssue::path)
                .containsExactly("episode.person.nhsNumber", "episode.person[2]");
    }

    @Test
    void issuesAreUnmodifiable() {
        ValidationReport report = ValidationReport.of(ERROR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.issues().add(WARNING))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> ValidationIssue.of(TestCode.BROKEN, null, "m"));
        assertThatNullPointerException().isThrownBy(() -> ValidationReport.of((ValidationIssue) null));
    }

    @Test
    void toString_namesSeverityCodePathAndMessage() {
        assertThat(ERROR.toString()).isEqualTo("ERROR test.broken at nhsNumber: check digit");
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(ValidationIssue.class).verify();
        EqualsVerifier.forClass(ValidationReport.class).withIgnoredFields().verify();
    }
}
