package org.socialprescribing.model.episode;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded move of a lifecycle: from which state (none for the first), to which, and when.
 *
 * @param <S> the lifecycle's enum
 */
public interface StatusChange<S extends Enum<S> & LifecycleStatus<S>> {

    /** @return the state before the change; empty for the event that starts the lifecycle */
    Optional<S> from();

    /** @return the state after the change, never null */
    S to();

    /** @return when the change happened, never null */
    Instant at();
}
