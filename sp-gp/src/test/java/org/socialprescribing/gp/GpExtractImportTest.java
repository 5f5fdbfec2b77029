package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreStatus;

/** The golden synthetic extract ({@code extract/golden.md} says what each row tests) and the header rules. */
class GpExtractImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static GpExtractImport.Builder builder() {
        return GpExtractImport.builder().today(TODAY);
    }

    @Test
    void goldenExtract_readAsGroupedByPerson_mapsAndReportsEveryRowAsDocumented() {
        Collected out = new Collected();
        ImportSummary summary = TestFiles.importCsv(
                TestFiles.read("extract/golden.csv"), builder().order(PersonOrder.GROUPED), out);

        assertThat(summary.rowsIn()).isEqualTo(29);
        assertThat(summary.rowsMapped()).isEqualTo(9);
        assertThat(summary.rowsReported()).isEqualTo(20);
        assertThat(summary.persons()).isEqualTo(2);
        assertThat(summary.episodes()).isEqualTo(3);
        assertThat(summary.unmappedColumns()).containsExactly("extra_col");
        assertThat(out.reported.stream()
                        .sorted(Comparator.comparingLong(ReportedRow::row))
                        .map(r -> r.row() + ":" + r.code().code())
                        .collect(Collectors.toList()))
                .containsExactly(
                        "3:gp.event.no-open-referral",
                        "8:gp.value.out-of-range",
                        "9:gp.value.precision",
                        "10:gp.value.not-a-number",
                        "11:gp.value.missing",
                        "14:gp.event.no-open-referral",
                        "15:gp.event.no-open-referral",
                        "17:gp.code.unknown",
                        "18:gp.practice.invalid",
                        "19:gp.date.future",
                        "20:gp.code-system.unknown",
                        "21:gp.date.invalid",
                        "22:gp.date.missing",
                        "23:gp.code.missing",
                        "24:gp.nhs-number.invalid",
                        "25:gp.person.missing",
                        "26:gp.person.not-contiguous",
                        "27:gp.row.extra-fields",
                        "28:gp.person-id.invalid",
                        "29:gp.record-id.invalid");
        assertThat(summary.reportedByCode().get(GpIssueCode.NO_OPEN_REFERRAL)).isEqualTo(3);

        assertThat(out.episodes).hasSize(3);
        SocialPrescribingEpisode first = out.episodes.get(0).episode();
        assertThat(first.episodeId()).contains("P1/1");
        assertThat(out.episodes.get(0).rows()).containsExactly(1L, 2L, 4L, 5L, 6L, 7L);
        assertThat(first.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(first.referral().referralId()).contains("R1");
        assertThat(first.referral()
                        .referrer()
                        .orElseThrow()
                        .organisation()
                        .orElseThrow()
                        .odsCode())
                .hasValueSatisfying(ods -> assertThat(ods.value()).isEqualTo("A12345"));
        assertThat(first.registeredPractice().orElseThrow().practice().odsCode().value())
                .isEqualTo("A12345");
        List<OutcomeMeasurement> measurements = first.outcomeMeasurements();
        assertThat(measurements)
                .extracting(m -> m.instrumentId().value() + " " + m.timepoint() + " " + m.date())
                .containsExactly(
                        "swemwbs BASELINE 2024-03-01", "wemwbs BASELINE 2024-06-01", "wemwbs REVIEW 2024-09-01");
        assertThat(measurements.get(0).score().orElseThrow().status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(measurements.get(0).score().orElseThrow().messages())
                .extracting(m -> m.code())
                .containsExactly("gp.score.scale-not-stated");
        assertThat(measurements
                        .get(2)
                        .score()
                        .orElseThrow()
                        .component("total")
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo(BigDecimal.valueOf(55));
        assertThat(measurements).allSatisfy(m -> {
            assertThat(m.answers()).isEmpty();
            assertThat(m.score().orElseThrow().suppliedBy()).contains("GP record A12345");
        });

        SocialPrescribingEpisode second = out.episodes.get(1).episode();
        assertThat(second.episodeId()).contains("P1/2");
        assertThat(second.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(second.journey()
                        .firstEntered(ReferralStatus.DECLINED)
                        .orElseThrow()
                        .toString())
                .isEqualTo("2025-01-20T00:00:00Z");

        SocialPrescribingEpisode third = out.episodes.get(2).episode();
        assertThat(third.person().nhsNumber()).isPresent();
        assertThat(third.episodeId()).isEmpty();
        assertThat(out.episodes.get(2).rows()).containsExactly(16L);
    }

    @Test
    void goldenExtract_readInAnyOrder_mapsP1sLateRowIntoItsEpisode() {
        Collected out = new Collected();
        ImportSummary summary = TestFiles.importCsv(TestFiles.read("extract/golden.csv"), builder(), out);

        // Row 26 (P1, WEMWBS 50 on 2024-11-01, after B's rows) is P1's like any other: a review in P1/1.
        assertThat(summary.rowsIn()).isEqualTo(29);
        assertThat(summary.rowsMapped()).isEqualTo(10);
        assertThat(summary.rowsReported()).isEqualTo(19);
        assertThat(summary.reportedByCode()).doesNotContainKey(GpIssueCode.PERSON_NOT_CONTIGUOUS);
        assertThat(out.episodes)
                .extracting(e -> e.episode().episodeId().orElse("B"))
                .containsExactly("P1/1", "P1/2", "B");
        assertThat(out.episodes.get(0).rows()).containsExactly(1L, 2L, 4L, 5L, 6L, 7L, 26L);
        assertThat(out.episodes.get(0).episode().outcomeMeasurements())
                .extracting(m -> m.instrumentId().value() + " " + m.timepoint() + " " + m.date())
                .containsExactly(
                        "swemwbs BASELINE 2024-03-01",
                        "wemwbs BASELINE 2024-06-01",
                        "wemwbs REVIEW 2024-09-01",
                        "wemwbs REVIEW 2024-11-01");
    }

    @Test
    void goldenExtract_episodesSayWhatTheRecordCannotGive() {
        Collected out = new Collected();
        ImportSummary summary = TestFiles.importCsv(TestFiles.read("extract/golden.csv"), builder(), out);
        // A GP record gives no ethnic category or stated gender: each episode reports them missing.
        assertThat(out.episodes)
                .allSatisfy(episode -> assertThat(episode.completeness().issues())
                        .extracting(ValidationIssue::code)
                        .contains(
                                ModelIssueCode.PERSON_ETHNIC_CATEGORY_MISSING,
                                ModelIssueCode.PERSON_STATED_GENDER_MISSING));
        assertThat(summary.missingItems()).containsEntry(ModelIssueCode.PERSON_ETHNIC_CATEGORY_MISSING.code(), 3L);
        // P1 is identified by a pseudonym: the NHS number is what the record cannot give.
        assertThat(out.episodes.get(0).completeness().issues())
                .extracting(ValidationIssue::code)
                .contains(ModelIssueCode.PERSON_NHS_NUMBER_MISSING);
    }

    @Test
    void reportedMessages_maskNhsNumbers() {
        Collected out = new Collected();
        TestFiles.importCsv(
                "nhs_number,date,code,code_system\n9000000025,2024-01-01,99999,snomed\n"
                        + "9000000025,2024-01-02,871731000000106,snomed\n9000000025,2024-01-03,99999 9000000025,snomed\n",
                builder(),
                out);
        assertThat(out.reported).hasSize(2);
        assertThat(out.reported).allSatisfy(row -> assertThat(row.message()).doesNotContain("9000000025"));
    }

    @Test
    void header_needsThePersonDateAndCodeColumns() {
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> ExtractHeader.of(List.of("date", "code", "code_system")))
                .withMessageContaining("nhs_number or person_id");
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> ExtractHeader.of(List.of("person_id", "date", "code")))
                .withMessageContaining("code_system");
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> ExtractHeader.of(List.of("person_id", "Date", "DATE", "code", "code_system")))
                .withMessageContaining("twice");
        assertThat(ExtractHeader.of(List.of(" Person_ID ", "DATE", "code", "code_system", "note"))
                        .unmappedColumns())
                .containsExactly("note");
    }

    @Test
    void aPersonOverTheRowLimit_hasTheRestReported() {
        Collected out = new Collected();
        ImportSummary summary = TestFiles.importCsv(
                "person_id,date,code,code_system,value\n"
                        + "P,2024-01-01,871731000000106,snomed,\n"
                        + "P,2024-01-02,718426000,snomed,40\n"
                        + "P,2024-01-03,718426000,snomed,41\n",
                builder().maxRowsPerPerson(2),
                out);
        assertThat(out.reportedCodes()).containsExactly("3:gp.person.too-many-rows");
        assertThat(summary.rowsMapped()).isEqualTo(2);

        Collected grouped = new Collected();
        TestFiles.importCsv(
                "person_id,date,code,code_system,value\n"
                        + "P,2024-01-01,871731000000106,snomed,\n"
                        + "P,2024-01-02,718426000,snomed,40\n"
                        + "P,2024-01-03,718426000,snomed,41\n",
                builder().maxRowsPerPerson(2).order(PersonOrder.GROUPED),
                grouped);
        assertThat(grouped.reportedCodes()).containsExactly("3:gp.person.too-many-rows");
    }

    @Test
    void aLocalTable_addsCodesWithoutCodeChanges() {
        CodeTable local = CodeTable.of(
                "local 1",
                List.of(new CodeMapping(
                        GpCodeSystem.SNOMED,
                        "99999",
                        "Seen by link worker (local)",
                        EventKind.LINK_WORKER_CONTACT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        "this test")));
        Collected out = new Collected();
        TestFiles.importCsv(
                "person_id,date,code,code_system\nP,2024-01-01,871731000000106,snomed\nP,2024-01-05,99999,snomed\n",
                builder().codes(CodeTable.standard().plus(local)),
                out);
        assertThat(out.reported).isEmpty();
        assertThat(out.episodes.get(0).episode().contacts()).hasSize(1);
    }

    @Test
    void emisLocalCodes_areMappedOnlyByALocalTable() {
        String extract = "person_id,date,code,code_system\n"
                + "P,2024-01-01,871731000000106,snomed\n"
                + "P,2024-01-05,EMISLOC123,EMIS\n"
                + "P,2024-01-06,emisloc123,emis\n";
        assertThat(CodeTable.standard().rows()).noneMatch(row -> row.system() == GpCodeSystem.EMIS);
        Collected standard = new Collected();
        TestFiles.importCsv(extract, builder(), standard);
        assertThat(standard.reportedCodes()).containsExactly("2:gp.code.unknown", "3:gp.code.unknown");

        CodeTable local = CodeTable.read(
                new ByteArrayInputStream(("{\"table\":\"our-emis-codes\",\"version\":\"1\",\"rows\":["
                                + "{\"system\":\"emis\",\"code\":\"EMISLOC123\",\"display\":\"Seen by our link"
                                + " worker\",\"kind\":\"link-worker-contact\",\"source\":\"this test\"}]}")
                        .getBytes(StandardCharsets.UTF_8)),
                InputLimits.defaults());
        Collected out = new Collected();
        TestFiles.importCsv(extract, builder().codes(CodeTable.standard().plus(local)), out);
        // EMIS local codes are case-sensitive, like Read codes.
        assertThat(out.reportedCodes()).containsExactly("3:gp.code.unknown");
        assertThat(out.episodes.get(0).episode().contacts()).hasSize(1);
        assertThat(out.episodes
                        .get(0)
                        .episode()
                        .contacts()
                        .get(0)
                        .contactType()
                        .orElseThrow()
                        .text())
                .contains("Seen by our link worker (emis EMISLOC123)");
    }

    @Test
    void aFinishedImport_refusesMoreRows() {
        GpExtractImport extract =
                builder().start(ExtractHeader.of(List.of("person_id", "date", "code", "code_system")), new Collected());
        extract.finish();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> extract.row(1, List.of()));
    }
}
