package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.InvalidValueException;

/**
 * The rows of docs/cli.md and docs/measures.md, scored through the Java API: statuses, scores and messages as
 * documented, the array form, and clear errors for calls the contract does not allow.
 */
class DocumentedRowsTest {

    private static SparkSession spark;

    @BeforeAll
    static void register() {
        spark = SharedSpark.session();
        SpFunctions.register(spark);
    }

    private static Row one(String sql) {
        List<Row> rows = spark.sql(sql).collectAsList();
        assertThat(rows).hasSize(1);
        return rows.get(0).getStruct(0);
    }

    @Test
    void wemwbs_theCliPagesExample() {
        // docs/cli.md: p1 all 3s -> 42; p2 item 3 = 6 -> invalid; p3 item 2 blank -> incomplete.
        assertThat(one("SELECT sp_score_wemwbs(3,3,3,3,3,3,3,3,3,3,3,3,3,3)").mkString("|"))
                .isEqualTo("42|scored|null");
        assertThat(one("SELECT sp_score_wemwbs(3,3,6,3,3,3,3,3,3,3,3,3,3,3)").mkString("|"))
                .isEqualTo("null|invalid|wemwbs_3: 6 is outside 1..5");
        assertThat(one("SELECT sp_score_wemwbs('3','',' 3 ','3','3','3','3','3','3','3','3','3','3','3')")
                        .mkString("|"))
                .isEqualTo("null|incomplete|missing wemwbs_2");
        assertThat(one("SELECT sp_score_wemwbs('3','3','2.5','3','3','3','3','3','3','3','3','3','3','3')")
                        .getString(2))
                .isEqualTo("wemwbs_3: 2.5 is not an integer");
    }

    @Test
    void anAnswerThatIsAnNhsNumber_isMaskedInTheMessage() {
        // Issue 11, as sp score: the message quotes the answer at fault, masked, however it is written.
        assertThat(one("SELECT sp_score_swemwbs('9960308243',4,3,4,3,4,4)").getString(3))
                .isEqualTo("swemwbs_1: *** *** 8243 is outside 1..5");
        assertThat(one("SELECT sp_score_swemwbs('996 030 8243',4,3,4,3,4,4)").getString(3))
                .isEqualTo("swemwbs_1: *** *** 8243 is not an integer");
    }

    @Test
    void swemwbs_rawAndMetric_andFromWemwbsAnswers() {
        // docs/measures.md: 4,4,3,4,3,4,4 -> raw 26, metric 23.21.
        Row row = one("SELECT sp_score_swemwbs(4,4,3,4,3,4,4)");
        assertThat(row.getInt(0)).isEqualTo(26);
        assertThat(row.getDecimal(1)).isEqualByComparingTo(new BigDecimal("23.21"));
        // Fourteen answers are WEMWBS items 1..14; items 1, 2, 3, 6, 7, 9, 11 are the SWEMWBS ones.
        assertThat(one("SELECT sp_score_swemwbs(4,4,3,1,1,4,3,1,4,1,4,1,1,1)").getInt(0))
                .isEqualTo(26);
        assertThat(one("SELECT sp_score_swemwbs(4,4,3,9,1,4,3,1,4,1,4,1,1,1)").getString(3))
                .isEqualTo("wemwbs_4: 9 is outside 1..5");
    }

    @Test
    void ons4_itemsScoreSeparately() {
        Row row = one("SELECT sp_score_ons4(8, NULL, 5, 1)");
        assertThat(row.mkString("|")).isEqualTo("8|high|null|null|5|medium|1|very_low|incomplete|missing ons4_2");
        assertThat(one("SELECT sp_score_ons4(NULL, NULL, NULL, NULL)").getString(9))
                .isEqualTo("missing ons4_1..ons4_4");
    }

    @Test
    void phq9_riskFlagShownOnIncompleteRows_andItem10Optional() {
        Row incomplete = one("SELECT sp_score_phq9(NULL,1,1,1,1,1,1,1,2)");
        assertThat(incomplete.mkString("|")).isEqualTo("null|null|true|incomplete|missing phq9_1");
        assertThat(one("SELECT sp_score_phq9(3,3,3,2,2,1,1,0,0,1)").mkString("|"))
                .isEqualTo("15|moderately_severe|false|scored|null");
        assertThat(one("SELECT sp_score_gad7(0,1,2,3,0,1,2)").mkString("|")).isEqualTo("9|mild|scored|null");
    }

    @Test
    void arrays_scoreAsColumns_andAWrongLengthIsAnInvalidRow() {
        assertThat(one("SELECT sp_score_gad7(array(0,1,2,3,0,1,2))").mkString("|"))
                .isEqualTo("9|mild|scored|null");
        assertThat(one("SELECT sp_score_gad7(array('0','1','x','3','0','1','2'))")
                        .getString(3))
                .isEqualTo("gad7_3: x is not an integer");
        assertThat(one("SELECT sp_score_gad7(array(0,1,2))").mkString("|"))
                .isEqualTo("null|null|invalid|3 answers given; expected gad7_1..gad7_7");
        assertThat(one("SELECT sp_score_gad7(CAST(NULL AS array<int>))").mkString("|"))
                .isEqualTo("null|null|incomplete|missing gad7_1..gad7_7");
    }

    @Test
    void callsOutsideTheContract_failAtAnalysis_namingTheRule() {
        assertThatThrownBy(() -> spark.sql("SELECT sp_score_gad7(1, 2)").collectAsList())
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("sp_score_gad7: 2 answers given; expected gad7_1..gad7_7");
        assertThatThrownBy(() ->
                        spark.sql("SELECT sp_score_gad7(1, 2, 3, 1.5, 0, 1, 2)").collectAsList())
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("answer 4 is decimal(2,1); expected an integer or a string");
    }

    @Test
    void dataFrames_needTheItemColumns_asTheCliNeedsThem() {
        Dataset<Row> frame = spark.sql("SELECT 'p1' AS id, 1 AS gad7_1, 2 AS gad7_2, 2.5D AS gad7_3");
        assertThatThrownBy(() -> SpScoring.score(frame, "gad7"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("gad7_4, gad7_5, gad7_6, gad7_7");
        assertThatThrownBy(() -> SpScoring.score(frame, "pam"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("pam");
        Dataset<Row> typed = spark.sql(
                "SELECT 'p1' AS id, 1 AS gad7_1, 2 AS gad7_2, 2.5D AS gad7_3, 1 AS gad7_4, 1 AS gad7_5, 1 AS gad7_6, 1 AS gad7_7");
        assertThatThrownBy(() -> SpScoring.score(typed, "gad7"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("gad7_3")
                .hasMessageContaining("must be an integer or string column");
        Dataset<Row> scored = SpScoring.score(typed.withColumn("gad7_3", typed.col("gad7_1")), "gad7");
        assertThat(scored.columns()).endsWith("total", "severity", "status", "message");
    }
}
