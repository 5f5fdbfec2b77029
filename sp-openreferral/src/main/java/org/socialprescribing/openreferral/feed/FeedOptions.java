package org.socialprescribing.openreferral.feed;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * How an {@link OrukFeedReader} talks to an API: timeouts, retries, the limits that stop a runaway feed, the time
 * budget of a whole walk and the hosts a redirect may lead to. The defaults suit a public directory on the
 * internet; tests shorten the backoff.
 */
@Value.Immutable
@SpStyle
public interface FeedOptions extends WithFeedOptions {

    /** @return the longest wait to open a connection; default 10 seconds */
    @Value.Default
    default Duration connectTimeout() {
        return Duration.ofSeconds(10);
    }

    /** @return the longest wait for one whole response, body included; default 30 seconds */
    @Value.Default
    default Duration requestTimeout() {
        return Duration.ofSeconds(30);
    }

    /**
     * @return how many times one page is requested, in all, when the server answers 5xx or 429 or the request
     *     fails (connection error, timeout); default 4. Before a retry the reader waits as a 429 or 503 answer's
     *     {@code Retry-After} asks, else the {@linkplain #initialBackoff() backoff}.
     */
    @Value.Default
    default int maxAttempts() {
        return 4;
    }

    /** @return the wait before the first retry; each further retry waits twice as long; default 500 ms */
    @Value.Default
    default Duration initialBackoff() {
        return Duration.ofMillis(500);
    }

    /** @return the longest wait between two attempts; default 8 seconds */
    @Value.Default
    default Duration maxBackoff() {
        return Duration.ofSeconds(8);
    }

    /**
     * @return the most pages one walk through the directory may fetch; a feed that has not ended by then is an
     *     error, not a silently shortened directory; default 10,000
     */
    @Value.Default
    default int maxPages() {
        return 10_000;
    }

    /** @return the largest page body accepted, in bytes; default 16 MiB */
    @Value.Default
    default long maxPageBytes() {
        return 16L * 1024 * 1024;
    }

    /**
     * @return the longest one walk through the directory may take, from its first request to its last page,
     *     retries, waits and the time the caller spends on the pages included; default 1 hour. A walk that would
     *     take longer fails with {@link FeedIssueCode#TIME_BUDGET}, and a {@code Retry-After} longer
     *     than what is left fails at once rather than wait in vain.
     */
    @Value.Default
    default Duration timeBudget() {
        return Duration.ofHours(1);
    }

    /**
     * @return the hosts, besides the base URI's, to which a redirect may lead (names or addresses as a URI gives
     *     them, compared ignoring case); default none, so the walk stays on the base's host. Credentials from the
     *     base URI are sent to the base's host and port only.
     */
    Set<String> allowedHosts();

    /** @return the {@code per_page} to ask for, or empty to leave it to the server */
    OptionalInt perPage();

    /**
     * Checks that every duration and limit is positive. The generated builder calls it.
     *
     * @throws InvalidValueException if one is not
     */
    @Value.Check
    default void check() {
        positive("connectTimeout", connectTimeout());
        positive("requestTimeout", requestTimeout());
        positive("initialBackoff", initialBackoff());
        positive("maxBackoff", maxBackoff());
        positive("timeBudget", timeBudget());
        atLeastOne("maxAttempts", maxAttempts());
        atLeastOne("maxPages", maxPages());
        atLeastOne("maxPageBytes", maxPageBytes());
        if (perPage().isPresent()) {
            atLeastOne("perPage", perPage().getAsInt());
        }
        for (String host : allowedHosts()) {
            if (!Origin.isHost(host)) {
                throw new InvalidValueException(
                        "allowedHosts", host, "must be a host name or address, without scheme, port or path");
            }
        }
    }

    private static void positive(String field, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, value.toString(), "must be longer than zero");
        }
    }

    private static void atLeastOne(String field, long value) {
        if (value < 1) {
            throw new InvalidValueException(field, Long.toString(value), "must be at least 1");
        }
    }

    /** @return the default options, never null */
    static FeedOptions defaults() {
        return builder().build();
    }

    /** @return a new builder, never null */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code FeedOptions} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code FeedOptions}'s rules say.
     */
    final class Builder extends ImmutableFeedOptions.Builder {
        Builder() {}
    }
}
