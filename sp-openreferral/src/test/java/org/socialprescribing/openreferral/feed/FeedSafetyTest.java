package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.socialprescribing.openreferral.feed.OrukFeedReaderTest.FAST;
import static org.socialprescribing.openreferral.feed.OrukFeedReaderTest.page;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.feed.FakeOrukApi.Answer;

/**
 * The walk's manners and bounds: it waits as {@code Retry-After} asks, within its time budget; it stays on its host
 * unless allowed elsewhere; and it never shows credentials.
 */
class FeedSafetyTest {

    private static final String PASSWORD = "s3cr3t-Pa55";

    @RegisterExtension
    final FakeOrukApi api = FakeOrukApi.perTest();

    private final TestClock clock = new TestClock();

    private List<String> ids(OrukFeedReader feed) {
        return feed.services().map(OrukService::id).collect(Collectors.toList());
    }

    private OrukFeedReader reader(FeedOptions options) {
        return OrukFeedReader.of(api.base(), options, clock);
    }

    private static OrukFeedException failure(OrukFeedReader feed, FeedIssueCode reason) {
        OrukFeedException failure = catchThrowableOfType(
                OrukFeedException.class, () -> feed.services().count());
        assertThat(failure).as("the feed's failure").isNotNull();
        assertThat(failure.code()).as(failure.getMessage()).isEqualTo(reason);
        return failure;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    // Retry-After and the time budget

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void retryAfterInSeconds_isWaitedFor(int status) {
        api.script((page, attempt) -> attempt == 1
                ? Answer.status(status).withHeader("Retry-After", "7")
                : Answer.json(page(page, 1, 1, true)));

        assertThat(ids(reader(FAST))).containsExactly("s0");
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsAnHttpDate_isWaitedForFromTheAnswersDate() {
        api.script((page, attempt) -> attempt == 1
                ? Answer.status(503)
                        .withHeader(
                                "Retry-After",
                                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                        ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30)))
                : Answer.json(page(page, 1, 1, true)));

        assertThat(ids(reader(FAST))).containsExactly("s0");
        // Both dates are whole seconds, taken a moment apart by the server.
        assertThat(clock.sleeps())
                .singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(31)));
    }

    @Test
    void retryAfterOnA500_isNotWhatTheWaitFollows() {
        api.script((page, attempt) -> attempt == 1
                ? Answer.status(500).withHeader("Retry-After", "120")
                : Answer.json(page(page, 1, 1, true)));

        assertThat(ids(reader(FAST))).containsExactly("s0");
        assertThat(clock.sleeps()).containsExactly(FAST.initialBackoff());
    }

    @Test
    void unreadableRetryAfter_fallsBackToTheBackoff() {
        api.script((page, attempt) -> attempt == 1
                ? Answer.status(429).withHeader("Retry-After", "soon, please")
                : Answer.json(page(page, 1, 1, true)));

        assertThat(ids(reader(FAST))).containsExactly("s0");
        assertThat(clock.sleeps()).containsExactly(FAST.initialBackoff());
    }

    @Test
    void retryAfterBeyondTheTimeBudget_failsAtOnceWithoutWaiting() {
        api.script((page, attempt) -> Answer.status(429).withHeader("Retry-After", "3600"));

        OrukFeedException failure =
                failure(reader(FAST.withTimeBudget(Duration.ofMinutes(10))), FeedIssueCode.TIME_BUDGET);

        assertThat(failure.rule())
                .startsWith("the server answered HTTP 429 and asked (Retry-After) for a wait of 3600 s")
                .contains("would outlast the walk's time budget")
                .endsWith("of 600 s)");
        assertThat(clock.sleeps()).isEmpty();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void retriesAreBounded_evenWhenTheServerAsksForNoWait() {
        api.script((page, attempt) -> Answer.status(503).withHeader("Retry-After", "0"));

        OrukFeedException failure = failure(reader(FAST), FeedIssueCode.HTTP_STATUS);

        assertThat(failure.rule()).isEqualTo("the server answered HTTP 503 on all 4 attempts");
        assertThat(api.requests()).hasSize(4);
        assertThat(clock.sleeps()).containsOnly(Duration.ZERO);
    }

    @Test
    void aWalkLongerThanItsBudget_isStopped() {
        // Every page takes a virtual minute: a budget of ten minutes ends the endless feed at about page ten.
        api.script((page, attempt) -> {
            clock.advance(Duration.ofMinutes(1));
            return Answer.json(page(page, 1_000, 1, true));
        });
        FeedOptions tenMinutes = FAST.withTimeBudget(Duration.ofMinutes(10));

        OrukFeedException failure = catchThrowableOfType(
                OrukFeedException.class, () -> reader(tenMinutes).walk(page -> {}));

        assertThat(failure.code()).isEqualTo(FeedIssueCode.TIME_BUDGET);
        assertThat(failure.rule()).isEqualTo("the walk's time budget (600 s) is spent");
        assertThat(api.requests()).hasSizeBetween(10, 11);
    }

    @Test
    void aServerThatNeverAnswers_isStoppedByTheBudget() {
        api.script((page, attempt) -> Answer.neverAnswered());
        FeedOptions short_ = FAST.withTimeBudget(Duration.ofMillis(300));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), short_), FeedIssueCode.TIME_BUDGET);

        assertThat(failure.rule()).contains("time budget");
    }

    // Redirects

    @Test
    void aRedirectOnTheSameHost_isFollowed() {
        api.script((page, attempt) -> api.requests().size() % 2 == 1
                ? Answer.redirect(301, "/api/v4/services?page=" + page)
                : Answer.json(page(page, 3, 2, true)));

        assertThat(ids(reader(FAST))).containsExactly("s0", "s1", "s2");
        assertThat(api.requests().stream().map(URI::getPath))
                .containsExactly("/api/v3/services", "/api/v4/services", "/api/v3/services", "/api/v4/services");
    }

    @Test
    void aRedirectToAnotherHost_isRefused() {
        api.script((page, attempt) ->
                Answer.redirect(302, "http://localhost:" + api.port() + "/api/v3/services?page=" + page));

        OrukFeedException failure = failure(reader(FAST), FeedIssueCode.REDIRECT_REFUSED);

        assertThat(failure.rule())
                .isEqualTo("the server answered HTTP 302, a redirect that leads to another host, localhost, which the"
                        + " allowed hosts do not name (http://localhost:" + api.port()
                        + "/api/v3/services?page=1); it is not followed");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aRedirectToAnAllowedHost_isFollowedWithoutTheCredentials() {
        api.script((page, attempt) -> api.requests().size() % 2 == 1
                ? Answer.redirect(307, "http://LOCALHOST:" + api.port() + "/mirror/services?page=" + page)
                : Answer.json(page(page, 1, 1, true)));
        URI base = URI.create("http://reader:" + PASSWORD + "@127.0.0.1:" + api.port() + "/api/v3");

        List<String> ids = ids(OrukFeedReader.of(base, FAST.withAllowedHosts("localhost"), clock));

        assertThat(ids).containsExactly("s0");
        assertThat(api.authorizations().get(0)).isPresent();
        assertThat(api.authorizations().get(1)).isEmpty();
    }

    @Test
    void aRedirectLoop_isRefusedAfterFiveRedirects() {
        api.script((page, attempt) -> Answer.redirect(302, "/api/v3/services?page=" + page));

        OrukFeedException failure = failure(reader(FAST), FeedIssueCode.REDIRECT_REFUSED);

        assertThat(failure.rule()).isEqualTo("more than 5 redirects in a row");
        assertThat(api.requests()).hasSize(PageFetcher.MAX_REDIRECTS + 1);
    }

    @Test
    void aRedirectToAnotherScheme_isRefused() {
        api.script((page, attempt) -> Answer.redirect(302, "ftp://127.0.0.1/services"));

        OrukFeedException failure = failure(reader(FAST), FeedIssueCode.REDIRECT_REFUSED);

        assertThat(failure.rule()).contains("leads to a URI that is not http or https");
    }

    @Test
    void aRedirectWithoutALocation_isAnHttpError() {
        api.script((page, attempt) -> Answer.status(302));

        OrukFeedException failure = failure(reader(FAST), FeedIssueCode.HTTP_STATUS);

        assertThat(failure.rule()).isEqualTo("the server answered HTTP 302, a redirect without a Location");
    }

    // Credentials

    @Test
    void credentialsInTheBase_areSentAsBasicAuthenticationAndNeverShown() {
        URI base = URI.create("http://reader:" + PASSWORD + "@127.0.0.1:" + api.port() + "/api/v3");

        OrukFeedException failure = failure(OrukFeedReader.of(base, FAST, clock), FeedIssueCode.HTTP_STATUS);

        String expected =
                "Basic " + Base64.getEncoder().encodeToString(("reader:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(api.authorizations()).containsExactly(Optional.of(expected));
        assertThat(api.requests().get(0).toString()).doesNotContain(PASSWORD);
        assertThat(failure.field()).isEqualTo("http://***@127.0.0.1:" + api.port() + "/api/v3/services?page=1");
        assertThat(stackTrace(failure)).doesNotContain(PASSWORD);
    }

    @Test
    void credentialsInTheBase_areNotShownWhenTheServerCannotBeReached() {
        URI base = URI.create("http://reader:" + PASSWORD + "@127.0.0.1:" + api.port() + "/api/v3");
        api.close();

        OrukFeedException failure =
                failure(OrukFeedReader.of(base, FAST.withMaxAttempts(2), clock), FeedIssueCode.UNREACHABLE);

        assertThat(stackTrace(failure)).doesNotContain(PASSWORD);
    }

    @Test
    void credentialsInARedirect_areNotShown() {
        api.script((page, attempt) -> Answer.redirect(302, "http://someone:" + PASSWORD + "@elsewhere.example/"));

        OrukFeedException failure = failure(reader(FAST), FeedIssueCode.REDIRECT_REFUSED);

        assertThat(stackTrace(failure)).doesNotContain(PASSWORD).contains("http://***@elsewhere.example/");
    }

    @Test
    void aSecretQueryValue_isSentButNeverShown() {
        URI base = URI.create(api.base() + "?api_key=" + PASSWORD + "&area=leeds");

        OrukFeedException failure = failure(OrukFeedReader.of(base, FAST, clock), FeedIssueCode.HTTP_STATUS);

        assertThat(api.requests().get(0).getRawQuery()).isEqualTo("api_key=" + PASSWORD + "&area=leeds&page=1");
        assertThat(failure.getMessage()).doesNotContain(PASSWORD).contains("?api_key=***&area=leeds&page=1");
    }

    @Test
    void truncationIssues_hideCredentialsInTheirPaths() {
        api.script((page, attempt) -> Answer.json(page == 1 ? page(1, 4, 2, true) : "{\"contents\":[]}"));
        URI base = URI.create("http://reader:" + PASSWORD + "@127.0.0.1:" + api.port() + "/api/v3");

        FeedSummary summary = OrukFeedReader.of(base, FAST, clock).walk(page -> {});

        assertThat(summary.report().issues()).isNotEmpty();
        assertThat(summary.report().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void redactedBase_andToString_hideCredentials() {
        OrukFeedReader feed =
                OrukFeedReader.of(URI.create("https://u:" + PASSWORD + "@example.org/api/?token=abc&x=1"));

        assertThat(feed.redactedBase()).isEqualTo("https://***@example.org/api?token=***&x=1");
        assertThat(feed.toString()).doesNotContain(PASSWORD).doesNotContain("abc");
    }

    @Test
    void anInvalidBase_isRefusedWithoutShowingItsCredentials() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> OrukFeedReader.of(URI.create("ftp://u:" + PASSWORD + "@example.org/api")))
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(PASSWORD).contains("ftp://***@example.org"));
    }
}
