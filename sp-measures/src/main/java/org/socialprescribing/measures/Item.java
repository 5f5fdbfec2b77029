package org.socialprescribing.measures;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * One item of an instrument: its number in the official order, its key ({@code <instrument>_<number>}, the name of
 * its answer in maps and CSV headers), a short machine name (e.g. {@code life_satisfaction}) and the answers it
 * accepts. Items carry no wording: see {@link ItemText}.
 *
 * <p>Response codes are contiguous integers. An item with no response options is recorded as given and not checked
 * (PHQ-9 item 10, whose answer coding the SDK's sources do not give); such an item is never scored.
 */
@Value.Immutable
@SpStyle
public abstract class Item implements WithItem {

    /**
     * The largest magnitude of a response code or weight: far beyond any published instrument, and small enough
     * that no total of {@link Instrument#MAX_ITEMS} items can overflow an {@code int}.
     */
    public static final int MAX_CODE = 1_000_000;

    /** The most response options one item may have. */
    public static final int MAX_OPTIONS = 1001;

    /** @return the item's number in the instrument's official order, from 1 */
    public abstract int number();

    /** @return the key of the item's answer, e.g. {@code wemwbs_3}, never null */
    public abstract String key();

    /** @return a short machine name, e.g. {@code life_satisfaction}; the key when no better name exists */
    public abstract String name();

    /** @return the accepted answers, in ascending code order; empty if answers are recorded unchecked */
    public abstract List<ResponseOption> responseOptions();

    /** @return true if the item counts towards the score (PHQ-9 item 10 does not) */
    @Value.Default
    public boolean isScored() {
        return true;
    }

    /** @return true if a score needs this item answered; unscored items are never required */
    @Value.Derived
    public boolean isRequired() {
        return isScored();
    }

    /** @return the lowest accepted code (0 when answers are unchecked) */
    @Value.Derived
    public int minCode() {
        return responseOptions().isEmpty() ? 0 : responseOptions().get(0).code();
    }

    /** @return the highest accepted code (0 when answers are unchecked) */
    @Value.Derived
    public int maxCode() {
        return responseOptions().isEmpty()
                ? 0
                : responseOptions().get(responseOptions().size() - 1).code();
    }

    /** @return the lowest weight an answer can add (0 when answers are unchecked) */
    public int minWeight() {
        return responseOptions().stream().mapToInt(ResponseOption::weight).min().orElse(0);
    }

    /** @return the highest weight an answer can add (0 when answers are unchecked) */
    public int maxWeight() {
        return responseOptions().stream().mapToInt(ResponseOption::weight).max().orElse(0);
    }

    /** @return true if any answer code is accepted (unchecked item) */
    public boolean isUnchecked() {
        return responseOptions().isEmpty();
    }

    /**
     * The weight of an answer code.
     *
     * @param code an accepted answer code
     * @return the weight
     * @throws InvalidValueException if the code is not accepted
     */
    public int weightOf(int code) {
        if (isUnchecked() || code < minCode() || code > maxCode()) {
            throw new InvalidValueException(key(), String.valueOf(code), "is not an accepted answer code");
        }
        return responseOptions().get(code - minCode()).weight();
    }

    @Value.Check
    void check() {
        if (number() < 1) {
            throw new InvalidValueException(key(), String.valueOf(number()), "item number must be 1 or more");
        }
        if (responseOptions().size() > MAX_OPTIONS) {
            throw new InvalidValueException(key(), "an item may have at most " + MAX_OPTIONS + " response options");
        }
        for (ResponseOption option : responseOptions()) {
            if (Math.abs((long) option.code()) > MAX_CODE || Math.abs((long) option.weight()) > MAX_CODE) {
                throw new InvalidValueException(
                        key(),
                        option.code() + "=" + option.weight(),
                        "response codes and weights must lie within -" + MAX_CODE + ".." + MAX_CODE);
            }
        }
        for (int i = 1; i < responseOptions().size(); i++) {
            if (responseOptions().get(i).code() != responseOptions().get(i - 1).code() + 1L) {
                throw new InvalidValueException(key(), "response codes must be contiguous and ascending");
            }
        }
        if (isScored() && isUnchecked()) {
            throw new InvalidValueException(key(), "a scored item needs response options");
        }
    }

    /**
     * A scored item whose answers {@code min..max} weigh their own code.
     *
     * @param number the item number, from 1
     * @param key the answer key, e.g. {@code wemwbs_3}, not null
     * @param name the short machine name, not null
     * @param min the lowest code
     * @param max the highest code, not below {@code min}
     * @return the item, never null
     * @throws InvalidValueException if the number is below 1 or {@code max < min}
     */
    public static Item of(int number, String key, String name, int min, int max) {
        return builder()
                .number(number)
                .key(key)
                .name(name)
                .addAllResponseOptions(options(key, min, max, false))
                .build();
    }

    /**
     * The options {@code min..max}, weighing their code or, when reversed, {@code min + max - code}.
     *
     * @param key the item key, for the error message, not null
     * @param min the lowest code
     * @param max the highest code
     * @param reversed whether the item is reverse-scored
     * @return the options, in ascending code order, never null
     * @throws InvalidValueException if {@code max < min}, a code lies outside {@code -MAX_CODE..MAX_CODE} or there
     *     would be more than {@link #MAX_OPTIONS} options
     */
    public static List<ResponseOption> options(String key, int min, int max, boolean reversed) {
        if (max < min) {
            throw new InvalidValueException(key, min + ".." + max, "response range must not be empty");
        }
        // Checked in long arithmetic before anything is allocated: min = Integer.MIN_VALUE must not wrap round.
        if (Math.abs((long) min) > MAX_CODE || Math.abs((long) max) > MAX_CODE || (long) max - min + 1 > MAX_OPTIONS) {
            throw new InvalidValueException(
                    key,
                    min + ".." + max,
                    "response codes must lie within -" + MAX_CODE + ".." + MAX_CODE + ", at most " + MAX_OPTIONS
                            + " of them");
        }
        List<ResponseOption> options = new ArrayList<>(max - min + 1);
        for (int code = min; code <= max; code++) {
            options.add(ResponseOption.builder()
                    .code(code)
                    .weight(reversed ? min + max - code : code)
                    .build());
        }
        return options;
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code Item} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Item}'s rules say.
     */
    public static final class Builder extends ImmutableItem.Builder {
        Builder() {}
    }
}
