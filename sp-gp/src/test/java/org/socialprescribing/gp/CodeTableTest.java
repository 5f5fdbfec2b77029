package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.model.input.InputLimits;

/**
 * The standard table: only the codes of {@code docs/gp.md}, each with a source, each score range the instrument's own
 * (items times the lowest and highest answer), SWEMWBS never said to be raw or metric.
 */
class CodeTableTest {

    private static final CodeTable STANDARD = CodeTable.standard();

    @Test
    void standardTable_holdsTheSourcedCodes() {
        assertThat(STANDARD.names()).containsExactly("sp-gp-codes 2");
        assertThat(STANDARD.rows())
                .extracting(row -> row.label() + " " + row.kind().code())
                .containsExactly(
                        "snomed 871731000000106 referral",
                        "read2 8T09. referral",
                        "read2 8T09.00 referral",
                        "ctv3 XaaEC referral",
                        "snomed 871711000000103 declined",
                        "snomed 1362931000000106 link-worker-contact",
                        "snomed 718426000 score",
                        "snomed 885541000000103 score",
                        "snomed 718466001 score",
                        "snomed 960481000000107 score",
                        "snomed 720433000 score",
                        "snomed 506701000000100 score",
                        "snomed 445455005 score");
        assertThat(STANDARD.rows()).allSatisfy(row -> assertThat(row.source()).isNotBlank());
    }

    @Test
    void scoreRanges_areTheInstrumentsOwn() {
        InstrumentRegistry registry = InstrumentRegistry.standard();
        for (CodeMapping row : STANDARD.rows()) {
            if (row.kind() != EventKind.SCORE) {
                continue;
            }
            Instrument instrument =
                    registry.find(row.instrument().orElseThrow()).orElseThrow();
            // PHQ-9 has a tenth, unscored item (difficulty): only scored items count.
            int low = instrument.items().stream()
                    .filter(item -> item.isScored())
                    .mapToInt(item -> item.minWeight())
                    .sum();
            int high = instrument.items().stream()
                    .filter(item -> item.isScored())
                    .mapToInt(item -> item.maxWeight())
                    .sum();
            assertThat(row.min().orElseThrow()).as(row.label()).isEqualByComparingTo(BigDecimal.valueOf(low));
            assertThat(row.max().orElseThrow()).as(row.label()).isEqualByComparingTo(BigDecimal.valueOf(high));
        }
    }

    @Test
    void swemwbsRows_neverSayRawOrMetric() {
        assertThat(STANDARD.rows())
                .filteredOn(row ->
                        row.instrument().map(id -> id.value().equals("swemwbs")).orElse(false))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.component()).isEmpty());
    }

    @Test
    void readCodes_areCaseSensitive() {
        assertThat(STANDARD.lookup(GpCodeSystem.READ2, "8T09.")).isPresent();
        assertThat(STANDARD.lookup(GpCodeSystem.READ2, "8t09.")).isEmpty();
        assertThat(STANDARD.lookup(GpCodeSystem.CTV3, "8T09.")).isEmpty();
    }

    @Test
    void aLocalTable_isReadFromJson_andAConflictIsRefused() {
        CodeTable local = CodeTable.read(
                json("{\"table\":\"local\",\"version\":\"2\",\"rows\":[{\"system\":\"snomed\",\"code\":\"1\","
                        + "\"display\":\"Local review\",\"kind\":\"review\",\"source\":\"our practice\"}]}"),
                InputLimits.defaults());
        CodeTable both = STANDARD.plus(local);
        assertThat(both.names()).containsExactly("sp-gp-codes 2", "local 2");
        assertThat(both.lookup(GpCodeSystem.SNOMED, "1").orElseThrow().kind()).isEqualTo(EventKind.REVIEW);
        CodeTable conflicting = CodeTable.of(
                "conflict",
                List.of(new CodeMapping(
                        GpCodeSystem.SNOMED,
                        "871731000000106",
                        "Not a referral",
                        EventKind.REVIEW,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        "test")));
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> STANDARD.plus(conflicting))
                .withMessageContaining("mapped twice");
    }

    @Test
    void aBadRow_namesItsField() {
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> CodeTable.read(
                        json("{\"table\":\"t\",\"version\":\"1\",\"rows\":[{\"system\":\"snomed\",\"code\":\"1\","
                                + "\"display\":\"d\",\"kind\":\"sore\",\"source\":\"s\"}]}"),
                        InputLimits.defaults()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rows[0].kind"));
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> CodeTable.read(
                        json("{\"table\":\"t\",\"version\":\"1\",\"rows\":[{\"system\":\"snomed\",\"code\":\"1\","
                                + "\"display\":\"d\",\"kind\":\"score\",\"source\":\"s\"}]}"),
                        InputLimits.defaults()))
                .withMessageContaining("needs instrument, min and max");
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
