package org.socialprescribing.openreferral.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a list of SDK values back into the list of ORUK records they came from, so that what did not change
 * stays exactly as it was.
 *
 * <p>Each original record either maps to one SDK value (its image) or to none (it stays only in ORUK form, e.g.
 * a language without a code). The SDK values are matched to the original records whose image they equal;
 * an SDK value with no equal image edits the record in the same place (keeping its id and whatever the SDK cannot
 * hold), or, past the end, becomes a new record. Records that map to nothing keep their places. So:
 * <ul>
 *   <li>writing back the unchanged images gives back the original list;
 *   <li>mapping the result gives back the SDK values, in their order.
 * </ul>
 */
final class Lists {

    private Lists() {}

    /**
     * @param target the SDK values wanted, in order
     * @param original the ORUK records they came from
     * @param image what each record maps to, or empty if it maps to nothing
     * @param put writes the SDK value at an index over a record (an original one, or none for a new record)
     * @return the ORUK records
     */
    static <O, S> List<O> put(List<S> target, List<O> original, Function<O, Optional<S>> image, Put<S, O> put) {
        List<Optional<S>> images = new ArrayList<>(original.size());
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            Optional<S> mapped = image.apply(original.get(i));
            images.add(mapped);
            if (mapped.isPresent()) {
                slots.add(i);
            }
        }
        boolean[] used = new boolean[original.size()];
        List<Optional<O>> written = new ArrayList<>(Collections.nCopies(target.size(), Optional.<O>empty()));
        for (int k = 0; k < target.size(); k++) {
            for (int slot : slots) {
                if (!used[slot] && images.get(slot).get().equals(target.get(k))) {
                    used[slot] = true;
                    written.set(k, Optional.of(original.get(slot)));
                    break;
                }
            }
        }
        for (int k = 0; k < target.size(); k++) {
            if (written.get(k).isEmpty()) {
                Optional<O> inPlace = Optional.empty();
                if (k < slots.size() && !used[slots.get(k)]) {
                    used[slots.get(k)] = true;
                    inPlace = Optional.of(original.get(slots.get(k)));
                }
                written.set(k, Optional.of(put.put(k, target.get(k), inPlace)));
            }
        }
        List<O> result = new ArrayList<>(original.size() + target.size());
        int next = 0;
        for (int i = 0; i < original.size(); i++) {
            if (images.get(i).isEmpty()) {
                result.add(original.get(i));
            } else if (next < written.size()) {
                result.add(written.get(next++).get());
            }
        }
        while (next < written.size()) {
            result.add(written.get(next++).get());
        }
        return result;
    }

    /** Writes one SDK value, the one at {@code index} of the target list, over a record or as a new record. */
    @FunctionalInterface
    interface Put<S, O> {
        O put(int index, S value, Optional<O> original);
    }
}
