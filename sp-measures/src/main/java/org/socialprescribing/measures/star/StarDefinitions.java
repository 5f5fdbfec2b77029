package org.socialprescribing.measures.star;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialprescribing.measures.InvalidDefinitionException;
import org.socialprescribing.measures.internal.DefinitionReader;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * Reads a licensee's {@link StarDefinition} from JSON, checking it fully on load. The format (every field required,
 * no others allowed):
 *
 * <pre>{@code
 * {
 *   "id": "demo_star",                 // lower-case letters, digits, underscores
 *   "version": "1",
 *   "title": "Demonstration star",
 *   "scaleMax": 10,                    // 5 or 10; readings run from 1
 *   "areas": [ { "key": "area_a", "name": "Area A" }, ... ],
 *   "stages": [ { "code": "stage_1", "name": "Stage 1", "min": 1, "max": 3 }, ... ]   // exactly 5,
 *                                      // contiguous from 1 to scaleMax
 * }
 * }</pre>
 */
public final class StarDefinitions {

    private StarDefinitions() {}

    /**
     * Reads a definition.
     *
     * @param json the JSON text, not null
     * @return the definition, never null
     * @throws InvalidDefinitionException if the text is not JSON or breaks the format or a rule
     */
    public static StarDefinition parse(String json) {
        return DefinitionReader.readOrThrow(json, StarDefinitions::read);
    }

    /**
     * Reads a definition from a UTF-8 stream.
     *
     * @param json the stream, not null (not closed)
     * @return the definition, never null
     * @throws InvalidDefinitionException if the content is not JSON or breaks the format or a rule
     */
    public static StarDefinition read(InputStream json) {
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
    public static StarDefinition read(InputStream json, InputLimits limits) {
        return DefinitionReader.readOrThrow(json, limits, StarDefinitions::read);
    }

    /**
     * Checks a definition without throwing.
     *
     * @param json the JSON text, not null
     * @return every problem found, with JSON paths; valid if none, never null
     */
    public static ValidationReport validate(String json) {
        return DefinitionReader.validate(json, StarDefinitions::read);
    }

    private static Optional<StarDefinition> read(DefinitionReader reader, JsonNode root) {
        reader.onlyFields(root, "", Set.of("id", "version", "title", "scaleMax", "areas", "stages"));
        Optional<InstrumentId> id = reader.text(root, "", "id").flatMap(text -> starId(reader, text));
        Optional<String> version = reader.text(root, "", "version");
        Optional<String> title = reader.text(root, "", "title");
        Optional<Integer> scaleMax = reader.integer(root, "", "scaleMax");
        List<StarArea> areas = new ArrayList<>();
        List<JsonNode> areaNodes = reader.objects(root, "", "areas");
        for (int i = 0; i < areaNodes.size(); i++) {
            String path = "areas[" + i + "]";
            JsonNode node = areaNodes.get(i);
            reader.onlyFields(node, path, Set.of("key", "name"));
            Optional<String> key = reader.text(node, path, "key");
            Optional<String> name = reader.text(node, path, "name");
            if (key.isPresent() && name.isPresent()) {
                areas.add(StarArea.builder().key(key.get()).name(name.get()).build());
            }
        }
        List<StarStage> stages = new ArrayList<>();
        List<JsonNode> stageNodes = reader.objects(root, "", "stages");
        for (int i = 0; i < stageNodes.size(); i++) {
            String path = "stages[" + i + "]";
            JsonNode node = stageNodes.get(i);
            reader.onlyFields(node, path, Set.of("code", "name", "min", "max"));
            Optional<String> code = reader.text(node, path, "code");
            Optional<String> name = reader.text(node, path, "name");
            Optional<Integer> min = reader.integer(node, path, "min");
            Optional<Integer> max = reader.integer(node, path, "max");
            if (code.isPresent() && name.isPresent() && min.isPresent() && max.isPresent()) {
                stages.add(StarStage.builder()
                        .code(code.get())
                        .name(name.get())
                        .min(min.get())
                        .max(max.get())
                        .build());
            }
        }
        if (!reader.isValid() || id.isEmpty() || version.isEmpty() || title.isEmpty() || scaleMax.isEmpty()) {
            return Optional.empty();
        }
        reader.addAll(StarDefinition.problems(scaleMax.get(), areas, stages));
        if (!reader.isValid()) {
            return Optional.empty();
        }
        return Optional.of(StarDefinition.builder()
                .id(id.get())
                .version(version.get())
                .title(title.get())
                .scaleMax(scaleMax.get())
                .addAllAreas(areas)
                .addAllStages(stages)
                .build());
    }

    private static Optional<InstrumentId> starId(DefinitionReader reader, String text) {
        try {
            return Optional.of(InstrumentId.of(text));
        } catch (InvalidValueException e) {
            reader.error("id", e.rule());
            return Optional.empty();
        }
    }
}
