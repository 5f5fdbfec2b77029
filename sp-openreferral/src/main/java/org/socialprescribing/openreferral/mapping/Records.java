package org.socialprescribing.openreferral.mapping;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.socialprescribing.openreferral.JsonValue;
import org.socialprescribing.openreferral.OrukRecord;

/** Small edits of ORUK records' extensions, which the typed attributes of a record must never contradict. */
final class Records {

    private Records() {}

    /**
     * Removes the extension named after a typed property (an explicit {@code null} or {@code []}) before that
     * property is set, since a record may not hold both.
     */
    static <R extends OrukRecord> R clear(
            R record, String property, BiFunction<R, Map<String, JsonValue>, R> withExtensions) {
        if (!record.extensions().containsKey(property)) {
            return record;
        }
        Map<String, JsonValue> rest = new LinkedHashMap<>(record.extensions());
        rest.remove(property);
        return withExtensions.apply(record, rest);
    }

    /**
     * Sets or removes an extension that stands for an HSDS 3.0 core property the UK profile leaves out (such as
     * {@code eligibility_description}), keeping its place among the others.
     */
    static <R extends OrukRecord> R withText(
            R record, String property, Optional<String> text, BiFunction<R, Map<String, JsonValue>, R> withExtensions) {
        Map<String, JsonValue> extensions = new LinkedHashMap<>(record.extensions());
        if (text.isPresent()) {
            extensions.put(property, JsonValue.of(JsonNodeFactory.instance.textNode(text.get())));
        } else {
            extensions.remove(property);
        }
        return withExtensions.apply(record, extensions);
    }
}
