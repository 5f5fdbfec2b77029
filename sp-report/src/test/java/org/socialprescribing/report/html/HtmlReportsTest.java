package org.socialprescribing.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages' structure without a browser: self-contained, a policy that refuses requests, tables behind charts. */
class HtmlReportsTest {

    @Test
    void the_pages_load_nothing_and_put_a_table_after_every_chart() {
        Map<String, String> pages = ReportSamples.pages();
        for (String page : pages.values()) {
            assertThat(page)
                    .startsWith("<!DOCTYPE html>")
                    .contains("<html lang=\"en-GB\">")
                    .contains("Content-Security-Policy\" content=\"default-src 'none';")
                    .doesNotContain("<script")
                    .doesNotContainPattern("(src|href)=\"https?:")
                    .doesNotContain("9434765919");
            int figure = page.indexOf("<figure>");
            while (figure >= 0) {
                int next = page.indexOf("<figure>", figure + 1);
                int table = page.indexOf("<table>", figure);
                assertThat(table).isPositive();
                assertThat(next < 0 || table < next)
                        .as("a table follows each chart")
                        .isTrue();
                figure = next;
            }
        }
        assertThat(pages.get("outcomes.html"))
                .contains("Demonstration star: first and latest reading per person")
                .contains("episode E1")
                .contains("Outcomes by instrument")
                .contains("Demand on VCSE services");
        assertThat(pages.get("demand.html")).contains("Cost of demand against funding, per period");
    }
}
