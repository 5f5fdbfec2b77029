package org.socialprescribing.model.episode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal transitions of one lifecycle, written as a table: each {@link #allow} call is a row. A state with no
 * row has no exit, i.e. it is final.
 *
 * @param <S> the lifecycle's enum
 */
final class TransitionTable<S extends Enum<S>> {

    private final Map<S, Set<S>> next;

    private TransitionTable(Class<S> type) {
        this.next = new EnumMap<>(type);
    }

    static <S extends Enum<S>> TransitionTable<S> of(Class<S> type) {
        return new TransitionTable<>(type);
    }

    /** Adds the row {@code from -> first, rest...}; used only while the enum initialises. */
    @SafeVarargs
    final TransitionTable<S> allow(S from, S first, S... rest) {
        EnumSet<S> row = EnumSet.of(first);
        for (S to : rest) {
            row.add(to);
        }
        next.put(from, Collections.unmodifiableSet(row));
        return this;
    }

    /** @return the states {@code from} may move to, unmodifiable; empty for a final state */
    Set<S> next(S from) {
        return next.getOrDefault(from, Collections.emptySet());
    }
}
