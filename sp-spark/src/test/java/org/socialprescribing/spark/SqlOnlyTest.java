package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A SQL user's view: a new session of the shared context, whose functions come only from {@code
 * spark.sql.extensions=org.socialprescribing.spark.SpExtensions} (no Java call registers them), scores a table made
 * in SQL and summarises it in SQL.
 */
class SqlOnlyTest {

    @Test
    void theExtensionAlone_providesTheFunctionsToSql() {
        SparkSession sql = SharedSpark.session().newSession();
        sql.sql("CREATE OR REPLACE TEMPORARY VIEW answers AS SELECT * FROM VALUES "
                + "('p1', 0, 1, 2, 3, 0, 1, 2), ('p2', 3, 3, 3, 3, 3, 3, 3), ('p3', 0, 1, NULL, 3, 0, 1, 2), "
                + "('p4', 0, 1, 9, 3, 0, 1, 2) AS t(id, gad7_1, gad7_2, gad7_3, gad7_4, gad7_5, gad7_6, gad7_7)");
        List<String> rows = sql
                .sql("SELECT id, s.total, s.severity, s.status, s.message FROM ("
                        + "SELECT id, sp_score_gad7(gad7_1, gad7_2, gad7_3, gad7_4, gad7_5, gad7_6, gad7_7) AS s "
                        + "FROM answers) ORDER BY id")
                .collectAsList()
                .stream()
                .map(Row::mkString)
                .map(r -> r.replace("null", "-"))
                .collect(Collectors.toList());
        assertThat(rows)
                .containsExactly(
                        "p19mildscored-",
                        "p221severescored-",
                        "p3--incompletemissing gad7_3",
                        "p4--invalidgad7_3: 9 is outside 0..3");
        List<Row> counts = sql.sql("SELECT sp_score_gad7(gad7_1, gad7_2, gad7_3, gad7_4, gad7_5, gad7_6, gad7_7)"
                        + ".status AS status, count(*) AS n FROM answers GROUP BY 1 ORDER BY 1")
                .collectAsList();
        assertThat(counts.toString()).isEqualTo("[[incomplete,1], [invalid,1], [scored,2]]");
        assertThat(sql.sql("SHOW USER FUNCTIONS LIKE 'sp_score_*'")
                        .collectAsList()
                        .toString())
                .contains("sp_score_phq9", "sp_score_swemwbs", "sp_score_ons4")
                .doesNotContain("sp_score_pam");
    }
}
