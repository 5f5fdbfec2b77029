package org.socialprescribing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes the files of a hostile corpus case, generating large ones at test time (streamed, so the test itself stays
 * small in memory). A file is one of:
 *
 * <ul>
 *   <li>{@code {"text": "...", "charset": "ISO-8859-1"}}: the text as given, in UTF-8 unless a charset is named;
 *   <li>{@code {"resource": "episode.json", "replace": [["from", "to"], ...]}}: a file beside the cases, with
 *       replacements;
 *   <li>{@code {"repeat": "unit", "times": N, "prefix": "...", "suffix": "..."}}: a unit repeated;
 *   <li>{@code {"csv": "header", "row": "P{i},1,2", "rows": N, "at": {"10": "a row"}}}: a CSV file whose row {@code
 *       i} (from 0) is {@code row} with {@code {i}} replaced, or the row given for it in {@code at};
 *   <li>{@code {"bundle": N}}: a FHIR collection Bundle of N small Basic resources;
 *   <li>{@code {"device": "/dev/zero"}}: no file, the device itself (the case is skipped where it does not exist);
 *   <li>{@code {"link": "name"}}: a symbolic link to another file of the case;
 *   <li>{@code {"copy": "name"}}: a copy of another file of the case.
 * </ul>
 */
final class HostileInputs {

    private HostileInputs() {}

    static Path write(JsonNode spec, Path dir, String name, Map<String, String> written) throws IOException {
        Path file = dir.resolve(spec.path("as").asText(name));
        if (spec.has("text")) {
            Files.writeString(
                    file,
                    spec.get("text").asText(),
                    Charset.forName(spec.path("charset").asText("UTF-8")));
        } else if (spec.has("resource")) {
            String text;
            try (InputStream in = HostileInputs.class.getResourceAsStream(
                    "hostile/" + spec.get("resource").asText())) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (JsonNode pair : spec.path("replace")) {
                String from = pair.get(0).asText();
                if (!text.contains(from)) {
                    throw new IllegalStateException(name + ": the resource has no '" + from + "' to replace");
                }
                text = text.replace(from, pair.get(1).asText());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } else if (spec.has("repeat")) {
            try (Writer out = writer(file)) {
                out.write(spec.path("prefix").asText(""));
                String unit = spec.get("repeat").asText();
                for (long i = 0, n = spec.get("times").asLong(); i < n; i++) {
                    out.write(unit);
                }
                out.write(spec.path("suffix").asText(""));
            }
        } else if (spec.has("csv")) {
            try (Writer out = writer(file)) {
                out.write(spec.get("csv").asText());
                out.write('\n');
                String row = spec.get("row").asText();
                JsonNode at = spec.path("at");
                for (long i = 0, n = spec.get("rows").asLong(); i < n; i++) {
                    JsonNode special = at.get(Long.toString(i));
                    out.write((special != null ? special.asText() : row).replace("{i}", Long.toString(i)));
                    out.write('\n');
                }
            }
        } else if (spec.has("bundle")) {
            try (Writer out = writer(file)) {
                out.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
                for (long i = 0, n = spec.get("bundle").asLong(); i < n; i++) {
                    out.write(i == 0 ? "" : ",");
                    out.write("{\"resource\":{\"resourceType\":\"Basic\",\"id\":\"b" + i
                            + "\",\"code\":{\"text\":\"entry\"}}}");
                }
                out.write("]}");
            }
        } else if (spec.has("link")) {
            Files.createSymbolicLink(file, Path.of(written.get(spec.get("link").asText())));
        } else if (spec.has("copy")) {
            Files.copy(Path.of(written.get(spec.get("copy").asText())), file);
        } else {
            StringBuilder keys = new StringBuilder();
            for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
                keys.append(it.next()).append(' ');
            }
            throw new IllegalArgumentException(name + ": no way to write a file from " + keys);
        }
        return file;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
