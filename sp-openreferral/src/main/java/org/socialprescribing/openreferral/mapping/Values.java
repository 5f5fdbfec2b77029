package org.socialprescribing.openreferral.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.socialprescribing.openreferral.JsonValue;
import org.socialprescribing.openreferral.OrukIssueCode;

/**
 * The ORUK values that are text or JSON numbers as written, read as the SDK types them. An invalid value is
 * reported (at the collector's path) and gives an empty result: the ORUK record keeps it as written.
 */
final class Values {

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private Values() {}

    /** A whole, non-negative number of years: {@code 12} and {@code 12.0}, not {@code 0.5} or {@code -1}. */
    static Optional<Integer> wholeYears(BigDecimal age, Issues issues) {
        // The magnitude check comes first so that an exponent like 1E+999999999 is never expanded.
        if (age.signum() >= 0 && age.compareTo(MAX_INT) <= 0) {
            BigDecimal whole = age.stripTrailingZeros();
            if (whole.scale() <= 0) {
                return Optional.of(whole.intValueExact());
            }
        }
        // Quoted as written (toString), never expanded: 1E+999999999 in plain digits would be a gigabyte.
        issues.add(OrukIssueCode.AGE_INVALID, "'" + age + "' is not a whole number of years");
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text, Issues issues) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            issues.add(OrukIssueCode.DATE_INVALID, "'" + text + "' is not an ISO 8601 date (YYYY-MM-DD)");
            return Optional.empty();
        }
    }

    /** An ISO 8601 date-time with an offset: {@code 2023-03-15T10:30:45.123Z} or {@code ...+01:00}. */
    static Optional<Instant> instant(String text, Issues issues) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            issues.add(OrukIssueCode.DATE_INVALID, "'" + text + "' is not an ISO 8601 date-time with an offset");
            return Optional.empty();
        }
    }

    /**
     * A local time of day, {@code HH:MM} or {@code HH:MM:SS}. ORUK asks for an offset ({@code 09:00Z}), but a
     * UK service's opening hours follow the clock through summer time, which a fixed offset cannot say; so a time
     * with an offset is reported rather than shifted.
     */
    static Optional<LocalTime> time(String text, Issues issues) {
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            issues.add(OrukIssueCode.TIME_INVALID, "'" + text + "' is not a local time of day (HH:MM, no offset)");
            return Optional.empty();
        }
    }

    static Optional<URI> uri(String text, Issues issues) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            issues.add(OrukIssueCode.URI_INVALID, "'" + text + "' is not a URI");
            return Optional.empty();
        }
    }

    /** @return the URI as ORUK writes it (its {@code uri} format is an absolute URI), or empty, reported */
    static Optional<String> absoluteUri(URI uri, Issues issues) {
        if (uri.isAbsolute()) {
            return Optional.of(uri.toString());
        }
        issues.add(OrukIssueCode.URI_INVALID, "'" + uri + "' is not an absolute URI: not written");
        return Optional.empty();
    }

    /** @return the text of an extension that is a JSON string, if there is one by that name */
    static Optional<String> text(Map<String, JsonValue> extensions, String name) {
        JsonValue value = extensions.get(name);
        return value != null && value.toNode().isTextual()
                ? Optional.of(value.toNode().textValue())
                : Optional.empty();
    }
}
