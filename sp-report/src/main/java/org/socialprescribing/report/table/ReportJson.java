package org.socialprescribing.report.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes report tables as JSON: {@code {"report", "suppression", "notes", "tables": [{"name", "title", "notes",
 * "columns": [{"name", "title", "kind"}], "rows": [{column: value}]}]}}. A value is a JSON number (counts, exact
 * money), a string (keys and texts), or a marker string ({@code "[c]"}, {@code "[x]"}, {@code "[z]"}); a
 * suppressed cell never carries its value. The schema is in {@code docs/reports.md}.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ReportJson() {}

    /**
     * Writes tables.
     *
     * @param report the report's name, e.g. {@code demand_ledger}, not null
     * @param suppression how the tables were suppressed, in words, not null
     * @param notes notes for readers, not null
     * @param tables the tables, not null
     * @return the JSON text, never null
     */
    public static String write(String report, String suppression, List<String> notes, List<ReportTable> tables) {
        JsonNodeFactory json = MAPPER.getNodeFactory();
        ObjectNode root = json.objectNode();
        root.put("report", report);
        root.put("suppression", suppression);
        notes.forEach(root.putArray("notes")::add);
        ArrayNode array = root.putArray("tables");
        for (ReportTable table : tables) {
            ObjectNode t = array.addObject();
            t.put("name", table.name());
            t.put("title", table.title());
            table.notes().forEach(t.putArray("notes")::add);
            ArrayNode columns = t.putArray("columns");
            for (Column column : table.columns()) {
                columns.addObject()
                        .put("name", column.name())
                        .put("title", column.title())
                        .put("kind", column.kind().name().toLowerCase(Locale.ROOT));
            }
            ArrayNode rows = t.putArray("rows");
            for (List<Cell> row : table.rows()) {
                ObjectNode r = rows.addObject();
                for (int c = 0; c < row.size(); c++) {
                    Cell cell = row.get(c);
                    String name = table.columns().get(c).name();
                    if (cell.number().isPresent()) {
                        r.put(name, cell.number().get());
                    } else {
                        r.put(name, cell.shown());
                    }
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
