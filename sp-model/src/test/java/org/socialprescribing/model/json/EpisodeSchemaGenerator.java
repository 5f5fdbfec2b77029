package org.socialprescribing.model.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.ImdDecile;

/**
 * Generates the JSON Schema (draft 2020-12) of the episode format from the types themselves, through Jackson's
 * own view of them, so the published schema cannot drift from what {@link SpJson} writes and reads. Run
 * {@code EpisodeSchemaTest} with {@code -Dsp.writeSchema=true} to rewrite the published resource.
 */
final class EpisodeSchemaGenerator {

    static final String ID = "https://fhir.socialprescribing.org/schema/episode.schema.json";

    /**
     * The mandatory JSON properties of the hand-written value types. Their creators take every argument as
     * nullable so that they can report a missing value themselves, so the signature cannot tell.
     */
    private static final Map<Class<?>, List<String>> REQUIRED = Map.of(
            CodedConcept.class, List.of("system", "code"),
            CodedText.class, List.of(),
            ImdDecile.class, List.of("index", "decile"));

    private final ObjectMapper mapper = SpJson.mapper();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    static ObjectNode generate() {
        return new EpisodeSchemaGenerator().root();
    }

    private ObjectNode root() {
        ObjectNode root = nodes.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Social prescribing episode");
        root.put(
                "description",
                "One person's social prescribing episode in the JSON format of the Social Prescribing SDK (sp-model"
                        + " SocialPrescribingEpisode). Generated from the Java types; do not edit by hand.");
        ObjectNode reference = schemaOf(mapper.constructType(SocialPrescribingEpisode.class));
        root.put("$ref", reference.get("$ref").asText());
        ObjectNode defs = root.putObject("$defs");
        definitions.forEach(defs::set);
        return root;
    }

    private ObjectNode schemaOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isReferenceType()) {
            return schemaOf(type.getContentType());
        }
        if (type.isCollectionLikeType()) {
            ObjectNode array = typed("array");
            array.set("items", schemaOf(type.getContentType()));
            if (Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        if (type.isMapLikeType()) {
            ObjectNode map = typed("object");
            map.set("additionalProperties", schemaOf(type.getContentType()));
            return map;
        }
        if (raw == String.class) {
            return typed("string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return typed("boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return typed("integer");
        }
        if (raw == BigDecimal.class) {
            return typed("number");
        }
        if (raw == Instant.class) {
            return format("date-time");
        }
        if (raw == LocalDate.class) {
            return format("date");
        }
        if (raw == URI.class) {
            return format("uri");
        }
        if (raw == LocalTime.class) {
            return pattern("^[0-2][0-9]:[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$");
        }
        if (raw == YearMonth.class) {
            return pattern("^[0-9]{4}-[0-1][0-9]$");
        }
        if (raw == Currency.class) {
            return pattern("^[A-Z]{3}$");
        }
        if (raw == DayOfWeek.class) {
            return enumOf(Arrays.stream(DayOfWeek.values())
                    .map(d -> d.name().toLowerCase(Locale.ROOT))
                    .toArray());
        }
        if (raw.isEnum()) {
            return enumOf(Arrays.stream(raw.getEnumConstants())
                    .map(EpisodeSchemaGenerator::jsonValue)
                    .toArray());
        }
        if (jsonValueMethod(raw).isPresent()) {
            return typed("string");
        }
        return reference(raw);
    }

    private ObjectNode reference(Class<?> raw) {
        String name = raw.getSimpleName();
        if (!definitions.containsKey(name)) {
            definitions.put(name, nodes.objectNode()); // placeholder against cycles
            definitions.put(name, raw.isAnnotationPresent(JsonDeserialize.class) ? immutable(raw) : creator(raw));
        }
        ObjectNode ref = nodes.objectNode();
        ref.put("$ref", "#/$defs/" + name);
        return ref;
    }

    /** An Immutables type: its properties as Jackson sees the generated class. */
    private ObjectNode immutable(Class<?> abstractType) {
        Class<?> generated = abstractType.getAnnotation(JsonDeserialize.class).as();
        BeanDescription description = mapper.getSerializationConfig().introspect(mapper.constructType(generated));
        ObjectNode object = typed("object");
        object.put("title", abstractType.getSimpleName());
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = nodes.arrayNode();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            JavaType type = property.getPrimaryType();
            properties.set(property.getName(), schemaOf(type));
            if (!type.isReferenceType()
                    && !type.isContainerType()
                    && !isDefaultAttribute(abstractType, property.getAccessor().getName())) {
                required.add(property.getName());
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        object.put("additionalProperties", false);
        return object;
    }

    /** A hand-written value type read through a {@code @JsonCreator} factory with named properties. */
    private ObjectNode creator(Class<?> raw) {
        Method factory = Arrays.stream(raw.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(JsonCreator.class) && Modifier.isStatic(m.getModifiers()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JSON shape known for " + raw));
        ObjectNode object = typed("object");
        object.put("title", raw.getSimpleName());
        ObjectNode properties = object.putObject("properties");
        List<String> mandatory = Optional.ofNullable(REQUIRED.get(raw))
                .orElseThrow(() -> new IllegalStateException("mandatory properties unknown for " + raw));
        ArrayNode anyOf = nodes.arrayNode();
        for (int i = 0; i < factory.getParameterCount(); i++) {
            Parameter parameter = factory.getParameters()[i];
            String name = parameter.getAnnotation(JsonProperty.class).value();
            properties.set(name, schemaOf(mapper.constructType(factory.getGenericParameterTypes()[i])));
            anyOf.add(nodes.objectNode().set("required", nodes.arrayNode().add(name)));
        }
        if (!mandatory.isEmpty()) {
            ArrayNode required = object.putArray("required");
            mandatory.forEach(required::add);
        } else {
            object.set("anyOf", anyOf); // CodedText: a concept, a text or both
        }
        object.put("additionalProperties", false);
        return object;
    }

    /** An attribute with a {@code @Value.Default} is a default (non-abstract) accessor of the abstract type. */
    private static boolean isDefaultAttribute(Class<?> abstractType, String accessor) {
        try {
            Method method = abstractType.getMethod(accessor);
            return !Modifier.isAbstract(method.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Optional<Method> jsonValueMethod(Class<?> raw) {
        return Arrays.stream(raw.getMethods())
                .filter(m -> m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0)
                .findFirst();
    }

    private static Object jsonValue(Object constant) {
        Method method = jsonValueMethod(((Enum<?>) constant).getDeclaringClass())
                .orElseThrow(() -> new IllegalStateException("enum without @JsonValue: " + constant.getClass()));
        try {
            return method.invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode typed(String type) {
        return nodes.objectNode().put("type", type);
    }

    private ObjectNode format(String format) {
        return typed("string").put("format", format);
    }

    private ObjectNode pattern(String pattern) {
        return typed("string").put("pattern", pattern);
    }

    private ObjectNode enumOf(Object[] values) {
        ObjectNode node = typed("string");
        ArrayNode list = node.putArray("enum");
        for (Object value : values) {
            list.add(String.valueOf(value));
        }
        return node;
    }
}
