package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceStatus;
import org.socialprescribing.openreferral.feed.FakeOrukApi.Answer;

/** Random directories, cut into pages of random size, come back whole and in order through the feed reader. */
class OrukFeedReaderPropertiesTest {

    private static FakeOrukApi api;

    @BeforeContainer
    static void startApi() throws IOException {
        api = FakeOrukApi.start((page, attempt) -> Answer.status(404));
    }

    @AfterContainer
    static void stopApi() {
        api.close();
    }

    @Property(tries = 30)
    void feed_givesBackEveryServiceInOrder(
            @ForAll("directories") List<OrukService> directory,
            @ForAll @IntRange(min = 1, max = 7) int perPage,
            @ForAll boolean withTotals) {
        api.script((page, attempt) -> Answer.json(page(directory, page, perPage, withTotals)));
        FeedOptions options = FeedOptions.builder().perPage(perPage).build();

        List<OrukService> read =
                OrukFeedReader.of(api.base(), options).services().collect(Collectors.toList());

        assertThat(read).isEqualTo(directory);
    }

    @Property(tries = 200)
    void feedOptions_areBuiltOrRejectedWithTheField(
            @ForAll @IntRange(min = -2, max = 3) int attempts,
            @ForAll @IntRange(min = -2, max = 3) int pages,
            @ForAll @IntRange(min = -2, max = 3) int perPage,
            @ForAll @IntRange(min = -2, max = 3) int backoffMillis) {
        try {
            FeedOptions options = FeedOptions.builder()
                    .maxAttempts(attempts)
                    .maxPages(pages)
                    .perPage(perPage)
                    .initialBackoff(Duration.ofMillis(backoffMillis))
                    .build();
            assertThat(options.maxAttempts()).isPositive();
            assertThat(List.of(attempts, pages, perPage, backoffMillis))
                    .allSatisfy(value -> assertThat(value).isPositive());
        } catch (InvalidValueException e) {
            assertThat(e.field()).isIn("maxAttempts", "maxPages", "perPage", "initialBackoff");
            assertThat(List.of(attempts, pages, perPage, backoffMillis))
                    .anySatisfy(value -> assertThat(value).isLessThanOrEqualTo(0));
        }
    }

    @Example
    void defaults_areValid() {
        assertThatCode(FeedOptions::defaults).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<List<OrukService>> directories() {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(8)
                .set()
                .ofMaxSize(30)
                .map(ids -> ids.stream()
                        .map(id -> OrukService.builder()
                                .id(id)
                                .name("Service " + id)
                                .status(OrukServiceStatus.ACTIVE)
                                .build())
                        .collect(Collectors.toList()));
    }

    /** OrukPage {@code number} of the directory: with totals, or with nothing but the page number and services. */
    private static String page(List<OrukService> directory, int number, int perPage, boolean withTotals) {
        int totalPages = (directory.size() + perPage - 1) / perPage;
        var page = OrukPage.<OrukService>builder().pageNumber(number);
        if (withTotals) {
            page.totalItems(directory.size()).totalPages(totalPages).lastPage(number >= totalPages);
        }
        int from = Math.min(directory.size(), (number - 1) * perPage);
        page.addAllContents(directory.subList(from, Math.min(directory.size(), from + perPage)));
        return OrukJson.write(page.build());
    }
}
