package org.socialprescribing.model.episode;

import java.util.List;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;

/** Checks that a recorded status history is a walk through its lifecycle's transition table. */
final class Lifecycles {

    private Lifecycles() {}

    /**
     * Checks a history: it starts with one event into {@code initial} that has no previous state; every later
     * event starts where the previous one ended, is a legal transition and is not earlier than it.
     *
     * @throws InvalidValueException if the history is empty, starts wrongly, skips a state or goes back in time
     * @throws IllegalTransitionException if an event is not a legal transition
     */
    static <S extends Enum<S> & LifecycleStatus<S>> void checkHistory(
            String field, S initial, List<? extends StatusChange<S>> events) {
        if (events.isEmpty()) {
            throw new InvalidValueException(field, "needs at least the event that starts it");
        }
        StatusChange<S> first = events.get(0);
        if (first.from().isPresent() || first.to() != initial) {
            throw new InvalidValueException(
                    field + "[0]", "must start in '" + initial.code() + "' with no previous state");
        }
        for (int i = 1; i < events.size(); i++) {
            StatusChange<S> previous = events.get(i - 1);
            StatusChange<S> event = events.get(i);
            String at = field + "[" + i + "]";
            S from = event.from().orElseThrow(() -> new InvalidValueException(at, "needs the previous state"));
            if (from != previous.to()) {
                throw new InvalidValueException(
                        at,
                        from.code(),
                        "must start from the previous state '" + previous.to().code() + "'");
            }
            checkTransition(at, from, event.to());
            if (event.at().isBefore(previous.at())) {
                throw new InvalidValueException(at, event.at().toString(), "must not be before " + previous.at());
            }
        }
    }

    /**
     * Checks one transition.
     *
     * @throws IllegalTransitionException if the table does not allow it
     */
    static <S extends Enum<S> & LifecycleStatus<S>> void checkTransition(String field, S from, S to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException(field, from.code(), to.code());
        }
    }
}
