package org.socialprescribing.openreferral;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.socialprescribing.model.InvalidValueException;

/**
 * Reads and writes one kind of JSON object through an Immutables builder, property by property in the order
 * the schema lists them. It implements the lossless rule of {@link OrukRecord#extensions()}: unknown
 * properties, and typed properties given as {@code null} (or {@code []} for a list), go to the extensions and
 * are written back in place.
 *
 * <p>Kept hand-written over Jackson data binding for that rule, not for speed: binding through annotations
 * ({@code @JsonAnySetter}/{@code @JsonAnyGetter}) would keep unknown properties but write them after the known ones,
 * and would turn a typed property sent as {@code null} into an absent one, so a record read and written back would
 * no longer be the record received. Jackson still does the tokenising ({@link ReadContext}).
 *
 * @param <T> the value type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> implements ValueCodec<T> {

    private enum Kind {
        REQUIRED,
        OPTIONAL,
        MANY,
        /** A list that is always written, even when empty (a page's contents). */
        REQUIRED_MANY
    }

    private static final class Property<T, B, V> {
        final String name;
        final Kind kind;
        final ValueCodec<V> codec;
        final Function<T, List<V>> values;
        final BiConsumer<B, V> add;

        Property(String name, Kind kind, ValueCodec<V> codec, Function<T, List<V>> values, BiConsumer<B, V> add) {
            this.name = name;
            this.kind = kind;
            this.codec = codec;
            this.values = values;
            this.add = add;
        }

        boolean isRequired() {
            return kind == Kind.REQUIRED || kind == Kind.REQUIRED_MANY;
        }

        boolean isList() {
            return kind == Kind.MANY || kind == Kind.REQUIRED_MANY;
        }

        /** Reads the value (or each element of the array) into the builder; returns how many values it read. */
        int read(JsonParser parser, ReadContext context, B builder) throws IOException {
            if (!isList()) {
                add.accept(builder, codec.read(parser, context));
                return 1;
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw context.wrongType("an array", parser.currentToken());
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                context.enter(index);
                if (parser.currentToken() == JsonToken.VALUE_NULL) {
                    throw context.error("must not be null");
                }
                add.accept(builder, codec.read(parser, context));
                context.leave();
                index++;
            }
            return index;
        }

        boolean isWritten(T value) {
            return kind == Kind.REQUIRED_MANY || !values.apply(value).isEmpty();
        }

        void write(T value, JsonGenerator generator) throws IOException {
            List<V> list = values.apply(value);
            if (!isList()) {
                codec.write(list.get(0), generator);
                return;
            }
            generator.writeStartArray();
            for (V element : list) {
                codec.write(element, generator);
            }
            generator.writeEndArray();
        }

        /** Whether an extension of this property's name may stand for its missing value. */
        boolean acceptsPlaceholder(T value, JsonValue placeholder) {
            return !isRequired()
                    && values.apply(value).isEmpty()
                    && (placeholder.isNull() || (isList() && placeholder.isEmptyArray()));
        }
    }

    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Function<T, Map<String, JsonValue>> extensions;
    private final BiConsumer<B, Map<String, JsonValue>> putExtensions;
    private final List<Property<T, B, ?>> properties;
    private final Map<String, Property<T, B, ?>> byName = new LinkedHashMap<>();

    private ObjectCodec(Declaration<T, B> declaration) {
        this.newBuilder = declaration.newBuilder;
        this.build = declaration.build;
        this.extensions = declaration.extensions;
        this.putExtensions = declaration.putExtensions;
        this.properties = List.copyOf(declaration.properties);
        for (Property<T, B, ?> property : properties) {
            byName.put(property.name, property);
        }
    }

    /** Starts declaring an object's properties. */
    static <T, B> Declaration<T, B> declare(
            Supplier<B> newBuilder,
            Function<B, T> build,
            Function<T, Map<String, JsonValue>> extensions,
            BiConsumer<B, Map<String, JsonValue>> putExtensions) {
        return new Declaration<>(newBuilder, build, extensions, putExtensions);
    }

    @Override
    public T read(JsonParser parser, ReadContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw context.wrongType("an object", parser.currentToken());
        }
        B builder = newBuilder.get();
        Map<String, JsonValue> extras = new LinkedHashMap<>();
        Set<String> given = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            context.enter(name);
            Property<T, B, ?> property = byName.get(name);
            if (property == null) {
                extras.put(name, JsonValue.read(parser, context));
            } else if (token == JsonToken.VALUE_NULL) {
                if (property.isRequired()) {
                    throw context.error("is required and must not be null");
                }
                extras.put(name, JsonValue.NULL);
            } else if (property.read(parser, context, builder) == 0 && !property.isRequired()) {
                extras.put(name, JsonValue.EMPTY_ARRAY);
            }
            given.add(name);
            context.leave();
        }
        for (Property<T, B, ?> property : properties) {
            if (property.isRequired() && !given.contains(property.name)) {
                context.enter(property.name);
                throw context.error("is required but missing");
            }
        }
        putExtensions.accept(builder, extras);
        return build.apply(builder);
    }

    @Override
    public void write(T value, JsonGenerator generator) throws IOException {
        Map<String, JsonValue> extras = extensions.apply(value);
        generator.writeStartObject();
        for (Property<T, B, ?> property : properties) {
            if (property.isWritten(value)) {
                generator.writeFieldName(property.name);
                property.write(value, generator);
            } else {
                JsonValue placeholder = extras.get(property.name);
                if (placeholder != null) {
                    generator.writeFieldName(property.name);
                    placeholder.write(generator);
                }
            }
        }
        for (Map.Entry<String, JsonValue> extra : extras.entrySet()) {
            if (!byName.containsKey(extra.getKey())) {
                generator.writeFieldName(extra.getKey());
                extra.getValue().write(generator);
            }
        }
        generator.writeEndObject();
    }

    /**
     * The structural rule of extensions: one that names a typed property may only stand for that property's
     * missing value, as {@code null} (or {@code []} for a list), so a value is never written twice.
     *
     * @throws InvalidValueException if an extension breaks the rule
     */
    void checkExtensions(T value) {
        for (Map.Entry<String, JsonValue> extra : extensions.apply(value).entrySet()) {
            Property<T, B, ?> property = byName.get(extra.getKey());
            if (property != null && !property.acceptsPlaceholder(value, extra.getValue())) {
                throw new InvalidValueException(
                        "extensions." + extra.getKey(),
                        property.isRequired()
                                ? "names a required typed property, so it cannot be an extension"
                                : "names a typed property, so it may only be null"
                                        + (property.isList() ? " or []" : "")
                                        + " while that property is empty");
            }
        }
    }

    /** The properties of an object, declared in the order they are written. */
    static final class Declaration<T, B> {
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final Function<T, Map<String, JsonValue>> extensions;
        private final BiConsumer<B, Map<String, JsonValue>> putExtensions;
        private final List<Property<T, B, ?>> properties = new ArrayList<>();

        private Declaration(
                Supplier<B> newBuilder,
                Function<B, T> build,
                Function<T, Map<String, JsonValue>> extensions,
                BiConsumer<B, Map<String, JsonValue>> putExtensions) {
            this.newBuilder = newBuilder;
            this.build = build;
            this.extensions = extensions;
            this.putExtensions = putExtensions;
        }

        <V> Declaration<T, B> required(String name, ValueCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
            return add(new Property<>(name, Kind.REQUIRED, codec, t -> List.of(get.apply(t)), set));
        }

        <V> Declaration<T, B> optional(
                String name, ValueCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
            return add(new Property<>(
                    name, Kind.OPTIONAL, codec, t -> get.apply(t).map(List::of).orElse(List.of()), set));
        }

        <V> Declaration<T, B> many(String name, ValueCodec<V> codec, Function<T, List<V>> get, BiConsumer<B, V> add) {
            return add(new Property<>(name, Kind.MANY, codec, get, add));
        }

        <V> Declaration<T, B> requiredMany(
                String name, ValueCodec<V> codec, Function<T, List<V>> get, BiConsumer<B, V> add) {
            return add(new Property<>(name, Kind.REQUIRED_MANY, codec, get, add));
        }

        ObjectCodec<T, B> build() {
            return new ObjectCodec<>(this);
        }

        private Declaration<T, B> add(Property<T, B, ?> property) {
            properties.add(property);
            return this;
        }
    }
}
