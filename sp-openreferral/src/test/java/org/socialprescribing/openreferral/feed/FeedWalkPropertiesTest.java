package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceStatus;
import org.socialprescribing.openreferral.feed.FakeOrukApi.Answer;

/**
 * Random page sequences through the walk, each with the outcome {@code docs/openreferral.md} documents: a whole
 * feed is read whole; a feed cut short is truncated; a repeated page is a cycle that ends the walk; totals that
 * disagree with what was read are a count mismatch; and any sequence at all ends as the rules say. Hostile page
 * bodies (random bytes, envelopes with hostile totals) give only a summary or an {@link OrukFeedException} that
 * says the answer is not an ORUK page, never another exception.
 */
class FeedWalkPropertiesTest {

    private static FakeOrukApi api;

    @BeforeContainer
    static void startApi() throws IOException {
        api = FakeOrukApi.start((page, attempt) -> Answer.status(404));
    }

    @AfterContainer
    static void stopApi() {
        api.close();
    }

    /** One scripted page: its services' ids and the envelope's optional members. */
    record Scripted(
            List<String> ids,
            Optional<Integer> pageNumber,
            Optional<Integer> totalPages,
            Optional<Integer> totalItems,
            Optional<Boolean> lastPage) {

        String json() {
            var page = OrukPage.<OrukService>builder();
            pageNumber.ifPresent(page::pageNumber);
            totalPages.ifPresent(page::totalPages);
            totalItems.ifPresent(page::totalItems);
            lastPage.ifPresent(page::lastPage);
            ids.forEach(id -> page.addContents(service(id)));
            return OrukJson.write(page.build());
        }
    }

    private static OrukService service(String id) {
        return OrukService.builder()
                .id(id)
                .name("Service " + id)
                .status(OrukServiceStatus.ACTIVE)
                .build();
    }

    /** A directory of {@code count} services {@code s0...}, cut into pages of {@code perPage}, all with totals. */
    private static List<Scripted> directory(int count, int perPage, int totalItems) {
        int pages = Math.max(1, (count + perPage - 1) / perPage);
        return IntStream.rangeClosed(1, pages)
                .mapToObj(n -> new Scripted(
                        IntStream.range((n - 1) * perPage, Math.min(count, n * perPage))
                                .mapToObj(i -> "s" + i)
                                .collect(Collectors.toList()),
                        Optional.of(n),
                        Optional.of(pages),
                        Optional.of(totalItems),
                        Optional.of(n == pages)))
                .collect(Collectors.toList());
    }

    /** Serves the pages; past their end, an empty page without totals. Walks; returns what was passed on. */
    private static Walked walk(List<Scripted> pages) {
        List<String> json = pages.stream().map(Scripted::json).collect(Collectors.toList());
        api.script((page, attempt) ->
                Answer.json(page >= 1 && page <= json.size() ? json.get(page - 1) : "{\"contents\":[]}"));
        List<String> ids = new ArrayList<>();
        FeedSummary summary = OrukFeedReader.of(api.base(), OrukFeedReaderTest.FAST)
                .walk(page -> page.contents().forEach(service -> ids.add(service.id())));
        return new Walked(ids, summary);
    }

    private record Walked(List<String> ids, FeedSummary summary) {
        Set<FeedIssueCode> codes() {
            return summary.report().issues().stream()
                    .map(issue -> (FeedIssueCode) issue.code())
                    .collect(Collectors.toSet());
        }
    }

    private static List<String> idsOf(List<Scripted> pages) {
        return pages.stream().flatMap(page -> page.ids().stream()).collect(Collectors.toList());
    }

    @Property(tries = 25)
    void aWholeFeed_isReadWholeWithoutIssues(
            @ForAll @IntRange(max = 40) int count, @ForAll @IntRange(min = 1, max = 9) int perPage) {
        List<Scripted> pages = directory(count, perPage, count);

        Walked walked = walk(pages);

        assertThat(walked.ids()).isEqualTo(idsOf(pages));
        assertThat(walked.summary().isComplete())
                .as(walked.summary().report().toString())
                .isTrue();
        assertThat(walked.summary().services()).isEqualTo(count);
        assertThat(walked.summary().pages()).isEqualTo(pages.size());
    }

    @Property(tries = 25)
    void aFeedCutShort_isTruncated(
            @ForAll @IntRange(min = 2, max = 40) int count,
            @ForAll @IntRange(min = 1, max = 9) int perPage,
            @ForAll @IntRange(max = 1000) int cutSeed,
            @ForAll boolean byAnEmptyPage) {
        List<Scripted> whole = directory(count, perPage, count);
        Assume.that(whole.size() >= 2);
        int cut = 1 + cutSeed % (whole.size() - 1); // 1 .. pages - 1
        List<Scripted> read = new ArrayList<>(whole.subList(0, cut));
        int shortAt;
        if (byAnEmptyPage) {
            Scripted next = whole.get(cut);
            read.add(
                    new Scripted(List.of(), next.pageNumber(), next.totalPages(), next.totalItems(), Optional.empty()));
            shortAt = cut + 1;
        } else {
            Scripted last = read.get(cut - 1);
            read.set(
                    cut - 1,
                    new Scripted(
                            last.ids(), last.pageNumber(), last.totalPages(), last.totalItems(), Optional.of(true)));
            shortAt = cut;
        }

        Walked walked = walk(read);

        assertThat(walked.ids()).isEqualTo(idsOf(read));
        // An empty page is truncation when it comes before total_pages; an empty last page leaves the count to say.
        Set<FeedIssueCode> expected = shortAt < whole.size()
                ? Set.of(FeedIssueCode.TRUNCATED, FeedIssueCode.COUNT_MISMATCH)
                : Set.of(FeedIssueCode.COUNT_MISMATCH);
        assertThat(walked.codes()).isEqualTo(expected);
    }

    @Property(tries = 25)
    void aRepeatedPage_isACycleThatEndsTheWalk(
            @ForAll @IntRange(min = 2, max = 40) int count,
            @ForAll @IntRange(min = 1, max = 9) int perPage,
            @ForAll @IntRange(max = 1000) int afterSeed,
            @ForAll @IntRange(max = 1000) int repeatedSeed,
            @ForAll boolean withPageNumbers) {
        List<Scripted> whole = directory(count, perPage, count);
        Assume.that(whole.size() >= 2);
        int repeatAfter = 1 + afterSeed % (whole.size() - 1); // 1 .. pages - 1
        int repeated = 1 + repeatedSeed % repeatAfter; // 1 .. repeatAfter
        List<Scripted> served = new ArrayList<>(whole.subList(0, repeatAfter));
        served.add(whole.get(repeated - 1));
        if (!withPageNumbers) {
            served.replaceAll(page ->
                    new Scripted(page.ids(), Optional.empty(), page.totalPages(), page.totalItems(), page.lastPage()));
        }

        Walked walked = walk(served);

        assertThat(walked.ids()).isEqualTo(idsOf(whole.subList(0, repeatAfter)));
        assertThat(walked.codes()).containsExactly(FeedIssueCode.CYCLE);
        assertThat(walked.summary().pages()).isEqualTo(repeatAfter);
    }

    @Property(tries = 20)
    void totalItemsOtherThanTheCountRead_areACountMismatch(
            @ForAll @IntRange(max = 30) int count,
            @ForAll @IntRange(min = 1, max = 9) int perPage,
            @ForAll @IntRange(min = -5, max = 5) int off) {
        Assume.that(off != 0 && count + off >= 0);
        List<Scripted> pages = directory(count, perPage, count + off);

        Walked walked = walk(pages);

        assertThat(walked.ids()).hasSize(count);
        assertThat(walked.codes()).containsExactly(FeedIssueCode.COUNT_MISMATCH);
    }

    @Property(tries = 100)
    void anySequenceOfPages_endsAsTheRulesSay(@ForAll("sequences") List<Scripted> pages) {
        Walked walked = walk(pages);

        Expected expected = expected(pages);
        assertThat(walked.ids()).isEqualTo(expected.ids());
        assertThat(walked.codes()).isEqualTo(expected.codes());
        assertThat(walked.summary().services()).isEqualTo(expected.ids().size());
    }

    private record Expected(List<String> ids, Set<FeedIssueCode> codes) {}

    /** The documented rules, page by page: a repeat ends the walk as a cycle, else a natural end is checked. */
    private static Expected expected(List<Scripted> pages) {
        Set<Integer> numbers = new HashSet<>();
        Set<List<String>> contents = new HashSet<>();
        List<String> ids = new ArrayList<>();
        OptionalInt totalPages = OptionalInt.empty();
        OptionalInt totalItems = OptionalInt.empty();
        for (int n = 1; ; n++) {
            Scripted page = n <= pages.size()
                    ? pages.get(n - 1)
                    : new Scripted(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            if ((page.pageNumber().isPresent()
                            && numbers.contains(page.pageNumber().get()))
                    || (!page.ids().isEmpty() && contents.contains(page.ids()))) {
                return new Expected(ids, Set.of(FeedIssueCode.CYCLE));
            }
            page.pageNumber().ifPresent(numbers::add);
            if (!page.ids().isEmpty()) {
                contents.add(page.ids());
            }
            ids.addAll(page.ids());
            if (page.totalPages().isPresent()) {
                totalPages = OptionalInt.of(page.totalPages().get());
            }
            if (page.totalItems().isPresent()) {
                totalItems = OptionalInt.of(page.totalItems().get());
            }
            boolean end = page.ids().isEmpty()
                    || page.lastPage().orElse(false)
                    || (totalPages.isPresent() && n >= totalPages.getAsInt());
            if (end) {
                Set<FeedIssueCode> codes = new HashSet<>();
                if (totalPages.isPresent() && n < totalPages.getAsInt()) {
                    codes.add(FeedIssueCode.TRUNCATED);
                }
                if (totalItems.isPresent() && ids.size() != totalItems.getAsInt()) {
                    codes.add(FeedIssueCode.COUNT_MISMATCH);
                }
                return new Expected(ids, codes);
            }
        }
    }

    @Provide
    Arbitrary<List<Scripted>> sequences() {
        Arbitrary<List<String>> ids = Arbitraries.of("a", "b", "c", "d").list().ofMaxSize(3);
        Arbitrary<Scripted> page = Combinators.combine(
                        ids,
                        Arbitraries.integers().between(1, 5).optional(0.5),
                        Arbitraries.integers().between(0, 6).optional(0.4),
                        Arbitraries.integers().between(0, 12).optional(0.4),
                        Arbitraries.of(true, false).optional(0.3))
                .as(Scripted::new);
        return page.list().ofMinSize(1).ofMaxSize(8);
    }

    /** Serves the body as page 1 (then an empty page) and walks; returns what the walk threw, or null. */
    private static Throwable walkBody(byte[] body) {
        api.script((page, attempt) -> new Answer(
                200,
                "application/json",
                page == 1 ? body : "{\"contents\":[]}".getBytes(StandardCharsets.UTF_8),
                false,
                false,
                Map.of()));
        return catchThrowable(
                () -> OrukFeedReader.of(api.base(), OrukFeedReaderTest.FAST).walk(page -> {}));
    }

    @Property(tries = 50)
    void randomBytes_areNotAnOrukPage(@ForAll byte[] body) {
        Throwable failure = walkBody(body);

        assertThat(failure).isInstanceOf(OrukFeedException.class);
        assertThat(((OrukFeedException) failure).code()).isEqualTo(FeedIssueCode.NOT_ORUK);
    }

    @Property(tries = 50)
    void hostileEnvelopes_endAsASummaryOrNotOruk(@ForAll("envelopes") String body) {
        Throwable failure = walkBody(body.getBytes(StandardCharsets.UTF_8));

        if (failure != null) {
            assertThat(failure).isInstanceOf(OrukFeedException.class);
            assertThat(((OrukFeedException) failure).code()).isEqualTo(FeedIssueCode.NOT_ORUK);
        }
    }

    @Provide
    Arbitrary<String> envelopes() {
        Arbitrary<String> number = Arbitraries.of(
                "0",
                "-1",
                "1",
                "2147483647",
                "2147483648",
                "-2147483649",
                "1e999999999",
                "1.5",
                "null",
                "\"5\"",
                "99999999999999999999999999",
                "[]",
                "{}",
                "true");
        Arbitrary<String> member =
                Arbitraries.of("total_items", "total_pages", "page_number", "size", "last_page", "first_page", "empty");
        return Combinators.combine(member, number, member, number)
                .as((a, x, b, y) -> "{\"" + a + "\":" + x + ",\"" + b + "\":" + y + ",\"contents\":[]}");
    }
}
