package org.socialprescribing.model.episode;

import java.util.Set;
import org.socialprescribing.model.coding.CodedValue;

/**
 * A state of a lifecycle whose legal transitions are a fixed table: each state lists the states it may move to.
 * A state with no next state is final.
 *
 * @param <S> the lifecycle's enum
 */
public interface LifecycleStatus<S extends Enum<S> & LifecycleStatus<S>> extends CodedValue {

    /**
     * The states this state may move to, in declaration order; empty for a final state.
     *
     * @return the next states, unmodifiable, never null
     */
    Set<S> next();

    /**
     * Whether the lifecycle may move from this state to another. No state may move to itself.
     *
     * @param to the requested state, not null
     * @return true if the transition is legal
     */
    default boolean canMoveTo(S to) {
        return next().contains(to);
    }

    /**
     * Whether no transition leaves this state.
     *
     * @return true for a final state
     */
    default boolean isFinal() {
        return next().isEmpty();
    }
}
