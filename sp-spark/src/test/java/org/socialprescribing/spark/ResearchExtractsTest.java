package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.measures.extract.ExtractRow;

/** Extract files read with the documented types; a bad row is kept, not dropped; a wrong header is refused. */
class ResearchExtractsTest {

    private static final String PERSON = "a".repeat(64);

    @Test
    void readsTheDocumentedColumns_andKeepsABadRowAsText(@TempDir Path dir) throws IOException {
        String header = String.join(",", ExtractRow.COLUMNS);
        String good = PERSON
                + ",1,1,swemwbs,1.0,swemwbs-1,baseline,2025-03,link_worker,scored,metric,19.25,,,3,imd2019,A,18-64,"
                + "gp,physical_activity;arts,completed";
        String bad = PERSON
                + ",one,2,swemwbs,1.0,swemwbs-1,follow_up,2025-06,link_worker,scored,metric,21.54,,,3,imd2019,A,"
                + "18-64,gp,,completed";
        Path file = Files.writeString(
                dir.resolve("extract.csv"), header + "\n" + good + "\n" + bad + "\n", StandardCharsets.UTF_8);

        List<Row> rows = ResearchExtracts.read(SharedSpark.session(), file.toString())
                .orderBy("measurement")
                .collectAsList();

        assertThat(rows).hasSize(2);
        Row first = rows.get(0);
        assertThat(first.<Integer>getAs("episode")).isEqualTo(1);
        assertThat(first.<BigDecimal>getAs("value")).isEqualByComparingTo("19.25");
        assertThat(first.<String>getAs("service_categories")).isEqualTo("physical_activity;arts");
        assertThat(first.<String>getAs(ResearchExtracts.CORRUPT)).isNull();
        assertThat(rows.get(1).<String>getAs(ResearchExtracts.CORRUPT)).isEqualTo(bad);
    }

    @Test
    void aFileWithOtherColumnsIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("other.csv"), "id,score\np1,3\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ResearchExtracts.read(SharedSpark.session(), file.toString())
                        .collectAsList())
                .satisfies(e -> assertThat(messages(e)).contains("CSV header"));
    }

    /** Every message in the cause chain: Spark wraps the reader's error in a file-level one. */
    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
