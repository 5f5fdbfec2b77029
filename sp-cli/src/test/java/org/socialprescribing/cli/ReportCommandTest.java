package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sp report demand} and {@code sp report outcomes} on three episodes of the demo cohort (kept as test
 * resources, NHS numbers removed): EP-101 refers to Riverside Friends' telephone befriending and to Green Shoots'
 * community allotment (declined), EP-104 to Riverside Friends' coffee and chat group and Green Shoots' walking group,
 * EP-105 to Riverside Advice Centre's online peer support and the coffee and chat group. Counted by hand: 6 referrals,
 * 1 declined; Riverside Friends 3, Green Shoots 2, Riverside Advice Centre 1.
 */
class ReportCommandTest {

    private static final List<String> EPISODES = List.of("EP-101.json", "EP-104.json", "EP-105.json");

    private static final List<String> COUNT_COLUMNS = List.of(
            "referred", "accepted", "declined", "started", "completed", "discontinued", "not_started", "cancelled");

    @TempDir
    Path dir;

    private final List<String> files = new ArrayList<>();

    @BeforeEach
    void copyEpisodes() throws IOException {
        for (String name : EPISODES) {
            try (InputStream in = ReportCommandTest.class.getResourceAsStream("report/" + name)) {
                Path file = dir.resolve(name);
                Files.copy(in, file);
                files.add(file.toString());
            }
        }
    }

    /** {@code sp report COMMAND EPISODE... OPTION...} on the three episodes. */
    private SpRunner.Result run(String command, String... options) {
        List<String> args = new ArrayList<>(List.of("report", command));
        args.addAll(files);
        args.addAll(List.of(options));
        return SpRunner.run(args.toArray(String[]::new));
    }

    @Test
    void demand_countsTheReferralsCountedByHand() {
        SpRunner.Result result = run("demand", "--no-suppression");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String[]> rows = csv(result.out());
        String[] header = rows.get(0);
        int level = column(header, "level");
        int provider = column(header, "provider");
        int referred = column(header, "referred");
        int declined = column(header, "declined");
        String[] all =
                rows.stream().filter(r -> r[level].equals("all")).findFirst().orElseThrow();
        assertThat(all[referred]).isEqualTo("6");
        assertThat(all[declined]).isEqualTo("1");
        assertThat(rows.stream()
                        .filter(r -> r[level].equals("provider_all_periods"))
                        .map(r -> r[provider] + "=" + r[referred]))
                .containsExactly(
                        "Green Shoots Growing Project (synthetic)=2",
                        "Riverside Advice Centre (synthetic)=1",
                        "Riverside Friends (synthetic)=3");
        // The periods' rows add up to the whole.
        assertThat(rows.stream()
                        .filter(r -> r[level].equals("period"))
                        .mapToInt(r -> Integer.parseInt(r[referred]))
                        .sum())
                .isEqualTo(6);
        assertThat(result.err()).contains("row(s) in the demand table");
    }

    @Test
    void demand_withSuppression_showsNoSmallCount() {
        SpRunner.Result result = run("demand", "--suppress-below", "3");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String[]> rows = csv(result.out());
        String[] header = rows.get(0);
        for (String name : COUNT_COLUMNS) {
            int c = column(header, name);
            assertThat(rows.stream().skip(1).map(r -> r[c])).as(name).doesNotContain("1", "2");
        }
        assertThat(result.out()).contains("[c]");
    }

    @Test
    void demand_needsAnExplicitSuppressionChoice_andRefusesAMinimumOfOne() {
        SpRunner.Result none = run("demand");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("--suppress-below").contains("--no-suppression");

        SpRunner.Result one = run("demand", "--suppress-below", "1");
        assertThat(one.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(one.err()).contains("--suppress-below").contains("at least 2");
    }

    @Test
    void demand_writesJsonCsvFilesAndHtml() throws IOException {
        Path csvDir = dir.resolve("tables");
        Path html = dir.resolve("demand.html");

        SpRunner.Result result = run(
                "demand",
                "--no-suppression",
                "--format",
                "json",
                "--csv-dir",
                csvDir.toString(),
                "--html",
                html.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("report").asText()).isEqualTo("demand_ledger");
        List<String> tables = new ArrayList<>();
        json.get("tables").forEach(t -> tables.add(t.get("name").asText()));
        assertThat(tables).contains("demand");
        try (Stream<Path> written = Files.list(csvDir)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .contains("demand.csv", "equity.csv", "services.csv", "funding.csv");
        }
        String page = Files.readString(html);
        assertThat(page).contains("Content-Security-Policy").contains("<svg");
    }

    @Test
    void outcomes_writesAnHtmlReport_andNeverOverAnInput() throws IOException {
        Path html = dir.resolve("outcomes.html");

        SpRunner.Result result = run("outcomes", "--no-suppression", "--html", html.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(html)).contains("Content-Security-Policy").contains("<svg");
        String before = Files.readString(Path.of(files.get(0)));
        SpRunner.Result overInput = run("outcomes", "--no-suppression", "--html", files.get(0));
        assertThat(overInput.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(Path.of(files.get(0)))).isEqualTo(before);
    }

    private static List<String[]> csv(String text) {
        // The demand table's cells hold no commas or quotes (names of the synthetic cohort), so a split is enough.
        List<String[]> rows = new ArrayList<>();
        text.lines().filter(l -> !l.isEmpty()).forEach(l -> rows.add(l.split(",", -1)));
        return rows;
    }

    private static int column(String[] header, String name) {
        int index = Arrays.asList(header).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("the demand table has no column " + name);
        }
        return index;
    }
}
