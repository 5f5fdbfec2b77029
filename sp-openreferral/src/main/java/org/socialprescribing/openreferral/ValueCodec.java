package org.socialprescribing.openreferral;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * How one kind of JSON value is read into a Java value and written back. Reading starts with the parser on the
 * value's first token and ends on its last; a value of the wrong JSON type is an {@link OrukFormatException}.
 */
interface ValueCodec<V> extends ReadContext.ValueReader<V> {

    void write(V value, JsonGenerator generator) throws IOException;

    /**
     * A codec that is looked up on first use, for types that contain each other (a service has an organization,
     * which has services) and so cannot all be initialised first.
     */
    static <V> ValueCodec<V> lazy(Supplier<? extends ValueCodec<V>> codec) {
        return new ValueCodec<>() {
            @Override
            public V read(JsonParser parser, ReadContext context) throws IOException {
                return codec.get().read(parser, context);
            }

            @Override
            public void write(V value, JsonGenerator generator) throws IOException {
                codec.get().write(value, generator);
            }
        };
    }
}
