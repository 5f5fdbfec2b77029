package org.socialprescribing.measures.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Evidence;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InvalidDefinitionException;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.measures.internal.DefinitionReader;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * Reads a local summed scale from JSON into an {@link Instrument} that {@link org.socialprescribing.measures.Scorer}
 * scores like any built-in one. The format (fields required unless marked optional, no others allowed):
 *
 * <pre>{@code
 * {
 *   "id": "kids_scale",                      // item keys become kids_scale_1, kids_scale_2, ...
 *   "version": "1",
 *   "title": "Children's wellbeing scale (local)",
 *   "citation": "Where the scale is published",
 *   "collector": "community_provider",       // health_system | link_worker | community_provider
 *   "licence": { "owner": "...", "itemTextBundlable": false, "terms": "...", "url": "..." },   // url optional
 *   "items": 5,                              // 1..64
 *   "responseRange": { "min": 0, "max": 4 }, // every item; at most 1001 codes within -1000000..1000000
 *   "reverseScored": [2, 4],                 // optional: weight = min + max - answer
 *   "missingItems": "all_required",          // the only rule: the SDK never prorates
 *   "bands": {                               // optional; must cover the total range exactly
 *     "source": "Where the bands come from", "evidence": "verified",   // verified | secondary
 *     "bands": [ { "code": "low", "min": 0, "max": 6 }, ... ]
 *   }
 * }
 * }</pre>
 *
 * The scoring-rule version stamped on scores is {@code local-<id>-<version>}.
 */
public final class LocalInstruments {

    /** The only missing-item rule: no score unless every item is answered. */
    public static final String ALL_REQUIRED = "all_required";

    private static final Set<String> FIELDS = Set.of(
            "id",
            "version",
            "title",
            "citation",
            "collector",
            "licence",
            "items",
            "responseRange",
            "reverseScored",
            "missingItems",
            "bands");

    private LocalInstruments() {}

    /**
     * Reads a local instrument.
     *
     * @param json the JSON text, not null
     * @return the instrument, never null
     * @throws InvalidDefinitionException if the text is not JSON or breaks the format or a rule
     */
    public static Instrument parse(String json) {
        return DefinitionReader.readOrThrow(json, LocalInstruments::read);
    }

    /**
     * Reads a local instrument from a UTF-8 stream.
     *
     * @param json the stream, not null (not closed)
     * @return the instrument, never null
     * @throws InvalidDefinitionException if the content is not JSON or breaks the format or a rule
     */
    public static Instrument read(InputStream json) {
        return read(json, InputLimits.defaults());
    }

    /**
     * Reads a definition from a UTF-8 stream under input limits: the stream is read no further than the byte limit
     * allows, and sizes, nesting and numbers are checked as it streams in.
     *
     * @param json the stream, not null (not closed)
     * @param limits the limits on the input, not null
     * @return the definition, never null
     * @throws InvalidDefinitionException if the content is not JSON, breaks a limit, the format or a rule
     */
    public static Instrument read(InputStream json, InputLimits limits) {
        return DefinitionReader.readOrThrow(json, limits, LocalInstruments::read);
    }

    /**
     * Checks a local instrument without throwing.
     *
     * @param json the JSON text, not null
     * @return every problem found, with JSON paths; valid if none, never null
     */
    public static ValidationReport validate(String json) {
        return DefinitionReader.validate(json, LocalInstruments::read);
    }

    private static Optional<Instrument> read(DefinitionReader reader, JsonNode root) {
        reader.onlyFields(root, "", FIELDS);
        Optional<InstrumentId> id =
                reader.text(root, "", "id").flatMap(text -> attempt(reader, "id", () -> InstrumentId.of(text)));
        Optional<String> version = reader.text(root, "", "version");
        Optional<String> title = reader.text(root, "", "title");
        Optional<String> citation = reader.text(root, "", "citation");
        Optional<Collector> collector = reader.text(root, "", "collector")
                .flatMap(code -> attempt(reader, "collector", () -> Collector.fromCode(code)));
        Optional<Licence> licence = reader.object(root, "", "licence").flatMap(node -> licence(reader, node));
        Optional<Integer> items = reader.integer(root, "", "items");
        Optional<int[]> range = reader.object(root, "", "responseRange").flatMap(node -> range(reader, node));
        List<Integer> reversed = reader.integers(root, "", "reverseScored");
        reader.text(root, "", "missingItems")
                .filter(rule -> !rule.equals(ALL_REQUIRED))
                .ifPresent(rule -> reader.error(
                        "missingItems", "must be \"" + ALL_REQUIRED + "\": the SDK never prorates missing items"));
        Optional<BandTable> bands = root.has("bands")
                ? reader.object(root, "", "bands").flatMap(node -> bands(reader, node))
                : Optional.empty();
        items.filter(n -> n < 1 || n > Instrument.MAX_ITEMS)
                .ifPresent(n -> reader.error("items", "must be within 1.." + Instrument.MAX_ITEMS));
        items.ifPresent(n -> checkReversed(reader, reversed, n));
        if (!reader.isValid()) {
            return Optional.empty();
        }
        String prefix = id.orElseThrow().value();
        int[] minMax = range.orElseThrow();
        List<Item> itemList = new ArrayList<>();
        for (int n = 1; n <= items.orElseThrow(); n++) {
            String key = prefix + "_" + n;
            itemList.add(Item.builder()
                    .number(n)
                    .key(key)
                    .name(key)
                    .addAllResponseOptions(Item.options(key, minMax[0], minMax[1], reversed.contains(n)))
                    .build());
        }
        return attempt(
                reader,
                "bands",
                () -> Instrument.builder()
                        .id(id.orElseThrow())
                        .version(version.orElseThrow())
                        .title(title.orElseThrow())
                        .citation(citation.orElseThrow())
                        .collector(collector.orElseThrow())
                        .licence(licence.orElseThrow())
                        .addAllItems(itemList)
                        .scoringRule(SummedScale.builder().bands(bands).build())
                        .scoringRuleVersion("local-" + prefix + "-" + version.orElseThrow())
                        .build());
    }

    private static Optional<Licence> licence(DefinitionReader reader, JsonNode node) {
        reader.onlyFields(node, "licence", Set.of("owner", "itemTextBundlable", "terms", "url"));
        Optional<String> owner = reader.text(node, "licence", "owner");
        Optional<Boolean> bundlable = reader.bool(node, "licence", "itemTextBundlable");
        Optional<String> terms = reader.text(node, "licence", "terms");
        Optional<String> url = reader.optionalText(node, "licence", "url");
        if (owner.isEmpty() || bundlable.isEmpty() || terms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Licence.builder()
                .owner(owner.get())
                .itemTextBundlable(bundlable.get())
                .terms(terms.get())
                .url(url)
                .build());
    }

    private static Optional<int[]> range(DefinitionReader reader, JsonNode node) {
        reader.onlyFields(node, "responseRange", Set.of("min", "max"));
        Optional<Integer> min = reader.integer(node, "responseRange", "min");
        Optional<Integer> max = reader.integer(node, "responseRange", "max");
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        // Long arithmetic: with int, min = -2147483648 passed through overflow (Math.abs of it is negative).
        long lo = min.get();
        long hi = max.get();
        if (hi < lo || hi - lo + 1 > Item.MAX_OPTIONS || Math.abs(lo) > Item.MAX_CODE || Math.abs(hi) > Item.MAX_CODE) {
            reader.error(
                    "responseRange",
                    "must have min <= max, at most " + (Item.MAX_OPTIONS - 1) + " apart, both within -" + Item.MAX_CODE
                            + ".." + Item.MAX_CODE);
            return Optional.empty();
        }
        return Optional.of(new int[] {min.get(), max.get()});
    }

    private static Optional<BandTable> bands(DefinitionReader reader, JsonNode node) {
        reader.onlyFields(node, "bands", Set.of("source", "evidence", "bands"));
        Optional<String> citation = reader.text(node, "bands", "source");
        Optional<Evidence> evidence = reader.text(node, "bands", "evidence").flatMap(text -> {
            switch (text) {
                case "verified":
                    return Optional.of(Evidence.VERIFIED);
                case "secondary":
                    return Optional.of(Evidence.SECONDARY);
                default:
                    reader.error("bands.evidence", "must be \"verified\" or \"secondary\"");
                    return Optional.empty();
            }
        });
        List<Band> bands = new ArrayList<>();
        List<JsonNode> nodes = reader.objects(node, "bands", "bands");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "bands.bands[" + i + "]";
            reader.onlyFields(nodes.get(i), path, Set.of("code", "min", "max"));
            Optional<String> code = reader.text(nodes.get(i), path, "code");
            Optional<Integer> min = reader.integer(nodes.get(i), path, "min");
            Optional<Integer> max = reader.integer(nodes.get(i), path, "max");
            if (code.isPresent() && min.isPresent() && max.isPresent()) {
                attempt(reader, path, () -> Band.of(code.get(), min.get(), max.get()))
                        .ifPresent(bands::add);
            }
        }
        if (citation.isEmpty() || evidence.isEmpty() || !reader.isValid()) {
            return Optional.empty();
        }
        return attempt(
                reader,
                "bands",
                () -> BandTable.of(Source.of(citation.get(), evidence.get()), bands.toArray(new Band[0])));
    }

    private static void checkReversed(DefinitionReader reader, List<Integer> reversed, int items) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < reversed.size(); i++) {
            int number = reversed.get(i);
            if (number < 1 || number > items || !seen.add(number)) {
                reader.error("reverseScored[" + i + "]", "must be a distinct item number within 1.." + items);
            }
        }
    }

    /** Runs a factory whose structural checks throw, turning its exception into an issue at a path. */
    private static <T> Optional<T> attempt(DefinitionReader reader, String path, Supplier<T> factory) {
        try {
            return Optional.of(factory.get());
        } catch (InvalidValueException e) {
            reader.error(path, e.getMessage());
            return Optional.empty();
        }
    }
}
