package org.socialprescribing.model.episode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.socialprescribing.model.coding.CodedValue;

/** Transition tables written out in tests as "from | to to to" rows, independently of the code under test. */
final class LifecycleTables {

    private LifecycleTables() {}

    static <S extends Enum<S> & LifecycleStatus<S>> Map<S, Set<S>> parse(Class<S> type, String... rows) {
        Map<S, Set<S>> table = new EnumMap<>(type);
        for (String row : rows) {
            String[] cells = row.split("\\|", -1);
            Set<S> next = EnumSet.noneOf(type);
            Arrays.stream(cells[1].strip().split(" "))
                    .filter(code -> !code.isEmpty())
                    .forEach(code -> next.add(CodedValue.fromCode(type, code)));
            table.put(CodedValue.fromCode(type, cells[0].strip()), next);
        }
        return table;
    }

    /** Every ordered pair of states with whether the table allows it. */
    static <S extends Enum<S> & LifecycleStatus<S>> Stream<Arguments> allPairs(Class<S> type, Map<S, Set<S>> table) {
        S[] states = type.getEnumConstants();
        return Arrays.stream(states)
                .flatMap(from -> Arrays.stream(states)
                        .map(to -> Arguments.of(from, to, table.get(from).contains(to))));
    }

    /** The states to pass through, after {@code start}, to reach {@code target} by a shortest path. */
    static <S extends Enum<S> & LifecycleStatus<S>> List<S> pathTo(S start, S target, Map<S, Set<S>> table) {
        Map<S, S> cameFrom = new EnumMap<>(start.getDeclaringClass());
        Deque<S> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            S state = queue.removeFirst();
            for (S next : table.get(state)) {
                if (next != start && cameFrom.putIfAbsent(next, state) == null) {
                    queue.addLast(next);
                }
            }
        }
        Deque<S> path = new ArrayDeque<>();
        for (S state = target; state != start; state = cameFrom.get(state)) {
            path.addFirst(state);
        }
        return List.copyOf(path);
    }
}
