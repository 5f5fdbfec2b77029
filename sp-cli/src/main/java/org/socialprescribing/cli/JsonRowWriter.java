package org.socialprescribing.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.util.List;

/**
 * Writes rows as JSON Lines (NDJSON): one object per row and line, with the columns as keys in column order. An empty
 * cell is {@code null}; numbers are JSON numbers, flags JSON booleans. JSON needs no formula guard: it is never
 * opened as a spreadsheet.
 */
final class JsonRowWriter implements RowWriter {

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final Destination out;
    private final List<Column> columns;
    private final JsonGenerator json;

    JsonRowWriter(Destination out, List<Column> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
        try {
            this.json = JSON.createGenerator(out);
        } catch (IOException e) {
            throw out.failure(e);
        }
    }

    @Override
    public void write(String[] cells) {
        try {
            json.writeStartObject();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                json.writeFieldName(column.name());
                String cell = cells[c];
                if (cell.isEmpty()) {
                    json.writeNull();
                } else if (column.kind() == Kind.NUMBER) {
                    json.writeNumber(cell);
                } else if (column.kind() == Kind.BOOLEAN) {
                    json.writeBoolean(Boolean.parseBoolean(cell));
                } else {
                    json.writeString(cell);
                }
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw out.failure(e);
        }
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public void finish() {
        try {
            json.flush();
        } catch (IOException e) {
            throw out.failure(e);
        }
        out.commit();
    }

    @Override
    public void close() {
        out.close();
    }
}
