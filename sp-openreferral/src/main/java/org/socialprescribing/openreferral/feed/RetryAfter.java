package org.socialprescribing.openreferral.feed;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the {@code Retry-After} header of a 429 or 503 answer (RFC 9110, section 10.2.3): a number of seconds, or
 * an HTTP-date. A date is measured from the answer's own {@code Date} header when it has one (so that a server
 * whose clock differs from ours is still understood), else from our clock. A header that is neither is ignored,
 * and the reader's own backoff applies.
 */
final class RetryAfter {

    /** More seconds than this are read as this many: far beyond any walk's budget, and safe to add up. */
    private static final long MAX_SECONDS = 1_000_000_000L;

    private static final int MAX_DIGITS = 10;

    private RetryAfter() {}

    /**
     * @param headers the answer's headers
     * @param now our wall-clock time, used when the answer has no {@code Date}
     * @return the wait the server asks for, never negative, or empty if it asks for none we can read
     */
    static Optional<Duration> read(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long seconds = text.length() > MAX_DIGITS ? MAX_SECONDS : Math.min(Long.parseLong(text), MAX_SECONDS);
            return Optional.of(Duration.ofSeconds(seconds));
        }
        Optional<Instant> until = httpDate(text);
        if (until.isEmpty()) {
            return Optional.empty();
        }
        Instant from = headers.firstValue("Date").flatMap(RetryAfter::httpDate).orElse(now);
        Duration wait = Duration.between(from, until.get());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** An HTTP-date in its preferred form, {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static Optional<Instant> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
