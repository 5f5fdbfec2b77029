package org.socialprescribing.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.socialprescribing.model.InvalidValueException;

/**
 * The hook through which a licensee supplies item wording. The SDK bundles no wording for instruments whose licence
 * forbids it (WEMWBS, SWEMWBS, Outcomes Star); a licensed vendor keeps the wording in a properties resource of its
 * own, keyed by item key ({@code wemwbs_1=...}), and loads it here, checked against the instrument's items.
 */
public final class ItemText {

    private ItemText() {}

    /**
     * Reads item wording from a UTF-8 properties stream.
     *
     * @param instrument the instrument the wording belongs to, not null
     * @param properties the properties stream, keys are item keys, not null (not closed)
     * @return the wording by item key, unmodifiable, in key order, never null
     * @throws InvalidValueException if the stream cannot be read or a key is not an item of the instrument
     */
    public static Map<String, String> load(Instrument instrument, InputStream properties) {
        Properties loaded = new Properties();
        try {
            Reader reader = new InputStreamReader(properties, StandardCharsets.UTF_8);
            loaded.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidValueException(
                    instrument.id() + ".itemText", null, "cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> text = new TreeMap<>();
        for (String key : loaded.stringPropertyNames()) {
            if (instrument.item(key).isEmpty()) {
                throw new InvalidValueException(
                        instrument.id() + ".itemText", key, "is not an item of " + instrument.id());
            }
            text.put(key, loaded.getProperty(key));
        }
        return Collections.unmodifiableMap(text);
    }

    /**
     * Reads item wording from a properties resource on a class path.
     *
     * @param instrument the instrument the wording belongs to, not null
     * @param loader the class loader that holds the resource, not null
     * @param resource the resource name, e.g. {@code com/example/wemwbs-text.properties}, not null
     * @return the wording by item key, unmodifiable, never null
     * @throws InvalidValueException if the resource is absent or unreadable, or a key is not an item
     */
    public static Map<String, String> fromResource(Instrument instrument, ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidValueException(instrument.id() + ".itemText", resource, "resource not found");
            }
            return load(instrument, in);
        } catch (IOException e) {
            throw new InvalidValueException(instrument.id() + ".itemText", resource, "cannot be read", e);
        }
    }
}
