package org.socialprescribing.measures.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.ConversionTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.ItemFlag;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.RecordOnly;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.measures.ScoringRule;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.ReliableChange;
import org.socialprescribing.measures.change.ReliableChangeIndices;
import org.socialprescribing.model.InvalidValueException;

/**
 * Writes an instrument's scoring rule as a JSON document (format {@value #FORMAT}, schema {@value #SCHEMA}), and
 * reads the documents the SDK ships for its built-in instruments ({@code <id>.json} in this package's resources). The
 * document holds no item wording: only keys, numbers, codes, sources and licence facts. The SWEMWBS conversion table
 * is included with its secondary-source label [S], as the SDK itself ships it.
 */
public final class RuleDocuments {

    /** The version of the document format; it changes when the schema changes. */
    public static final String FORMAT = "sp-scoring-rule-1";

    /** The file name of the JSON Schema, beside the documents. */
    public static final String SCHEMA = "scoring-rule.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleDocuments() {}

    /**
     * The document of an instrument's rule, pretty-printed with two-space indents and LF line ends.
     *
     * @param instrument the instrument, not null
     * @return the JSON text, ending in a line break, never null
     */
    public static String toJson(Instrument instrument) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(document(instrument)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule document could not be written", e);
        }
    }

    /**
     * The shipped document of a built-in instrument, or the schema.
     *
     * @param name {@code <id>.json} or {@value #SCHEMA}, not null
     * @return the JSON text, never null
     * @throws InvalidValueException if the SDK ships no such document
     */
    public static String shipped(String name) {
        if (!name.matches("[a-z0-9_-]+(\\.[a-z]+)?\\.json")) {
            throw new InvalidValueException("document", name, "is not a rule document the SDK ships");
        }
        try (InputStream in = RuleDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidValueException("document", name, "is not a rule document the SDK ships");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode document(Instrument instrument) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("$schema", "./" + SCHEMA);
        doc.put("format", FORMAT);
        doc.put("id", instrument.id().value());
        doc.put("instrumentVersion", instrument.version());
        doc.put("scoringRuleVersion", instrument.scoringRuleVersion());
        doc.put("title", instrument.title());
        doc.put("citation", instrument.citation());
        doc.put("collector", instrument.collector().code());
        doc.put("categorical", instrument.isCategorical());
        Licence licence = instrument.licence();
        ObjectNode lic = doc.putObject("licence");
        lic.put("owner", licence.owner());
        lic.put("itemTextBundlable", licence.isItemTextBundlable());
        licence.url().ifPresent(url -> lic.put("url", url));
        lic.put("terms", licence.terms());
        ArrayNode items = doc.putArray("items");
        for (Item item : instrument.items()) {
            items.add(item(item));
        }
        doc.set("scoring", scoring(instrument));
        ArrayNode thresholds = doc.putArray("thresholds");
        for (ChangeThreshold t : ChangeThreshold.publishedFor(instrument.id().value())) {
            ObjectNode node = thresholds.addObject();
            node.put("name", t.name());
            node.put("component", t.component());
            node.put("points", t.points());
            node.put("direction", t.direction().name().toLowerCase(Locale.ROOT));
            node.put("scale", t.scaleBasis() == ChangeThreshold.ScaleBasis.SOURCE ? "source" : "sdk_reading");
            node.set("source", source(t.source()));
        }
        ArrayNode reliable = doc.putArray("reliableChange");
        for (Item item : instrument.items()) {
            reliableFor(instrument, item.name()).ifPresent(rc -> reliable.add(reliable(rc)));
        }
        for (String component : new String[] {"total", "raw", "metric"}) {
            reliableFor(instrument, component).ifPresent(rc -> reliable.add(reliable(rc)));
        }
        return doc;
    }

    private static Optional<ReliableChange> reliableFor(Instrument instrument, String component) {
        return ReliableChangeIndices.published(instrument.id().value(), component);
    }

    private static ObjectNode reliable(ReliableChange rc) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("component", rc.component());
        node.put("sem", BigDecimal.valueOf(rc.sem()));
        node.put("criterion", BigDecimal.valueOf(ReliableChange.CRITERION));
        node.put("direction", rc.direction().name().toLowerCase(Locale.ROOT));
        node.put("scale", "sdk_reading");
        node.set("source", source(rc.source()));
        return node;
    }

    private static ObjectNode item(Item item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("number", item.number());
        node.put("key", item.key());
        node.put("name", item.name());
        node.put("scored", item.isScored());
        node.put("required", item.isRequired());
        if (item.isUnchecked()) {
            node.put("answers", "any");
        } else {
            ObjectNode answers = node.putObject("answers");
            answers.put("min", item.minCode());
            answers.put("max", item.maxCode());
            ArrayNode weights = answers.putArray("weights");
            ArrayNode names = MAPPER.createArrayNode();
            for (ResponseOption option : item.responseOptions()) {
                weights.add(option.weight());
                option.name().ifPresent(names::add);
            }
            if (!names.isEmpty()) {
                answers.set("names", names);
            }
        }
        return node;
    }

    private static ObjectNode scoring(Instrument instrument) {
        ScoringRule rule = instrument.scoringRule();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", rule.kind());
        if (rule instanceof SummedScale summed) {
            node.put("total", summed.totalName());
            node.put("totalMin", instrument.minTotal());
            node.put("totalMax", instrument.maxTotal());
            node.put("missingItems", "no_score_unless_all_required_answered");
            summed.conversion().ifPresent(table -> node.set("conversion", conversion(table)));
            ArrayNode bands = node.putArray("bands");
            summed.bands().ifPresent(table -> bands.add(bands(summed.totalName(), table)));
            ArrayNode flags = node.putArray("flags");
            for (ItemFlag flag : summed.flags()) {
                ObjectNode f = flags.addObject();
                f.put("code", flag.code());
                f.put("item", flag.itemNumber());
                f.put("above", flag.above());
                f.put("independentOfOtherItems", true);
                f.set("source", source(flag.source()));
            }
        } else if (rule instanceof SeparateItems separate) {
            node.put("missingItems", "each_item_scored_alone");
            ArrayNode bands = node.putArray("bands");
            for (Item item : instrument.items()) {
                BandTable table = separate.bands().get(item.key());
                if (table != null) {
                    bands.add(bands(item.name(), table));
                }
            }
        } else if (rule instanceof RecordOnly recordOnly) {
            node.put("reason", recordOnly.reason());
        }
        return node;
    }

    private static ObjectNode conversion(ConversionTable table) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("component", table.name());
        node.put("firstRaw", table.firstRaw());
        node.put("scale", table.scale());
        ArrayNode values = node.putArray("values");
        table.values().forEach(v -> values.add(v.toPlainString()));
        node.set("source", source(table.source()));
        return node;
    }

    private static ObjectNode bands(String component, BandTable table) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("component", component);
        ArrayNode list = node.putArray("bands");
        for (Band band : table.bands()) {
            ObjectNode b = list.addObject();
            b.put("code", band.code());
            b.put("min", band.min());
            b.put("max", band.max());
        }
        node.set("source", source(table.source()));
        return node;
    }

    private static ObjectNode source(Source source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("citation", source.citation());
        node.put("evidence", source.evidence().name().toLowerCase(Locale.ROOT));
        return node;
    }
}
