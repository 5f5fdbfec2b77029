package org.socialprescribing.measures;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * An outcome instrument as the SDK knows it: identity and version, its items, how it is scored, its licence and
 * citation, and who is meant to collect it. It holds no item wording (see {@link ItemText}).
 *
 * <p>Every score carries the {@linkplain #scoringRuleVersion() scoring-rule version}, which changes whenever the
 * rule, a table or a band changes, so a stored score can always be traced to the rule that made it.
 */
@Value.Immutable
@SpStyle
public abstract class Instrument implements WithInstrument {

    /** The most items an instrument may have (the batch engine tracks missing items in a 64-bit mask). */
    public static final int MAX_ITEMS = 64;

    /** @return the identifier, e.g. {@code swemwbs}, never null */
    public abstract InstrumentId id();

    /** @return the version of this instrument definition, never null */
    public abstract String version();

    /** @return the instrument's usual name, e.g. "Short Warwick-Edinburgh Mental Wellbeing Scale", never null */
    public abstract String title();

    /** @return the items in their official order, numbered from 1, never null */
    public abstract List<Item> items();

    /** @return how answers become a score, never null */
    public abstract ScoringRule scoringRule();

    /** @return the version of the scoring rule, stamped on every score, never null */
    public abstract String scoringRuleVersion();

    /** @return the licence facts, never null */
    public abstract Licence licence();

    /** @return the publication(s) that define the instrument, never null */
    public abstract String citation();

    /** @return who is meant to collect the instrument (the report's three tiers), never null */
    public abstract Collector collector();

    /**
     * Whether the instrument's answers are categories rather than scores (the ONS direct loneliness question): an
     * answer's code is then a position, and change is reported as category distributions and transitions, never as
     * a mean, SD or effect size.
     *
     * @return true if categorical
     */
    @Value.Default
    public boolean isCategorical() {
        return false;
    }

    /**
     * The item with a key.
     *
     * @param key the item key, e.g. {@code wemwbs_3}, not null
     * @return the item, or empty if the instrument has no item with that key
     */
    public Optional<Item> item(String key) {
        return items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** @return the lowest total a {@link SummedScale} can give (the sum of the lowest weights of scored items) */
    public int minTotal() {
        // At most MAX_ITEMS weights of at most Item.MAX_CODE each: the sum cannot overflow (toIntExact proves it).
        return Math.toIntExact(items().stream()
                .filter(Item::isScored)
                .mapToLong(Item::minWeight)
                .sum());
    }

    /** @return the highest total a {@link SummedScale} can give (the sum of the highest weights of scored items) */
    public int maxTotal() {
        return Math.toIntExact(items().stream()
                .filter(Item::isScored)
                .mapToLong(Item::maxWeight)
                .sum());
    }

    @Value.Check
    void check() {
        String field = id().value();
        if (items().size() > MAX_ITEMS) {
            throw new InvalidValueException(field, "an instrument may have at most " + MAX_ITEMS + " items");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items().size(); i++) {
            Item item = items().get(i);
            if (item.number() != i + 1) {
                throw new InvalidValueException(field, "items must be numbered 1.." + items().size() + " in order");
            }
            if (!keys.add(item.key())) {
                throw new InvalidValueException(field, item.key(), "item keys must be unique");
            }
        }
        if (scoringRule() instanceof SummedScale) {
            checkSummedScale((SummedScale) scoringRule(), field);
        } else if (scoringRule() instanceof SeparateItems) {
            if (!items().stream().allMatch(Item::isScored)) {
                throw new InvalidValueException(field, "every item of a separately scored instrument must be scored");
            }
            ((SeparateItems) scoringRule()).bands().forEach((key, table) -> checkSeparateBands(key, table, field));
        }
    }

    private void checkSummedScale(SummedScale rule, String field) {
        if (items().stream().noneMatch(Item::isScored)) {
            throw new InvalidValueException(field, "a summed scale needs at least one scored item");
        }
        rule.bands().ifPresent(bands -> {
            if (rule.conversion().isPresent()) {
                throw new InvalidValueException(field, "bands on a converted score are not supported");
            }
            if (bands.min() != minTotal() || bands.max() != maxTotal()) {
                throw new InvalidValueException(
                        field,
                        bands.min() + ".." + bands.max(),
                        "bands must cover the total range " + minTotal() + ".." + maxTotal() + " exactly");
            }
        });
        rule.conversion().ifPresent(table -> {
            if (table.firstRaw() != minTotal() || table.lastRaw() != maxTotal()) {
                throw new InvalidValueException(
                        field,
                        table.firstRaw() + ".." + table.lastRaw(),
                        "conversion table must cover the total range " + minTotal() + ".." + maxTotal());
            }
        });
        for (ItemFlag flag : rule.flags()) {
            if (flag.itemNumber() < 1 || flag.itemNumber() > items().size()) {
                throw new InvalidValueException(field, flag.code(), "flag names an item the instrument does not have");
            }
        }
    }

    private void checkSeparateBands(String key, BandTable table, String field) {
        Item item = item(key)
                .orElseThrow(() -> new InvalidValueException(field, key, "bands name an item the instrument lacks"));
        int min = item.minWeight();
        int max = item.maxWeight();
        if (table.min() != min || table.max() != max) {
            throw new InvalidValueException(
                    key, table.min() + ".." + table.max(), "bands must cover " + min + ".." + max);
        }
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
     * Builds {@code Instrument} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Instrument}'s rules say.
     */
    public static final class Builder extends ImmutableInstrument.Builder {
        Builder() {}
    }
}
