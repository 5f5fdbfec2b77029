package org.socialprescribing.measures.star;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.Source;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * A licensee's Outcomes Star: its outcome areas, its scale (1..5 or 1..10 [V: "1–10 or 1–5 depending on the Star"])
 * and the score ranges of its five journey-of-change stages [V: "each Star has its own 5-stage Journey of Change"].
 * The stages are contiguous and cover the scale exactly. Read one from JSON with {@link StarDefinitions}.
 */
@Value.Immutable
@SpStyle
public abstract class StarDefinition implements WithStarDefinition {

    /** The number of stages in a journey of change. */
    public static final int STAGES = 5;

    /** The most areas a star may have: each is scored as an item of an instrument. */
    public static final int MAX_AREAS = Instrument.MAX_ITEMS;

    /**
     * Area keys a star may not use, because scores are written beside columns of these names ({@code id}, {@code
     * status}, {@code message}) or names ending {@code _stage} (each area's stage): a key among them would give two
     * columns one name, and {@code id} would read the id column as a reading.
     */
    public static final Set<String> RESERVED_KEYS = Set.of("id", "status", "message");

    /** The suffix of the column holding an area's stage, which no area key may end with. */
    public static final String STAGE_SUFFIX = "_stage";

    /**
     * The scoring-rule version of every star reading, whichever star: each area read is reported on its own, banded by
     * the stage it falls in; there is no total; a reading that skips an area is incomplete (the areas read are still
     * reported), one outside the scale invalid. The CLI, the FHIR mapping and the score check all use it.
     */
    public static final String SCORING_RULE_VERSION = "star-reading-1";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** @return the star's identifier, never null */
    public abstract InstrumentId id();

    /** @return the version of this definition, never null */
    public abstract String version();

    /** @return the star's title as the licensee names it, never null */
    public abstract String title();

    /** @return the highest reading, 5 or 10 (the lowest is always 1) */
    public abstract int scaleMax();

    /** @return the outcome areas, in the licensee's order, never empty */
    public abstract List<StarArea> areas();

    /** @return the five stages in ascending order, never null */
    public abstract List<StarStage> stages();

    @Value.Check
    void check() {
        List<ValidationIssue> problems = problems(scaleMax(), areas(), stages());
        if (!problems.isEmpty()) {
            ValidationIssue first = problems.get(0);
            throw new InvalidValueException(first.path(), first.message());
        }
    }

    /**
     * The structural rules of a star, as issues: shared by the JSON reader and the type's own check.
     *
     * @param scaleMax the highest reading
     * @param areas the areas, not null
     * @param stages the stages, not null
     * @return the problems found, empty if none, never null
     */
    static List<ValidationIssue> problems(int scaleMax, List<StarArea> areas, List<StarStage> stages) {
        List<ValidationIssue> problems = new ArrayList<>();
        if (scaleMax != 5 && scaleMax != 10) {
            problems.add(problem("scaleMax", "must be 5 or 10 (a star's scale is 1..5 or 1..10), was " + scaleMax));
        }
        if (areas.isEmpty()) {
            problems.add(problem("areas", "a star needs at least one area"));
        }
        if (areas.size() > MAX_AREAS) {
            problems.add(problem("areas", "a star may have at most " + MAX_AREAS + " areas, found " + areas.size()));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            String key = areas.get(i).key();
            if (!KEY.matcher(key).matches()) {
                problems.add(problem("areas[" + i + "].key", "must be lower-case letters, digits and underscores"));
            } else if (RESERVED_KEYS.contains(key) || key.endsWith(STAGE_SUFFIX)) {
                problems.add(problem(
                        "areas[" + i + "].key",
                        "'" + key + "' is reserved: scores are written beside columns named id, status, message and"
                                + " <area>" + STAGE_SUFFIX + ", so an area may not take one of those names"));
            } else if (!keys.add(key)) {
                problems.add(problem("areas[" + i + "].key", "'" + key + "' is used twice"));
            }
        }
        if (stages.size() != STAGES) {
            problems.add(
                    problem("stages", "a journey of change has exactly " + STAGES + " stages, found " + stages.size()));
        }
        // Long arithmetic: with int, a stage ending at Integer.MAX_VALUE made the next one expected to start at
        // Integer.MIN_VALUE.
        long expectedMin = 1;
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            StarStage stage = stages.get(i);
            String path = "stages[" + i + "]";
            if (!codes.add(stage.code())) {
                problems.add(problem(path + ".code", "'" + stage.code() + "' is used twice"));
            }
            if (stage.min() != expectedMin) {
                problems.add(
                        problem(path + ".min", "must be " + expectedMin + " so that stages are contiguous from 1"));
            }
            if (stage.max() < stage.min()) {
                problems.add(problem(path + ".max", "must not be below min " + stage.min()));
            } else if (stage.max() > Math.max(scaleMax, 1)) {
                problems.add(problem(path + ".max", "must not be above the scale's highest reading " + scaleMax));
            }
            expectedMin = stage.max() + 1L;
        }
        if (!stages.isEmpty() && stages.get(stages.size() - 1).max() != scaleMax) {
            problems.add(problem(
                    "stages[" + (stages.size() - 1) + "].max",
                    "must be " + scaleMax + " so that stages cover the scale"));
        }
        return problems;
    }

    private static ValidationIssue problem(String path, String message) {
        return ValidationIssue.of(MeasureIssue.DEFINITION_INVALID, path, message);
    }

    /**
     * The star as an instrument, so that readings score through the same engine as questionnaires (one item per
     * area, answered 1..{@link #scaleMax()}, each banded by the stages; see {@link #SCORING_RULE_VERSION}). The
     * licence, citation and collector only satisfy the instrument type: the licensee's terms come with the
     * definition itself.
     *
     * @return the instrument, never null
     */
    @Value.Lazy
    public Instrument instrument() {
        Source source = Source.secondary(
                "journey-of-change stages of the licensee's star definition " + id().value() + " version " + version());
        List<Band> bands = new ArrayList<>();
        for (StarStage stage : stages()) {
            bands.add(Band.of(stage.code(), stage.min(), stage.max()));
        }
        BandTable table = BandTable.of(source, bands.toArray(new Band[0]));
        SeparateItems.Builder rule = SeparateItems.builder();
        List<Item> items = new ArrayList<>();
        for (StarArea area : areas()) {
            items.add(Item.of(items.size() + 1, area.key(), area.key(), 1, scaleMax()));
            rule.putBand(area.key(), table);
        }
        return Instrument.builder()
                .id(id())
                .version(version())
                .title(title())
                .addAllItems(items)
                .scoringRule(rule.build())
                .scoringRuleVersion(SCORING_RULE_VERSION)
                .licence(Licence.builder()
                        .owner("the star's licensee")
                        .itemTextBundlable(false)
                        .terms("supplied by the licensee with the star definition")
                        .build())
                .citation("licensee-supplied star definition")
                .collector(Collector.LINK_WORKER)
                .build();
    }

    /**
     * The area with a key.
     *
     * @param key the area key, not null
     * @return the area, or empty if the star has none with that key
     */
    public Optional<StarArea> area(String key) {
        return areas().stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /**
     * The stage a reading falls in.
     *
     * @param reading a reading within 1..{@link #scaleMax()}
     * @return the stage, never null
     * @throws InvalidValueException if the reading is outside the scale
     */
    public StarStage stageOf(int reading) {
        return stages().stream()
                .filter(s -> reading >= s.min() && reading <= s.max())
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "reading", String.valueOf(reading), "must be within 1.." + scaleMax()));
    }

    /**
     * Checks readings without throwing: an error per unknown area or reading outside the scale. Areas without a
     * reading are allowed (not assessed this time).
     *
     * @param values readings by area key, not null
     * @return the report, never null
     */
    public ValidationReport validateReading(Map<String, Integer> values) {
        List<ValidationIssue> issues = new ArrayList<>();
        values.forEach((key, value) -> {
            if (key == null || area(key).isEmpty()) {
                String shown = String.valueOf(key);
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_UNKNOWN_ITEM, shown, shown + ": not an area of " + id()));
            } else if (value == null || value < 1 || value > scaleMax()) {
                issues.add(ValidationIssue.of(
                        MeasureIssue.ANSWER_OUT_OF_RANGE, key, key + ": " + value + " is outside 1.." + scaleMax()));
            }
        });
        return ValidationReport.of(issues);
    }

    /**
     * Records a reading.
     *
     * @param date the date of the reading, not null
     * @param values readings by area key, each 1..{@link #scaleMax()}; areas not assessed are left out, not null
     * @return the reading, never null
     * @throws InvalidResponseException if an area is unknown or a reading is outside the scale
     */
    public StarReading reading(LocalDate date, Map<String, Integer> values) {
        ValidationReport report = validateReading(values);
        if (!report.isValid()) {
            throw new InvalidResponseException(report);
        }
        return StarReading.builder().star(id()).date(date).putAllValues(values).build();
    }

    /**
     * Distance travelled between two readings of this star, per area assessed in both.
     *
     * @param first the earlier reading, not null
     * @param latest the later reading, not null
     * @return the progress, never null
     * @throws InvalidValueException if a reading belongs to another star
     */
    public StarProgress progress(StarReading first, StarReading latest) {
        for (StarReading reading : List.of(first, latest)) {
            if (!reading.star().equals(id())) {
                throw new InvalidValueException("reading.star", reading.star().value(), "must be " + id());
            }
        }
        StarProgress.Builder progress = StarProgress.builder().star(id());
        for (StarArea area : areas()) {
            Integer before = first.values().get(area.key());
            Integer after = latest.values().get(area.key());
            if (before != null && after != null) {
                progress.addArea(AreaProgress.builder()
                        .area(area.key())
                        .first(before)
                        .latest(after)
                        .firstStage(stageOf(before).code())
                        .latestStage(stageOf(after).code())
                        .build());
            }
        }
        return progress.build();
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
     * Builds {@code StarDefinition} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code StarDefinition}'s rules say.
     */
    public static final class Builder extends ImmutableStarDefinition.Builder {
        Builder() {}
    }
}
