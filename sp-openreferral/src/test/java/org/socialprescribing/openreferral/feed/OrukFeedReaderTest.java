package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.openreferral.OrukFormatException;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceStatus;
import org.socialprescribing.openreferral.feed.FakeOrukApi.Answer;

/** The feed reader against a local fake ORUK API serving invented pages and broken answers. */
class OrukFeedReaderTest {

    /** Tiny backoff and timeouts, so that retries cost milliseconds. */
    static final FeedOptions FAST = FeedOptions.builder()
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(4))
            .requestTimeout(Duration.ofSeconds(5))
            .build();

    @RegisterExtension
    final FakeOrukApi api = FakeOrukApi.perTest();

    /** An invented service. */
    static OrukService service(String id) {
        return OrukService.builder()
                .id(id)
                .name("Service " + id)
                .status(OrukServiceStatus.ACTIVE)
                .build();
    }

    /** The JSON of page {@code number} of a directory of {@code count} services, {@code size} per page. */
    static String page(int number, int count, int size, boolean withTotals) {
        int totalPages = (count + size - 1) / size;
        var builder = OrukPage.<OrukService>builder().pageNumber(number).size(size);
        if (withTotals) {
            builder.totalItems(count).totalPages(totalPages).lastPage(number >= totalPages);
        }
        IntStream.range((number - 1) * size, Math.min(count, number * size))
                .forEach(i -> builder.addContent(service("s" + i)));
        return OrukJson.write(builder.build());
    }

    private List<String> ids(OrukFeedReader feed) {
        return feed.services().map(OrukService::id).collect(Collectors.toList());
    }

    /** Reads the whole feed, which must fail for the reason given; returns the failure. */
    private static OrukFeedException failure(OrukFeedReader feed, FeedIssueCode reason) {
        OrukFeedException failure = catchThrowableOfType(
                OrukFeedException.class, () -> feed.services().count());
        assertThat(failure).as("the feed's failure").isNotNull();
        assertThat(failure.code()).isEqualTo(reason);
        return failure;
    }

    private List<String> requestedPages() {
        return api.requests().stream().map(URI::getRawQuery).collect(Collectors.toList());
    }

    @Test
    void services_pagesThroughTheWholeDirectory() {
        api.script((page, attempt) -> Answer.json(page(page, 5, 2, true)));

        List<String> ids = ids(OrukFeedReader.of(api.base(), FAST));

        assertThat(ids).containsExactly("s0", "s1", "s2", "s3", "s4");
        assertThat(requestedPages()).containsExactly("page=1", "page=2", "page=3");
        assertThat(api.requests()).allSatisfy(uri -> assertThat(uri.getPath()).isEqualTo("/api/v3/services"));
    }

    @Test
    void services_stopAtTheLastPageFlag() {
        api.script((page, attempt) -> Answer.json(
                "{\"last_page\":" + (page == 2) + ",\"contents\":[" + OrukJson.write(service("p" + page)) + "]}"));

        assertThat(ids(OrukFeedReader.of(api.base(), FAST))).containsExactly("p1", "p2");
    }

    @Test
    void services_stopAtTotalPagesEvenIfNoPageSaysItIsTheLast() {
        api.script((page, attempt) -> Answer.json(
                "{\"total_pages\":3,\"last_page\":false,\"contents\":[" + OrukJson.write(service("p" + page)) + "]}"));

        assertThat(ids(OrukFeedReader.of(api.base(), FAST))).containsExactly("p1", "p2", "p3");
        assertThat(api.requests()).hasSize(3);
    }

    @Test
    void services_stopAtAnEmptyPage() {
        api.script((page, attempt) -> Answer.json(page(page, 4, 2, false)));

        assertThat(ids(OrukFeedReader.of(api.base(), FAST))).containsExactly("s0", "s1", "s2", "s3");
        assertThat(requestedPages()).containsExactly("page=1", "page=2", "page=3");
    }

    @Test
    void services_areFetchedOnlyAsFarAsTheStreamIsRead() {
        api.script((page, attempt) -> Answer.json(page(page, 50, 10, true)));

        List<String> firstThree = OrukFeedReader.of(api.base(), FAST)
                .services()
                .limit(3)
                .map(OrukService::id)
                .collect(Collectors.toList());

        assertThat(firstThree).containsExactly("s0", "s1", "s2");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void pageUri_keepsTheBaseQueryAndAsksForPerPage() {
        api.script((page, attempt) -> Answer.json(page(page, 1, 1, true)));
        URI base = URI.create(api.base() + "/?taxonomy_id=t1");

        ids(OrukFeedReader.of(base, FAST.withPerPage(25)));

        assertThat(requestedPages()).containsExactly("taxonomy_id=t1&page=1&per_page=25");
    }

    @Test
    void a500_isRetriedAndThenTheFeedGoesOn() {
        api.script((page, attempt) ->
                page == 2 && attempt == 1 ? Answer.status(500) : Answer.json(page(page, 6, 2, true)));

        List<String> ids = ids(OrukFeedReader.of(api.base(), FAST));

        assertThat(ids).containsExactly("s0", "s1", "s2", "s3", "s4", "s5");
        assertThat(requestedPages()).containsExactly("page=1", "page=2", "page=2", "page=3");
    }

    @Test
    void a503OnEveryAttempt_failsWithTheStatusAfterMaxAttempts() {
        api.script((page, attempt) -> Answer.status(503));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.HTTP_STATUS);
        assertThat(failure.field()).endsWith("/api/v3/services?page=1");
        assertThat(failure.rule()).isEqualTo("the server answered HTTP 503 on all 4 attempts");
        assertThat(api.requests()).hasSize(FAST.maxAttempts());
    }

    @Test
    void a429_isRetried() {
        api.script((page, attempt) -> attempt == 1 ? Answer.status(429) : Answer.json(page(page, 1, 1, true)));

        assertThat(ids(OrukFeedReader.of(api.base(), FAST))).containsExactly("s0");
    }

    @Test
    void a404_failsAtOnce() {
        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.HTTP_STATUS);
        assertThat(failure.rule()).isEqualTo("the server answered HTTP 404");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aDroppedConnection_isRetried() {
        api.script((page, attempt) -> attempt == 1 ? Answer.droppedConnection() : Answer.json(page(page, 2, 2, true)));

        assertThat(ids(OrukFeedReader.of(api.base(), FAST))).containsExactly("s0", "s1");
        assertThat(api.requests()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anAnswerThatNeverComes_timesOutAndIsRetried() {
        api.script((page, attempt) -> attempt == 1 ? Answer.neverAnswered() : Answer.json(page(page, 1, 1, true)));
        FeedOptions impatient = FAST.withRequestTimeout(Duration.ofMillis(300));

        assertThat(ids(OrukFeedReader.of(api.base(), impatient))).containsExactly("s0");
    }

    @Test
    void noServerAtAll_isUnreachableAfterMaxAttempts() {
        URI nowhere = api.base();
        api.close();

        OrukFeedException failure =
                failure(OrukFeedReader.of(nowhere, FAST.withMaxAttempts(2)), FeedIssueCode.UNREACHABLE);
        assertThat(failure.rule()).contains("on all 2 attempts");
    }

    @Test
    void html_isNotAnOrukPage() {
        api.script((page, attempt) -> Answer.typed("text/html", "<!doctype html><html><body>Sign in</body></html>"));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.NOT_ORUK);
        assertThat(failure.rule()).contains("Content-Type 'text/html'").contains("looks like HTML");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void jsonUnderAnotherContentType_isNotAnOrukPage() {
        api.script((page, attempt) -> Answer.typed("text/plain", page(1, 1, 1, true)));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.NOT_ORUK);
        assertThat(failure.rule()).doesNotContain("HTML");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"application/json", "application/json;charset=UTF-8", "APPLICATION/JSON", "application/hal+json"
            })
    void jsonContentTypes_areAccepted(String contentType) {
        api.script((page, attempt) -> Answer.typed(contentType, page(1, 1, 1, true)));

        assertThat(ids(OrukFeedReader.of(api.base(), FAST))).containsExactly("s0");
    }

    @Test
    void truncatedJson_isNotAnOrukPageAndNamesThePath() {
        String whole = page(1, 3, 3, true);
        api.script((page, attempt) -> Answer.json(whole.substring(0, whole.length() - 40)));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.NOT_ORUK);
        assertThat(failure.rule()).contains("$.contents[2]").contains("is cut off");
        assertThat(failure.getCause()).isInstanceOf(OrukFormatException.class);
    }

    @Test
    void aSingleServiceInsteadOfAPage_isNotAnOrukPage() {
        api.script((page, attempt) -> Answer.json(OrukJson.write(service("s1"))));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.NOT_ORUK);
        assertThat(failure.rule()).contains("$.contents: is required but missing");
    }

    @Test
    void aPageLargerThanTheLimit_isRefused() {
        api.script((page, attempt) -> Answer.json(page(1, 20, 20, true)));

        failure(OrukFeedReader.of(api.base(), FAST.withMaxPageBytes(100)), FeedIssueCode.PAGE_TOO_LARGE);
    }

    @Test
    void aServerThatIgnoresThePageParameter_isStoppedAtTheFirstRepeat() {
        api.script((page, attempt) -> Answer.json(
                "{\"page_number\":1,\"last_page\":false,\"contents\":[" + OrukJson.write(service("s" + page)) + "]}"));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.CYCLE);
        assertThat(failure.rule()).startsWith("has page_number 1, as page 1 had");
        assertThat(failure.field()).endsWith("page=2");
        assertThat(failure.issues().issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo(FeedIssueCode.CYCLE));
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void aPageWithTheSameServicesAsTheOneBefore_isStopped() {
        api.script((page, attempt) -> Answer.json("{\"contents\":[" + OrukJson.write(service("s1")) + "]}"));

        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.CYCLE);
        assertThat(failure.rule()).contains("same services as page 1");
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void anEndlessFeedOfNewPages_isStoppedAtMaxPages() {
        api.script((page, attempt) -> Answer.json(
                "{\"page_number\":" + page + ",\"contents\":[" + OrukJson.write(service("p" + page)) + "]}"));
        List<String> seen = new ArrayList<>();

        assertThatExceptionOfType(OrukFeedException.class)
                .isThrownBy(() -> OrukFeedReader.of(api.base(), FAST.withMaxPages(5))
                        .services()
                        .forEach(service -> seen.add(service.id())))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FeedIssueCode.RUNAWAY_PAGING))
                .satisfies(e -> assertThat(e.field()).endsWith("page=6"))
                .satisfies(e -> assertThat(e.rule()).contains("after 5 pages"));
        assertThat(seen).hasSize(5);
        assertThat(api.requests()).hasSize(5);
    }

    @Test
    void interrupted_stopsTheFeedWithTheFlagSet() {
        api.script((page, attempt) -> Answer.status(503));
        FeedOptions slow = FAST.withInitialBackoff(Duration.ofSeconds(30)).withMaxBackoff(Duration.ofSeconds(30));
        Thread.currentThread().interrupt();
        try {
            assertThatExceptionOfType(OrukFeedException.class)
                    .isThrownBy(() -> ids(OrukFeedReader.of(api.base(), slow)))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(FeedIssueCode.INTERRUPTED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFeedFailure_isNotAnArgumentError() {
        OrukFeedException failure = failure(OrukFeedReader.of(api.base(), FAST), FeedIssueCode.HTTP_STATUS);

        assertThat(failure).isNotInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/api", "/api/v3", "mailto:someone@example.org", "https:///api"})
    void of_rejectsABaseThatIsNotAnAbsoluteHttpUri(String base) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> OrukFeedReader.of(URI.create(base)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("base"));
    }
}
