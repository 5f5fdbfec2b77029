package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The row checks alone: a valid row gives its values, a bad one the report {@code sp gp import} gives it, and any
 * cells give one of the two, never an exception. NHS numbers here fail the modulus 11 check.
 */
class ExtractRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<String> HEADER =
            List.of("person_id", "nhs_number", "date", "code", "code_system", "value");
    private static final ExtractRowCheck CHECK =
            ExtractRowCheck.of(ExtractHeader.of(HEADER), CodeTable.standard(), TODAY);

    @Test
    void aScoreRow_givesItsValues_andABadOne_itsReport() {
        ExtractRowCheck.CheckedRow score =
                CHECK.check(1, List.of("P1", "", "2025-03-01 10:30", "720433000", "snomed", "14"));
        assertThat(score.isValid()).isTrue();
        assertThat(score.personId()).contains("P1");
        assertThat(score.date()).contains(LocalDate.of(2025, 3, 1));
        assertThat(score.mapping().orElseThrow().kind()).isEqualTo(EventKind.SCORE);
        assertThat(score.value().orElseThrow()).isEqualByComparingTo("14");

        ExtractRowCheck.CheckedRow bad =
                CHECK.check(2, List.of("", "1234567890", "2025-03-01", "720433000", "snomed", "3"));
        assertThat(bad.isValid()).isFalse();
        assertThat(bad.reported().orElseThrow().code()).isEqualTo(GpIssueCode.NHS_NUMBER_INVALID);
        assertThat(bad.reported().orElseThrow().row()).isEqualTo(2);
        // Named by its column, like every other cell; the number masked.
        assertThat(bad.reported().orElseThrow().message())
                .startsWith("nhs_number: '*** *** 7890' ")
                .doesNotContain("nhsNumber");
        assertThat(bad.date()).isEmpty();
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of(
                        "",
                        "P1",
                        "1234567890",
                        "2025-03-01",
                        "2099-01-01",
                        "871731000000106",
                        "720433000",
                        "snomed",
                        "read2",
                        "8T09.",
                        "14",
                        "99",
                        "2.5"));
        return cell.list().ofMinSize(0).ofMaxSize(HEADER.size());
    }

    @Property(tries = 300)
    void anyCells_giveAValidRowOrAReport(@ForAll("rows") List<String> cells) {
        ExtractRowCheck.CheckedRow row = CHECK.check(7, new ArrayList<>(cells));
        assertThat(row.isValid()).isEqualTo(row.reported().isEmpty());
        assertThat(row.isValid())
                .isEqualTo(row.date().isPresent() && row.mapping().isPresent());
    }
}
