package org.socialprescribing.model.episode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.socialprescribing.model.InvalidValueException;

/**
 * The ids of an episode's nested items (goals, needs, consents, outcome measurements): not blank, unique within their
 * kind, and the way an edit finds one item without rebuilding its list by hand.
 */
final class ItemIds {

    private ItemIds() {}

    /**
     * Checks that the ids given are not blank and not used twice.
     *
     * @throws InvalidValueException naming {@code field} and the id at fault
     */
    static <T> void checkUnique(String field, List<T> items, Function<T, Optional<String>> idOf) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            Optional<String> id = idOf.apply(item);
            if (id.isPresent()) {
                if (id.get().isBlank()) {
                    throw new InvalidValueException(field, "must not be blank");
                }
                if (!seen.add(id.get())) {
                    throw new InvalidValueException(field, id.get(), "is used twice");
                }
            }
        }
    }

    /**
     * The list with the item of an id replaced by what {@code change} makes of it, the others in their places.
     *
     * @return the new list, or empty if no item has the id
     * @throws NullPointerException if the change returns null
     */
    static <T> Optional<List<T>> replace(
            List<T> items, Function<T, Optional<String>> idOf, String id, UnaryOperator<T> change) {
        List<T> updated = new ArrayList<>(items);
        for (int i = 0; i < updated.size(); i++) {
            if (idOf.apply(updated.get(i)).filter(id::equals).isPresent()) {
                T changed = change.apply(updated.get(i));
                if (changed == null) {
                    throw new NullPointerException("change result");
                }
                updated.set(i, changed);
                return Optional.of(updated);
            }
        }
        return Optional.empty();
    }
}
