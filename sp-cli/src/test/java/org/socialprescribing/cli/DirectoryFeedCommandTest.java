package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.cli.LoopbackFeed.Answer;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.feed.FeedOptions;

/**
 * {@code sp directory import} and {@code to-fhir} over a loopback ORUK API that is cut short, goes round in a
 * cycle, redirects elsewhere or is given credentials: what was read is written, the problem is on stderr, and no
 * credential is ever printed.
 */
class DirectoryFeedCommandTest {

    private static final String PASSWORD = "s3cr3t-Pa55";

    @TempDir
    Path folder;

    /** An ORUK service with its organization: it maps to an SDK service without warnings. */
    static String service(int i) {
        return "{\"id\":\"s" + i + "\",\"name\":\"Service " + i
                + "\",\"status\":\"active\",\"organization\":{\"id\":\"o" + i + "\",\"name\":\"Organisation " + i
                + "\",\"description\":\"Invented.\"}}";
    }

    /** Page {@code n} of two services, with the envelope members given. */
    private static String twoServices(int n, String envelope) {
        return "{" + envelope + ",\"contents\":[" + service(2 * n) + "," + service(2 * n + 1) + "]}";
    }

    private static String servicesOf(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(DirectoryFeedCommandTest::service)
                .collect(Collectors.joining(","));
    }

    @Test
    void aFeedCutShort_writesWhatWasReadAndExits1WithTheProblemOnStderr() throws IOException {
        try (LoopbackFeed feed = LoopbackFeed.start(n ->
                Answer.json(n == 3 ? "{\"total_pages\":5,\"contents\":[]}" : twoServices(n, "\"total_pages\":5")))) {
            Path output = folder.resolve("services.json");

            SpRunner.Result result = SpRunner.run("directory", "import", feed.base(), "-o", output.toString());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
            assertThat(SpJson.parse(Files.readString(output), Service[].class)).hasSize(4);
            assertThat(result.err())
                    .contains(feed.base() + ": ERROR oruk.feed.truncated at " + feed.base()
                            + "/services?page=3: is empty, but total_pages is 5: the feed ended early")
                    .contains("4 service(s) imported, 0 record(s) not mapped, 0 warning(s)")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void lastPageTooEarly_exits1() throws IOException {
        try (LoopbackFeed feed =
                LoopbackFeed.start(n -> Answer.json(twoServices(n, "\"total_items\":10,\"last_page\":" + (n == 2))))) {
            SpRunner.Result result = SpRunner.run("directory", "import", feed.base());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
            assertThat(SpJson.parse(result.out(), Service[].class)).hasSize(4);
            assertThat(result.err())
                    .contains("ERROR oruk.feed.count-mismatch")
                    .contains("ends the feed with 4 service(s) read, but total_items is 10");
        }
    }

    @Test
    void aTwoPageCycle_isStoppedAtTheFirstRepeatAndExits1() throws IOException {
        try (LoopbackFeed feed = LoopbackFeed.start(n -> {
            int shown = (n - 1) % 2 + 1;
            return Answer.json(twoServices(shown, "\"page_number\":" + shown));
        })) {
            SpRunner.Result result = SpRunner.run("directory", "import", feed.base());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
            assertThat(result.err()).contains("ERROR oruk.feed.cycle at " + feed.base() + "/services?page=3");
            assertThat(SpJson.parse(result.out(), Service[].class)).hasSize(4);
            assertThat(feed.requests()).isEqualTo(3);
        }
    }

    @Test
    void toFhir_reportsAnIncompleteFeedToo() throws IOException {
        try (LoopbackFeed feed =
                LoopbackFeed.start(n -> Answer.json(twoServices(n, "\"total_pages\":2,\"total_items\":3")))) {
            SpRunner.Result result = SpRunner.run("directory", "to-fhir", feed.base(), "--quiet");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
            assertThat(result.err()).contains("ERROR oruk.feed.count-mismatch");
        }
    }

    /** What {@code sp report --directory} reads: a directory it needs whole, or nothing. */
    @Test
    void readComplete_refusesAnIncompleteFeed() throws IOException {
        try (LoopbackFeed feed = LoopbackFeed.start(n ->
                Answer.json(n == 3 ? "{\"total_pages\":5,\"contents\":[]}" : twoServices(n, "\"total_pages\":5")))) {
            DirectorySource source = DirectorySource.of(feed.base(), FeedOptions.defaults(), InputLimits.defaults());

            assertThatExceptionOfType(UsageException.class)
                    .isThrownBy(source::readComplete)
                    .withMessageStartingWith(
                            feed.base() + ": the directory read is incomplete: ERROR oruk.feed.truncated");
        }
    }

    @Test
    void aServerError_isExit2AndLeavesTheArrayUnclosed() throws IOException {
        try (LoopbackFeed feed = LoopbackFeed.start(
                n -> n == 2 ? Answer.status(404) : Answer.json(twoServices(n, "\"total_pages\":3")))) {
            SpRunner.Result result = SpRunner.run("directory", "import", feed.base());

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err().lines())
                    .singleElement()
                    .isEqualTo("sp: " + feed.base() + ": " + feed.base()
                            + "/services?page=2: the server answered HTTP 404");
            assertThat(result.out().strip()).doesNotEndWith("]");
        }
    }

    @Test
    void aServerError_onTheFirstPage_leavesAnExistingOutputAsItWas() throws IOException {
        try (LoopbackFeed feed = LoopbackFeed.start(n -> Answer.status(404))) {
            Path output = Files.writeString(folder.resolve("services.json"), "[ ]");

            SpRunner.Result result = SpRunner.run("directory", "import", feed.base(), "-o", output.toString());

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(Files.readString(output)).isEqualTo("[ ]");
        }
    }

    @Test
    void aRedirectToAnotherHost_isRefusedUnlessAllowed() throws IOException {
        try (LoopbackFeed feed = LoopbackFeed.start(n -> n == 1
                ? Answer.redirect("http://localhost:0/elsewhere/services?page=1")
                : Answer.json("{\"contents\":[]}"))) {
            SpRunner.Result result = SpRunner.run("directory", "import", feed.base());

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err())
                    .contains("a redirect that leads to another host, localhost, which the allowed hosts do not name");
        }
        try (LoopbackFeed feed =
                LoopbackFeed.start(n -> Answer.json("{\"last_page\":true,\"contents\":[" + servicesOf(0, 1) + "]}"))) {
            String elsewhere = "http://localhost:" + feed.port() + "/api/services?page=1";
            try (LoopbackFeed redirecting = LoopbackFeed.start(n -> Answer.redirect(elsewhere))) {
                SpRunner.Result result =
                        SpRunner.run("directory", "import", redirecting.base(), "--allow-host", "localhost", "--quiet");

                assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
                assertThat(SpJson.parse(result.out(), Service[].class)).hasSize(1);
            }
        }
    }

    @Test
    void aPasswordInTheUrl_isNeverPrinted() throws IOException {
        try (LoopbackFeed feed = LoopbackFeed.start(n -> n == 1
                ? Answer.json("{\"total_pages\":3,\"contents\":[" + servicesOf(0, 2) + "]}")
                : Answer.status(404))) {
            String url = "http://reader:" + PASSWORD + "@127.0.0.1:" + feed.port() + "/api?api_key=" + PASSWORD;

            SpRunner.Result result = SpRunner.run("--debug", "directory", "import", url);

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err())
                    .contains("sp: http://***@127.0.0.1:" + feed.port() + "/api?api_key=***: ")
                    .doesNotContain(PASSWORD);
            assertThat(result.out()).doesNotContain(PASSWORD);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://reader:%s@bad host/api", "http://reader:%s@127.0.0.1:99999999/api", "HTTP://reader:%s@"})
    void aPasswordInAnInvalidUrl_isNeverPrinted(String url) {
        SpRunner.Result result = SpRunner.run("--debug", "directory", "import", String.format(url, PASSWORD));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: ").doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "-5s", "soon", "PT0S"})
    void aTimeBudgetThatIsNotADuration_isAUsageError(String budget) {
        SpRunner.Result result = SpRunner.run("directory", "import", "http://127.0.0.1:1/api", "--time-budget", budget);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--time-budget");
    }

    @Test
    void aHostThatIsNotAHost_isAUsageError() {
        SpRunner.Result result =
                SpRunner.run("directory", "import", "http://127.0.0.1:1/api", "--allow-host", "https://x.org/");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: --allow-host 'https://x.org/' must be a host name");
    }

    @Test
    void aFileImport_writesTheSameJsonAsTheWholeList() throws IOException {
        Path input = Path.of("src", "test", "resources", "directory", "services.json");
        SpRunner.Result result = SpRunner.run("directory", "import", input.toString(), "--quiet");

        List<Service> services = List.of(SpJson.parse(result.out(), Service[].class));
        String whole = SpJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(services);
        assertThat(result.out()).isEqualTo(whole + System.lineSeparator());
    }

    @Test
    void aTimeBudgetIsAccepted_inItsShortForms() throws IOException {
        try (LoopbackFeed feed =
                LoopbackFeed.start(n -> Answer.json("{\"last_page\":true,\"contents\":[" + servicesOf(0, 1) + "]}"))) {
            for (String budget : List.of("90s", "30m", "2h", "1500ms", "PT1H")) {
                SpRunner.Result result =
                        SpRunner.run("directory", "import", feed.base(), "--time-budget", budget, "--quiet");
                assertThat(result.exitCode()).as(budget + ": " + result.err()).isEqualTo(ExitCode.OK);
            }
        }
    }
}
