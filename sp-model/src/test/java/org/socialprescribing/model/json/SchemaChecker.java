package org.socialprescribing.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema checker for the keywords the episode schema uses ($ref into $defs, type, enum, properties,
 * required, additionalProperties, items, uniqueItems, anyOf, pattern). sp-model has no JSON Schema library on its
 * test classpath; this is enough to prove that documents the SDK writes satisfy the published schema and that the
 * schema is strict.
 */
final class SchemaChecker {

    private final JsonNode root;

    SchemaChecker(JsonNode root) {
        this.root = root;
    }

    /** @return the problems found, each as "path: what", empty if the instance is valid */
    List<String> check(JsonNode instance) {
        List<String> problems = new ArrayList<>();
        check(root, instance, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode instance, String path, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/$defs/".length());
            check(root.get("$defs").get(name), instance, path, problems);
        }
        if (schema.has("type") && !hasType(instance, schema.get("type").asText())) {
            problems.add(path + ": expected " + schema.get("type").asText());
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode value : schema.get("enum")) {
                listed |= value.equals(instance);
            }
            if (!listed) {
                problems.add(path + ": not in enum");
            }
        }
        if (schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText())
                        .matcher(instance.asText())
                        .find()) {
            problems.add(path + ": does not match pattern");
        }
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!instance.has(name.asText())) {
                    problems.add(path + ": missing " + name.asText());
                }
            }
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : schema.get("anyOf")) {
                List<String> optionProblems = new ArrayList<>();
                check(option, instance, path, optionProblems);
                any |= optionProblems.isEmpty();
            }
            if (!any) {
                problems.add(path + ": matches no anyOf option");
            }
        }
        if (instance.isObject()) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (Map.Entry<String, JsonNode> field : instance.properties()) {
                String at = path + "." + field.getKey();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), at, problems);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    problems.add(at + ": not allowed");
                } else if (additional != null && additional.isObject()) {
                    check(additional, field.getValue(), at, problems);
                }
            }
        }
        if (instance.isArray() && schema.has("items")) {
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < instance.size(); i++) {
                check(schema.get("items"), instance.get(i), path + "[" + i + "]", problems);
                if (schema.path("uniqueItems").asBoolean() && !seen.add(instance.get(i))) {
                    problems.add(path + "[" + i + "]: repeated");
                }
            }
        }
    }

    private static boolean hasType(JsonNode instance, String type) {
        switch (type) {
            case "object":
                return instance.isObject();
            case "array":
                return instance.isArray();
            case "string":
                return instance.isTextual();
            case "integer":
                return instance.isIntegralNumber();
            case "number":
                return instance.isNumber();
            case "boolean":
                return instance.isBoolean();
            default:
                return false;
        }
    }
}
