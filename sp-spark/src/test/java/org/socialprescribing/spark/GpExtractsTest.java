package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.gp.CodeTable;
import org.socialprescribing.gp.ExtractHeader;
import org.socialprescribing.gp.ExtractRowCheck;
import org.socialprescribing.gp.GpFormatException;

/**
 * GP extracts on Spark: every row gets the status, code and message of sp-gp's own row checks ({@link
 * ExtractRowCheck}) on the same cells, and the typed values of a valid row; a bad header is refused as sp-gp refuses
 * it. NHS numbers here fail the modulus 11 check.
 */
class GpExtractsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 31);

    private static final List<String> HEADER =
            List.of("Person_ID", "nhs_number", "date", "code", "code_system", "value", "practice_ods", "source_file");

    private static final String REFERRAL = "871731000000106";
    private static final String PHQ9 = "720433000";

    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList("p1", "", "2025-03-01", REFERRAL, "snomed", "", "A81001", "a.csv"));
        rows.add(Arrays.asList("p1", "", "2025-03-02T10:30:00Z", PHQ9, "SNOMED", "14", "", "a.csv"));
        rows.add(Arrays.asList("p2", null, "2025-03-01", "8T09.", "read2", null, null, "a.csv"));
        rows.add(Arrays.asList("", "", "2025-03-01", REFERRAL, "snomed", "", "", "bad person"));
        rows.add(Arrays.asList("", "123 456 7890", "2025-03-01", REFERRAL, "snomed", "", "", "bad nhs number"));
        rows.add(Arrays.asList("p3", "", "", REFERRAL, "snomed", "", "", "no date"));
        rows.add(Arrays.asList("p3", "", "01/03/2025", REFERRAL, "snomed", "", "", "bad date"));
        rows.add(Arrays.asList("p3", "", "2026-02-01", REFERRAL, "snomed", "", "", "future"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", REFERRAL, "icd10", "", "", "bad system"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", "", "snomed", "", "", "no code"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", "12345", "snomed", "", "", "unknown code"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", PHQ9, "snomed", "", "", "no value"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", PHQ9, "snomed", "lots", "", "not a number"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", PHQ9, "snomed", "14.5", "", "precision"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", PHQ9, "snomed", "28", "", "out of range"));
        rows.add(Arrays.asList("p3", "", "2025-03-01", REFERRAL, "snomed", "", "not ods!", "bad practice"));
        return rows;
    }

    @Test
    void everyRow_hasTheStatusOfSpGpsOwnRowChecks() {
        StructType schema = new StructType();
        for (String column : HEADER) {
            schema = schema.add(column, DataTypes.StringType);
        }
        List<Row> input =
                rows().stream().map(r -> RowFactory.create(r.toArray())).toList();
        Dataset<Row> extract = SharedSpark.session().createDataFrame(input, schema);
        List<Row> checked = GpExtracts.check(extract, TODAY, List.of()).collectAsList();

        assertThat(checked).hasSize(input.size());
        assertThat(Arrays.asList(GpExtracts.check(extract, TODAY, List.of()).columns()))
                .containsExactlyElementsOf(concat(HEADER, GpExtracts.ADDED_COLUMNS));
        ExtractRowCheck oracle = ExtractRowCheck.of(ExtractHeader.of(HEADER), CodeTable.standard(), TODAY);
        List<String> issues = new ArrayList<>();
        for (int r = 0; r < checked.size(); r++) {
            Row row = checked.get(r);
            ExtractRowCheck.CheckedRow expected = oracle.check(0, rows().get(r));
            assertThat(row.<String>getAs("source_file")).isEqualTo(rows().get(r).get(7));
            assertThat(row.<String>getAs("status")).isEqualTo(expected.isValid() ? "valid" : "reported");
            assertThat(row.<String>getAs("issue"))
                    .isEqualTo(expected.reported().map(x -> x.code().code()).orElse(null));
            assertThat(row.<String>getAs("message"))
                    .isEqualTo(expected.reported().map(x -> x.message()).orElse(null));
            issues.add(row.getAs("issue"));
        }
        assertThat(issues)
                .containsExactly(
                        null,
                        null,
                        null,
                        "gp.person.missing",
                        "gp.nhs-number.invalid",
                        "gp.date.missing",
                        "gp.date.invalid",
                        "gp.date.future",
                        "gp.code-system.unknown",
                        "gp.code.missing",
                        "gp.code.unknown",
                        "gp.value.missing",
                        "gp.value.not-a-number",
                        "gp.value.precision",
                        "gp.value.out-of-range",
                        "gp.practice.invalid");
        Row score = checked.get(1);
        assertThat(score.<java.sql.Date>getAs("event_date").toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(score.<String>getAs("kind")).isEqualTo("score");
        assertThat(score.<String>getAs("instrument")).isEqualTo("phq9");
        assertThat(score.<BigDecimal>getAs("score")).isEqualByComparingTo("14");
        assertThat(checked.get(2).<String>getAs("kind")).isEqualTo("referral");
        assertThat(checked.get(3).<Object>getAs("event_date")).isNull();
    }

    @Test
    void read_csvFilesWithALocalTable_andABadHeaderIsRefused(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("extract.csv");
        Files.writeString(
                csv,
                "person_id,date,code,code_system,value\n"
                        + "p1,2025-03-01," + REFERRAL + ",snomed,\n"
                        + "p1,2025-03-02,LOCAL1,snomed,\n");
        Dataset<Row> standard = GpExtracts.read(SharedSpark.session(), csv.toString());
        assertThat(standard.select("status", "issue").collectAsList().stream()
                        .map(r -> r.getString(0) + ":" + r.getString(1)))
                .containsExactly("valid:null", "reported:gp.code.unknown");
        Path local = dir.resolve("local.json");
        Files.writeString(
                local,
                "{\"table\": \"test-local\", \"version\": \"1\", \"rows\": [{\"system\": \"snomed\", \"code\": \"LOCAL1\","
                        + " \"display\": \"Seen by link worker\", \"kind\": \"link-worker-contact\","
                        + " \"source\": \"a test table\"}]}");
        Dataset<Row> extract =
                SharedSpark.session().read().option("header", true).csv(csv.toString());
        assertThat(GpExtracts.check(extract, TODAY, List.of(local)).select("kind").collectAsList().stream()
                        .map(r -> r.getString(0)))
                .containsExactly("referral", "link-worker-contact");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "person_id,code,code_system\np1," + REFERRAL + ",snomed\n");
        assertThatThrownBy(() -> GpExtracts.read(SharedSpark.session(), bad.toString()))
                .isInstanceOf(GpFormatException.class)
                .hasMessageContaining("date");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
