package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Retry-After} in both of its forms (RFC 9110, section 10.2.3), and what is not one. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:49:30Z");

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(
                values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                (name, value) -> true);
    }

    private static Optional<Duration> read(String retryAfter) {
        return RetryAfter.read(headers(Map.of("Retry-After", retryAfter)), NOW);
    }

    @Test
    void seconds() {
        assertThat(read("120")).contains(Duration.ofSeconds(120));
        assertThat(read(" 0 ")).contains(Duration.ZERO);
    }

    @Test
    void anHttpDate_isMeasuredFromOurClockWithoutADateHeader() {
        // The example of RFC 9110: Sun, 06 Nov 1994 08:49:37 GMT.
        assertThat(read("Sun, 06 Nov 1994 08:49:37 GMT")).contains(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDate_isMeasuredFromTheAnswersDate() {
        HttpHeaders answer = headers(
                Map.of("Retry-After", "Sun, 06 Nov 1994 08:50:00 GMT", "Date", "Sun, 06 Nov 1994 08:49:00 GMT"));

        assertThat(RetryAfter.read(answer, NOW)).contains(Duration.ofSeconds(60));
    }

    @Test
    void aDateInThePast_isNoWait() {
        assertThat(read("Sun, 06 Nov 1994 08:00:00 GMT")).contains(Duration.ZERO);
    }

    @Test
    void aHugeNumber_isCappedNotAnError() {
        assertThat(read("99999999999999999999999"))
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-5", "1.5", "soon", "Sunday, 06-Nov-94 08:49:37 GMT", "+30", "0x10"})
    void anythingElse_isNoRetryAfter(String value) {
        assertThat(read(value)).isEmpty();
    }

    @Test
    void noHeader_isNoRetryAfter() {
        assertThat(RetryAfter.read(headers(Map.of()), NOW)).isEmpty();
    }

    @Property(tries = 500)
    void anyText_isAWaitOrNothing(@ForAll String value) {
        assertThat(read(value))
                .satisfiesAnyOf(
                        wait -> assertThat(wait).isEmpty(),
                        wait -> assertThat(wait.get().isNegative()).isFalse());
    }

    @Property(tries = 200)
    void anyNumberOfSeconds_isThatWait(@ForAll @LongRange(min = 0, max = 100_000_000) long seconds) {
        assertThat(read(Long.toString(seconds))).contains(Duration.ofSeconds(seconds));
    }
}
