package org.socialprescribing.measures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * One person's answers to an instrument, by item key (e.g. {@code wemwbs_3}), as given: text such as {@code "4"}, so
 * that a non-integer answer can be reported with its value rather than lost in a conversion. Blank or null answers
 * count as unanswered and are dropped. Immutable.
 */
public final class Answers {

    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, String> byKey;

    private Answers(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    /**
     * Answers given as text, e.g. read from a CSV file or a form.
     *
     * @param answers answers by item key; null or blank values are unanswered items, not null
     * @return the answers, never null
     * @throws InvalidValueException if a key is null or blank
     */
    public static Answers ofText(Map<String, ? extends @Nullable String> answers) {
        Map<String, String> copy = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new InvalidValueException("answers", "item keys must not be blank");
            }
            if (value != null && !value.isBlank()) {
                copy.put(key, value.strip());
            }
        });
        return copy.isEmpty() ? NONE : new Answers(Collections.unmodifiableMap(copy));
    }

    /**
     * Answers given as integer codes.
     *
     * @param answers answer codes by item key; null values are unanswered items, not null
     * @return the answers, never null
     * @throws InvalidValueException if a key is null or blank
     */
    public static Answers of(Map<String, ? extends @Nullable Integer> answers) {
        Map<String, String> text = new LinkedHashMap<>();
        answers.forEach((key, value) -> text.put(key, value == null ? null : String.valueOf(value)));
        return ofText(text);
    }

    /**
     * Answers to the items {@code <prefix>_1, <prefix>_2, ...} in order, e.g. {@code ofCodes("wemwbs", 4, 3, ...)}.
     *
     * @param prefix the instrument id used in the item keys, not null
     * @param codes the answer codes in item order
     * @return the answers, never null
     */
    public static Answers ofCodes(String prefix, int... codes) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            map.put(prefix + "_" + (i + 1), codes[i]);
        }
        return of(map);
    }

    /** @return no answers at all, never null */
    public static Answers none() {
        return NONE;
    }

    /**
     * The answer to an item.
     *
     * @param key the item key, not null
     * @return the answer text, or empty if the item is unanswered
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** @return every answer by item key, in the order given, never null */
    public Map<String, String> asMap() {
        return byKey;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof Answers && byKey.equals(((Answers) other).byKey));
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + byKey;
    }
}
