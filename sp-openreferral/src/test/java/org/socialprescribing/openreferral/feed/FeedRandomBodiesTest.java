package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.socialprescribing.openreferral.feed.FakeOrukApi.Answer;
import org.socialprescribing.openreferral.feed.OrukFeedException.Reason;

/**
 * Hostile page bodies (random bytes, random JSON-like text, page envelopes with hostile totals) get only the
 * documented outcomes from a walk: a summary, or an {@link OrukFeedException} that says the answer is not an ORUK
 * page; never another exception.
 */
class FeedRandomBodiesTest {

    private static FakeOrukApi api;

    @BeforeContainer
    static void startApi() throws IOException {
        api = FakeOrukApi.start((page, attempt) -> Answer.status(404));
    }

    @AfterContainer
    static void stopApi() {
        api.close();
    }

    private static Throwable walk(byte[] body) {
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
        Throwable failure = walk(body);

        assertThat(failure).isInstanceOf(OrukFeedException.class);
        assertThat(((OrukFeedException) failure).reason()).isEqualTo(Reason.NOT_ORUK);
    }

    @Property(tries = 50)
    void hostileEnvelopes_endAsASummaryOrNotOruk(@ForAll("envelopes") String body) {
        Throwable failure = walk(body.getBytes(StandardCharsets.UTF_8));

        if (failure != null) {
            assertThat(failure).isInstanceOf(OrukFeedException.class);
            assertThat(((OrukFeedException) failure).reason()).isEqualTo(Reason.NOT_ORUK);
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
