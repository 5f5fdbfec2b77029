package org.socialprescribing.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialprescribing.model.SpException;
import org.socialprescribing.openreferral.feed.FeedOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the {@code sp directory} commands that shape a walk through an API's pages. */
final class FeedFlags {

    @Option(
            names = "--time-budget",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "The longest a walk through the API may take, retries and waits included, such as 90s, 30m"
                    + " or 2h (default: 1h).")
    Duration timeBudget = FeedOptions.defaults().timeBudget();

    @Option(
            names = "--allow-host",
            paramLabel = "HOST",
            description = "A host, besides the URL's, that a redirect may lead to (repeatable; default: none).")
    List<String> allowedHosts = new ArrayList<>();

    /**
     * @return the feed options these flags give
     * @throws UsageException if a host is not a host name
     */
    FeedOptions options() {
        try {
            return FeedOptions.builder()
                    .timeBudget(timeBudget)
                    .addAllAllowedHosts(allowedHosts)
                    .build();
        } catch (SpException e) {
            throw new UsageException("--allow-host " + e.getMessage().replaceFirst("^allowedHosts: ", ""), e);
        }
    }

    /** A duration as {@code 500ms}, {@code 90s}, {@code 30m}, {@code 2h} or ISO 8601 ({@code PT30M}), longer than 0. */
    static final class DurationConverter implements ITypeConverter<Duration> {

        private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            Duration duration = parse(value.trim().toLowerCase(Locale.ROOT));
            if (duration.isNegative() || duration.isZero()) {
                throw new TypeConversionException("'" + value + "' must be longer than zero");
            }
            return duration;
        }

        private static Duration parse(String value) {
            Matcher matcher = SHORT.matcher(value);
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                switch (matcher.group(2)) {
                    case "ms":
                        return Duration.ofMillis(amount);
                    case "s":
                        return Duration.ofSeconds(amount);
                    case "m":
                        return Duration.ofMinutes(amount);
                    case "h":
                        return Duration.ofHours(amount);
                    default:
                        throw new IllegalStateException("the pattern has no other unit: " + matcher.group(2));
                }
            }
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration such as 90s, 30m, 2h or PT1H30M");
            }
        }
    }
}
