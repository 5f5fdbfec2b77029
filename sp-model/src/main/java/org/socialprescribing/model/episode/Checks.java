package org.socialprescribing.model.episode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.socialprescribing.model.InvalidValueException;

/** Structural checks shared by the episode's value types. */
final class Checks {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private Checks() {}

    /**
     * Checks that an optional end is not before an optional start.
     *
     * @throws InvalidValueException naming {@code field} if both are present and the end is earlier
     */
    static void checkOrder(String field, Optional<LocalDate> start, Optional<LocalDate> end) {
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new InvalidValueException(field, end.get().toString(), "must not be before " + start.get());
        }
    }

    /**
     * Checks that an optional rating lies between 1 and 10, the PRSB scale for confidence.
     *
     * @throws InvalidValueException naming {@code field} if it is present and outside 1..10
     */
    static void checkRating(String field, Optional<Integer> rating) {
        checkDecimalRating(field, rating.map(BigDecimal::valueOf));
    }

    /**
     * Checks that an optional decimal rating lies between 1 and 10, the PRSB scale for a goal's importance.
     *
     * @throws InvalidValueException naming {@code field} if it is present and outside 1..10
     */
    static void checkDecimalRating(String field, Optional<BigDecimal> rating) {
        rating.filter(value -> value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(TEN) > 0)
                .ifPresent(value -> {
                    throw new InvalidValueException(field, value.toPlainString(), "must be between 1 and 10");
                });
    }
}
