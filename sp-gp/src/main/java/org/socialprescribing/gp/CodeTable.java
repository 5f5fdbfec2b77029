package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * A versioned table of GP codes and what they mean for social prescribing, shipped as data: the SDK's own table
 * ({@link #standard()}, {@code gp-codes.json}, every row naming its source) and any local table an integrator writes
 * in the same JSON format ({@link #read}) and adds with {@link #plus}, without code changes. {@code docs/gp.md}
 * ("Code tables") documents the format and lists the standard rows with their sources.
 *
 * <pre>{@code
 * {"table": "my-practice-codes", "version": "3", "rows": [
 *   {"system": "snomed", "code": "871731000000106", "display": "Referral to social prescribing service",
 *    "kind": "referral", "source": "..."},
 *   {"system": "snomed", "code": "718426000", "display": "WEMWBS score", "kind": "score", "instrument": "wemwbs",
 *    "component": "total", "min": 14, "max": 70, "source": "..."}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeTable {

    private static final String STANDARD = "gp-codes.json";
    private static final Set<String> ROW_FIELDS =
            Set.of("system", "code", "display", "kind", "instrument", "component", "min", "max", "decimals", "source");
    private static final Set<String> TABLE_FIELDS = Set.of("table", "version", "description", "rows");

    private final List<String> names;
    private final List<CodeMapping> rows;
    private final Map<String, CodeMapping> byCode;

    private CodeTable(List<String> names, List<CodeMapping> rows) {
        this.names = List.copyOf(names);
        this.rows = List.copyOf(rows);
        Map<String, CodeMapping> index = new HashMap<>();
        for (CodeMapping row : rows) {
            CodeMapping before = index.putIfAbsent(key(row.system(), row.code()), row);
            if (before != null && !sameMeaning(before, row)) {
                throw new GpFormatException(
                        GpIssueCode.CODE_TABLE_INVALID,
                        "rows.code",
                        row.label(),
                        "is mapped twice with different meanings ("
                                + before.kind().code() + ", " + row.kind().code() + ")");
            }
        }
        this.byCode = Collections.unmodifiableMap(index);
    }

    private static boolean sameMeaning(CodeMapping a, CodeMapping b) {
        return a.kind() == b.kind()
                && a.instrument().equals(b.instrument())
                && a.component().equals(b.component())
                && a.min().map(BigDecimal::stripTrailingZeros).equals(b.min().map(BigDecimal::stripTrailingZeros))
                && a.max().map(BigDecimal::stripTrailingZeros).equals(b.max().map(BigDecimal::stripTrailingZeros))
                && a.decimals() == b.decimals();
    }

    private static String key(GpCodeSystem system, String code) {
        return system.code() + '|' + code;
    }

    /** Holds the standard table, read once. */
    private static final class Standard {
        static final CodeTable TABLE = load();

        private static CodeTable load() {
            try (InputStream in = CodeTable.class.getResourceAsStream(STANDARD)) {
                if (in == null) {
                    throw new IllegalStateException("the standard GP code table " + STANDARD + " is missing");
                }
                return read(in, InputLimits.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The SDK's table: only codes from sources it can cite ({@code docs/gp.md} lists them with their sources).
     *
     * @return the standard table, never null
     */
    public static CodeTable standard() {
        return Standard.TABLE;
    }

    /**
     * A table of the given rows.
     *
     * @param name the table's name and version, for {@link #names()}, not blank
     * @param rows the rows, not null
     * @return the table, never null
     * @throws GpFormatException if a code is mapped twice with different meanings
     */
    public static CodeTable of(String name, List<CodeMapping> rows) {
        if (requireNonNull(name, "name").isBlank()) {
            throw new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, "table", "must have a name");
        }
        return new CodeTable(List.of(name), requireNonNull(rows, "rows"));
    }

    /**
     * Reads a table in the JSON format above, under input limits.
     *
     * @param json the table, UTF-8 JSON, not null
     * @param limits the limits on the input, not null
     * @return the table, never null
     * @throws GpFormatException if the input is not JSON, breaks a limit, or breaks the format (naming the row and
     *     field, e.g. {@code rows[3].kind})
     */
    public static CodeTable read(InputStream json, InputLimits limits) {
        requireNonNull(json, "json");
        requireNonNull(limits, "limits");
        JsonNode root;
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            root = new ObjectMapper().readTree(parser);
        } catch (IOException | RuntimeException e) {
            Optional<? extends RuntimeException> limit = BoundedJson.breach(e, limits);
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID,
                    "table",
                    null,
                    limit.isPresent()
                            ? "breaks an input limit: " + limit.get().getMessage()
                            : "is not a JSON code table",
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, "table", "must be a JSON object with table, version and rows");
        }
        unknownFields(root, TABLE_FIELDS, "");
        String name = text(root, "table", "");
        String version = text(root, "version", "");
        JsonNode rows = root.get("rows");
        if (rows == null || !rows.isArray()) {
            throw new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, "rows", "must be an array of rows");
        }
        List<CodeMapping> mappings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            mappings.add(row(rows.get(i), "rows[" + i + "]."));
        }
        return new CodeTable(List.of(name + " " + version), mappings);
    }

    private static CodeMapping row(JsonNode row, String at) {
        if (!row.isObject()) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, at.substring(0, at.length() - 1), "must be an object");
        }
        unknownFields(row, ROW_FIELDS, at);
        String systemName = text(row, "system", at);
        GpCodeSystem system = GpCodeSystem.find(systemName)
                .orElseThrow(() -> new GpFormatException(
                        GpIssueCode.CODE_TABLE_INVALID,
                        at + "system",
                        systemName,
                        "must be " + GpCodeSystem.choices(),
                        null));
        String kindName = text(row, "kind", at);
        EventKind kind = EventKind.find(kindName)
                .orElseThrow(() -> new GpFormatException(
                        GpIssueCode.CODE_TABLE_INVALID,
                        at + "kind",
                        kindName,
                        "must be referral, declined, link-worker-contact, review, signposting or score",
                        null));
        try {
            return new CodeMapping(
                    system,
                    text(row, "code", at),
                    text(row, "display", at),
                    kind,
                    optionalText(row, "instrument", at).map(InstrumentId::of),
                    optionalText(row, "component", at),
                    number(row, "min", at),
                    number(row, "max", at),
                    row.has("decimals") ? integer(row, "decimals", at) : 0,
                    text(row, "source", at));
        } catch (GpFormatException e) {
            throw e;
        } catch (SpException e) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, at + e.field(), e.value().orElse(null), e.rule(), e);
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String at) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                throw new GpFormatException(
                        GpIssueCode.CODE_TABLE_INVALID, at + field, "is not a field of the code table format");
            }
        }
    }

    private static String text(JsonNode node, String field, String at) {
        return optionalText(node, field, at)
                .orElseThrow(() -> new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, at + field, "is required"));
    }

    private static Optional<String> optionalText(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, at + field, "must be a text, not blank");
        }
        return Optional.of(value.asText().strip());
    }

    private static Optional<BigDecimal> number(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber() || value.decimalValue().abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, at + field, "must be a number within -1000000..1000000");
        }
        return Optional.of(value.decimalValue());
    }

    private static int integer(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (!value.isInt()) {
            throw new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, at + field, "must be an integer");
        }
        return value.intValue();
    }

    /**
     * This table with a local table's rows added: a code both tables map must mean the same in both.
     *
     * @param local the other table, not null
     * @return the combined table, never null
     * @throws GpFormatException if a code is mapped twice with different meanings
     */
    public CodeTable plus(CodeTable local) {
        requireNonNull(local, "local");
        List<String> allNames = new ArrayList<>(names);
        allNames.addAll(local.names);
        List<CodeMapping> all = new ArrayList<>(rows);
        all.addAll(local.rows);
        return new CodeTable(allNames, all);
    }

    /**
     * The meaning of a code.
     *
     * @param system the code system, not null
     * @param code the code, exactly as recorded (Read codes are case-sensitive), not null
     * @return the row, or empty if no table maps the code
     */
    public Optional<CodeMapping> lookup(GpCodeSystem system, String code) {
        return Optional.ofNullable(byCode.get(key(requireNonNull(system, "system"), requireNonNull(code, "code"))));
    }

    /** @return the names and versions of the tables combined here, e.g. {@code sp-gp-codes 2}, never null */
    public List<String> names() {
        return names;
    }

    /** @return every row, in table order (a code both tables map appears twice), never null */
    public List<CodeMapping> rows() {
        return rows;
    }

    @Override
    public String toString() {
        return "CodeTable" + names + " (" + byCode.size() + " codes)";
    }
}
