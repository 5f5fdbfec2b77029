package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.socialprescribing.openreferral.feed.OrukFeedReaderTest.FAST;
import static org.socialprescribing.openreferral.feed.OrukFeedReaderTest.page;
import static org.socialprescribing.openreferral.feed.OrukFeedReaderTest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.feed.FakeOrukApi.Answer;

/**
 * Walks that end early or go round in a cycle: reported by {@link OrukFeedReader#walk} after every page read has
 * been passed on, thrown by the streams after the last one.
 */
class FeedWalkTest {

    @RegisterExtension
    final FakeOrukApi api = FakeOrukApi.perTest();

    /** A page of two services, {@code p<page>a} and {@code p<page>b}, with the envelope members given. */
    private static String twoServices(int page, String envelope) {
        return "{" + envelope + (envelope.isEmpty() ? "" : ",") + "\"contents\":["
                + OrukJson.write(service("p" + page + "a")) + "," + OrukJson.write(service("p" + page + "b")) + "]}";
    }

    /** Walks the feed; returns the ids passed on and the summary. */
    private Walked walk(FeedOptions options) {
        List<String> ids = new ArrayList<>();
        FeedSummary summary = OrukFeedReader.of(api.base(), options)
                .walk(page -> page.contents().forEach(service -> ids.add(service.id())));
        return new Walked(ids, summary);
    }

    private record Walked(List<String> ids, FeedSummary summary) {
        List<String> codes() {
            return summary.report().issues().stream()
                    .map(issue -> issue.code().code())
                    .collect(Collectors.toList());
        }
    }

    @Test
    void walk_passesEveryPageOnAndSummarisesAWholeFeed() {
        api.script((page, attempt) -> Answer.json(page(page, 5, 2, true)));

        Walked walked = walk(FAST);

        assertThat(walked.ids()).containsExactly("s0", "s1", "s2", "s3", "s4");
        assertThat(walked.summary().isComplete()).isTrue();
        assertThat(walked.summary().pages()).isEqualTo(3);
        assertThat(walked.summary().services()).isEqualTo(5);
        assertThat(walked.summary().totalPages()).isEqualTo(OptionalInt.of(3));
        assertThat(walked.summary().totalItems()).isEqualTo(OptionalInt.of(5));
    }

    @Test
    void anEmptyPageBeforeTotalPages_isATruncatedFeed() {
        api.script((page, attempt) -> Answer.json(
                page == 3
                        ? "{\"total_pages\":5,\"total_items\":10,\"contents\":[]}"
                        : twoServices(page, "\"total_pages\":5,\"total_items\":10")));

        Walked walked = walk(FAST);

        assertThat(walked.ids()).containsExactly("p1a", "p1b", "p2a", "p2b");
        assertThat(walked.codes()).containsExactly("oruk.feed.truncated", "oruk.feed.count-mismatch");
        ValidationIssue truncated = walked.summary().report().issues().get(0);
        assertThat(truncated.path()).endsWith("/api/v3/services?page=3");
        assertThat(truncated.message()).isEqualTo("is empty, but total_pages is 5: the feed ended early");
        assertThat(walked.summary().report().issues().get(1).message())
                .isEqualTo("ends the feed with 4 service(s) read, but total_items is 10");
        assertThat(api.requests()).hasSize(3);
    }

    @Test
    void lastPageTooEarly_isATruncatedFeed() {
        api.script((page, attempt) -> Answer.json(twoServices(page, "\"total_pages\":5,\"last_page\":" + (page == 2))));

        Walked walked = walk(FAST);

        assertThat(walked.ids()).hasSize(4);
        assertThat(walked.codes()).containsExactly("oruk.feed.truncated");
        assertThat(walked.summary().report().issues().get(0).message())
                .startsWith("says it is the last page (last_page: true), but total_pages is 5");
    }

    @Test
    void totalItemsThatDisagreeWithWhatWasRead_areACountMismatch() {
        api.script((page, attempt) -> Answer.json(twoServices(page, "\"total_pages\":2,\"total_items\":5")));

        Walked walked = walk(FAST);

        assertThat(walked.ids()).hasSize(4);
        assertThat(walked.codes()).containsExactly("oruk.feed.count-mismatch");
    }

    @Test
    void aTwoPageCycleOfPageNumbers_endsAtTheFirstRepeat() {
        api.script((page, attempt) -> {
            int shown = (page - 1) % 2 + 1;
            return Answer.json(twoServices(shown, "\"page_number\":" + shown));
        });

        Walked walked = walk(FAST);

        assertThat(walked.ids()).containsExactly("p1a", "p1b", "p2a", "p2b");
        assertThat(walked.codes()).containsExactly("oruk.feed.cycle");
        assertThat(walked.summary().report().issues().get(0).message()).startsWith("has page_number 1, as page 1 had");
        assertThat(walked.summary().pages()).isEqualTo(2);
        assertThat(api.requests()).hasSize(3);
    }

    @Test
    void aTwoPageCycleOfServicesWithoutPageNumbers_endsAtTheFirstRepeat() {
        api.script((page, attempt) -> Answer.json(twoServices((page - 1) % 2 + 1, "")));

        Walked walked = walk(FAST);

        assertThat(walked.ids()).hasSize(4);
        assertThat(walked.codes()).containsExactly("oruk.feed.cycle");
        assertThat(walked.summary().report().issues().get(0).message()).startsWith("holds the same services as page 1");
        assertThat(api.requests()).hasSize(3);
    }

    @Test
    void aRedirectBackToAnEarlierPage_isACycle() {
        api.script((page, attempt) ->
                page == 3 ? Answer.redirect(302, "/api/v3/services?page=1") : Answer.json(twoServices(page, "")));

        Walked walked = walk(FAST);

        assertThat(walked.ids()).hasSize(4);
        assertThat(walked.codes()).containsExactly("oruk.feed.cycle");
        assertThat(walked.summary().report().issues().get(0).message())
                .startsWith("is answered, after redirects, from the URL that answered page 1");
    }

    @Test
    void services_throwTruncatedAfterPassingOnEveryServiceRead() {
        api.script((page, attempt) -> Answer.json(
                page == 3 ? "{\"total_pages\":5,\"contents\":[]}" : twoServices(page, "\"total_pages\":5")));
        List<String> seen = new ArrayList<>();

        assertThatExceptionOfType(OrukFeedException.class)
                .isThrownBy(() -> OrukFeedReader.of(api.base(), FAST)
                        .services()
                        .map(OrukService::id)
                        .forEach(seen::add))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FeedIssueCode.TRUNCATED))
                .satisfies(e -> assertThat(e.field()).endsWith("page=3"))
                .satisfies(e -> assertThat(e.issues().errors()).hasSize(1));
        assertThat(seen).hasSize(4);
    }

    @Test
    void walk_passesOnWhatTheConsumerThrows() {
        api.script((page, attempt) -> Answer.json(page(page, 6, 2, true)));
        IllegalStateException stop = new IllegalStateException("enough");

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> OrukFeedReader.of(api.base(), FAST).walk(page -> {
                    throw stop;
                }))
                .isSameAs(stop);
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aFailureAfterSomePages_isThrownAfterThoseWerePassedOn() {
        api.script((page, attempt) -> page == 3 ? Answer.status(404) : Answer.json(page(page, 10, 2, true)));
        List<String> seen = new ArrayList<>();

        assertThatExceptionOfType(OrukFeedException.class)
                .isThrownBy(() -> OrukFeedReader.of(api.base(), FAST)
                        .walk(page -> page.contents().forEach(service -> seen.add(service.id()))))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FeedIssueCode.HTTP_STATUS));
        assertThat(seen).containsExactly("s0", "s1", "s2", "s3");
    }
}
