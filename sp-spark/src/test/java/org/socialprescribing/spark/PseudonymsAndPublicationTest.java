package org.socialprescribing.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.disclosure.SuppressedTable;
import org.socialprescribing.measures.disclosure.Suppression;
import org.socialprescribing.measures.disclosure.SuppressionPolicy;
import org.socialprescribing.measures.extract.PseudonymKey;
import org.socialprescribing.measures.extract.Pseudonymiser;
import org.socialprescribing.model.id.NhsNumber;

/**
 * Pseudonyms on Spark equal the core SDK's (the test vectors of docs/measures.md, computed with OpenSSL and Node), and
 * the publication table equals sp-measures' suppression of the same counts, worked out here on one machine.
 */
class PseudonymsAndPublicationTest {

    private static final PseudonymKey KEY =
            PseudonymKey.of("social-prescribing-sdk-test-key-0001".getBytes(StandardCharsets.UTF_8));

    @Test
    void pseudonyms_matchTheTestVectors_andInvalidNumbersGiveNull() {
        SparkSession spark = SharedSpark.session();
        SpPseudonyms.register(spark, KEY);
        Dataset<Row> numbers = spark.createDataFrame(
                List.of(
                        RowFactory.create("a", "9434765919"),
                        RowFactory.create("b", "999 000 0018"),
                        RowFactory.create("c", "9991234578"),
                        RowFactory.create("d", "9991234577"),
                        RowFactory.create("e", null)),
                new StructType().add("id", DataTypes.StringType).add("nhs_number", DataTypes.StringType));
        numbers.createOrReplaceTempView("pseudonym_input");

        List<Row> viaSql = spark.sql("SELECT id, sp_pseudonym(nhs_number) FROM pseudonym_input ORDER BY id")
                .collectAsList();
        List<Row> viaColumn = numbers.select(col("id"), SpPseudonyms.pseudonym(col("nhs_number"), KEY))
                .orderBy("id")
                .collectAsList();

        List<String> expected = Arrays.asList(
                "f5776d2e5a2ad33de99933f40dfe6c9a8dedda5cd50396e196173bc54cee9d0a",
                "99fbbbc185166207a77f0d9e839312a4c24b5e278aefc586b0424891595bfb19",
                "450774b387e9aef4980216c1146d640026c950be95b3dd02a26664cf4335a810",
                null,
                null);
        assertThat(viaSql.stream().map(r -> r.getString(1)).collect(Collectors.toList()))
                .isEqualTo(expected);
        assertThat(viaColumn.stream().map(r -> r.getString(1)).collect(Collectors.toList()))
                .isEqualTo(expected);
        assertThat(Pseudonymiser.of(KEY).pseudonym(NhsNumber.parse("9990000018")))
                .isEqualTo(expected.get(1));
    }

    @Test
    void publication_equalsSpMeasuresSuppressionOfTheSameCounts() {
        SparkSession spark = SharedSpark.session();
        Random random = new Random(16);
        List<Row> rows = new ArrayList<>();
        long[][] counts = new long[4][3]; // strata imd_decile=1..4 x improved, unchanged, deteriorated
        for (int p = 0; p < 400; p++) {
            int decile = 1 + random.nextInt(4);
            int baseline = random.nextInt(28);
            // Few people in decile 4 deteriorate, so that primary and secondary suppression both happen.
            int change = decile == 4 ? -6 + random.nextInt(12) : -6 + random.nextInt(13);
            int followUp = baseline + change;
            rows.add(RowFactory.create(decile, BigDecimal.valueOf(baseline), BigDecimal.valueOf(followUp)));
            // PHQ-9, lower is better: a fall of at least 5 points is improvement (Löwe et al. 2004).
            counts[decile - 1][change <= -5 ? 0 : change >= 5 ? 2 : 1]++;
        }
        Dataset<Row> people = spark.createDataFrame(
                rows,
                new StructType()
                        .add("imd_decile", DataTypes.IntegerType)
                        .add("baseline", DataTypes.createDecimalType(10, 2))
                        .add("follow_up", DataTypes.createDecimalType(10, 2)));
        SuppressionPolicy policy = SuppressionPolicy.minimumCount(10);

        List<Row> published = CohortStatistics.of(people, "baseline", "follow_up")
                .withThreshold("phq9_lowe_2004", ChangeThreshold.PHQ9_LOWE_2004)
                .by("imd_decile")
                .publication(policy)
                .collectAsList();

        SuppressedTable expected = Suppression.apply(counts, policy);
        assertThat(expected.suppressedCount())
                .as("the data must exercise suppression")
                .isPositive();
        List<String> categories = List.of("improved", "unchanged", "deteriorated", "total");
        List<String> cells = new ArrayList<>();
        for (int r = 0; r <= 4; r++) {
            for (int c = 0; c <= 3; c++) {
                cells.add(String.join(
                        ",",
                        "imd_decile",
                        r < 4 ? "imd_decile=" + (r + 1) : "total",
                        categories.get(c),
                        expected.cell(r, c)));
            }
        }
        assertThat(published.stream()
                        .map(r -> String.join(",", r.getString(0), r.getString(1), r.getString(2), r.getString(3)))
                        .collect(Collectors.toList()))
                .isEqualTo(cells);
    }

    @Test
    void publication_ordersStrataAsNumbers_decile10AfterDecile2() {
        List<Row> rows = new ArrayList<>();
        for (int decile : new int[] {10, 2, 10, 1}) {
            rows.add(RowFactory.create(decile, BigDecimal.ONE, BigDecimal.TEN));
        }
        Dataset<Row> people = SharedSpark.session()
                .createDataFrame(
                        rows,
                        new StructType()
                                .add("imd_decile", DataTypes.IntegerType)
                                .add("baseline", DataTypes.createDecimalType(10, 2))
                                .add("follow_up", DataTypes.createDecimalType(10, 2)));
        List<String> strata = CohortStatistics.of(people, "baseline", "follow_up")
                .by("imd_decile")
                .publication(SuppressionPolicy.minimumCount(2))
                .collectAsList()
                .stream()
                .map(r -> r.getString(1))
                .distinct()
                .collect(Collectors.toList());
        assertThat(strata).containsExactly("imd_decile=1", "imd_decile=2", "imd_decile=10", "total");
    }
}
