package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * Whether the person came to one session: all a small community provider needs to record. The report: "not
 * necessary or proportionate to require a gardening club or a dance group to monitor people's wellbeing, we only
 * need to know that people attended" (L1716-1720).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableAttendance.class)
@JsonDeserialize(as = ImmutableAttendance.class)
public interface Attendance extends WithAttendance {

    /** @return the day of the session, never null */
    LocalDate date();

    /** @return true if the person attended */
    boolean attended();

    /** @return a note, e.g. the session's name, if any */
    Optional<String> note();

    /**
     * The person attended on a day.
     *
     * @param date the day, not null
     * @return the record, never null
     */
    static Attendance attended(LocalDate date) {
        return builder().date(date).attended(true).build();
    }

    /**
     * The person missed a session.
     *
     * @param date the day, not null
     * @return the record, never null
     */
    static Attendance missed(LocalDate date) {
        return builder().date(date).attended(false).build();
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
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@code Attendance} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Attendance}'s rules say.
     */
    final class Builder extends ImmutableAttendance.Builder {
        Builder() {}
    }
}
