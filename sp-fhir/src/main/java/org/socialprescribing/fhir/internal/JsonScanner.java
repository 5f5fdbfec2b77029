package org.socialprescribing.fhir.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/**
 * Reads FHIR JSON for HAPI's parser under the guard's rules: the nesting limit, no duplicate keys (HAPI would
 * silently keep the last one), no trailing content, a root {@code resourceType}. {@link #read} builds, in one pass,
 * the structure HAPI's parser works on ({@link CompactJson}); only when that fails does a second pass ({@link
 * #scan}) find what is wrong and where. After HAPI rejects a value, {@link #locate} finds the FHIRPath of the element HAPI named.
 */
final class JsonScanner {

    /** Thread-safe once built. Jackson leaves source text out of locations by default, so nothing leaks from it. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonScanner() {}

    /**
     * Reads the text into the structure HAPI's JSON parser works on, under the guard's rules.
     *
     * @return the structure; its root {@code resourceType} is a string
     * @throws FhirFormatException if the text breaks a rule, as {@link #scan} reports it
     */
    static CompactJson read(String text, InputLimits limits) {
        CompactJson json;
        try (JsonParser parser = parser(text, limits)) {
            json = CompactJson.read(parser, limits.maxDepth());
        } catch (IOException | CompactJson.Refused | RuntimeException e) {
            json = null;
        }
        if (json != null && json.resourceType() != null) {
            return json;
        }
        scan(text, limits); // throws the precise error
        throw new FhirFormatException(FhirIssueCode.INPUT_MALFORMED, "", null, "could not be read as JSON", null);
    }

    /** A parser under the input limits; duplicate keys are this scanner's to find, with their FHIRPath. */
    private static JsonParser parser(String text, InputLimits limits) throws IOException {
        JsonParser parser = BoundedJson.parser(limits, text);
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return parser;
    }

    /**
     * Scans the whole text and returns its root resource type and how many resources it holds (every object with a
     * {@code resourceType}); throws the error for the first rule broken.
     */
    static XmlScanner.Scan scan(String text, InputLimits limits) {
        String resourceType = null;
        int resources = 0;
        JsonParser current = null;
        try (JsonParser parser = parser(text, limits)) {
            current = parser;
            List<KeySet> keysPerDepth = new ArrayList<>();
            int depth = 0;
            JsonToken token = parser.nextToken();
            do {
                if (token == null) {
                    throw malformed(parser, resourceType, "ends before the resource is complete", null);
                }
                switch (token) {
                    case START_OBJECT:
                    case START_ARRAY:
                        depth++; // the bounded parser has checked the nesting limit
                        if (token == JsonToken.START_OBJECT) {
                            keysAt(keysPerDepth, depth).clear();
                        }
                        break;
                    case END_OBJECT:
                    case END_ARRAY:
                        depth--;
                        break;
                    case FIELD_NAME:
                        String name = parser.currentName();
                        if (!keysPerDepth.get(depth).add(name)) {
                            throw new FhirFormatException(
                                    FhirIssueCode.INVALID_STRUCTURE,
                                    path(parser.getParsingContext(), resourceType),
                                    null,
                                    "appears twice in the same object",
                                    null);
                        }
                        if (name.equals("resourceType")) {
                            resources++;
                        }
                        if (depth == 1 && name.equals("resourceType")) {
                            resourceType = parser.nextTextValue();
                            if (resourceType == null) {
                                throw new FhirFormatException(
                                        FhirIssueCode.INVALID_STRUCTURE,
                                        "resourceType",
                                        null,
                                        "must be a string",
                                        null);
                            }
                        }
                        break;
                    default:
                        break;
                }
                token = parser.nextToken();
            } while (depth > 0);
            if (token != null) {
                throw malformed(parser, resourceType, "has content after the end of the resource", null);
            }
        } catch (InputLimitException e) {
            // The nesting limit is reported at the resource: a path a hundred levels deep helps nobody.
            String location = current == null || e.limit() == InputLimit.DEPTH
                    ? resourceType == null ? "" : resourceType
                    : path(current.getParsingContext(), resourceType);
            throw InputGuard.overLimit(e, location);
        } catch (JsonProcessingException e) {
            Optional<InputLimitException> limit = BoundedJson.breach(e, limits);
            if (limit.isPresent()) {
                throw InputGuard.overLimit(limit.get(), resourceType == null ? "" : resourceType);
            }
            // Jackson's own message may quote input tokens (a name, say), so only its position is reported.
            throw new FhirFormatException(
                    FhirIssueCode.INPUT_MALFORMED, "", null, "is not well-formed JSON" + at(e.getLocation()), null);
        } catch (IOException e) {
            throw new FhirFormatException(FhirIssueCode.INPUT_MALFORMED, "", null, "could not be read as JSON", e);
        }
        if (resourceType == null) {
            throw new FhirFormatException(
                    FhirIssueCode.INVALID_STRUCTURE, "resourceType", null, "is missing from the root object", null);
        }
        return new XmlScanner.Scan(resourceType, resources);
    }

    /**
     * The FHIRPath of the first element called {@code name} (and holding {@code value}, if not null), if any.
     * Called only for text that {@link #scan} accepted.
     */
    static Optional<String> locate(String text, String resourceType, String name, @Nullable String value) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                if (value == null
                        && token == JsonToken.FIELD_NAME
                        && fhirName(parser.currentName()).equals(name)) {
                    return Optional.of(path(context, resourceType));
                }
                if (value != null
                        && token.isScalarValue()
                        && name.equals(keyOf(context))
                        && value.equals(parser.getText())) {
                    return Optional.of(path(context, resourceType));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: the caller reports the problem without a precise location.
        }
        return Optional.empty();
    }

    /** The key set for objects at this depth, reused from object to object. */
    private static KeySet keysAt(List<KeySet> keysPerDepth, int depth) {
        while (keysPerDepth.size() <= depth) {
            keysPerDepth.add(new KeySet());
        }
        return keysPerDepth.get(depth);
    }

    /**
     * The keys seen in one object. FHIR objects have a handful of keys, so a short array searched in order beats a
     * hash set; an object with many keys (hostile input) moves to a hash set, so the check stays linear overall.
     */
    private static final class KeySet {
        private static final int SMALL = 16;
        private final String[] small = new String[SMALL];
        private int size;
        private @Nullable Set<String> large;

        void clear() {
            size = 0;
            large = null;
        }

        boolean add(String key) {
            if (large != null) {
                return large.add(key);
            }
            for (int i = 0; i < size; i++) {
                if (small[i].equals(key)) {
                    return false;
                }
            }
            if (size < SMALL) {
                small[size++] = key;
                return true;
            }
            large = new HashSet<>(Arrays.asList(small));
            return large.add(key);
        }
    }

    /** The key a scalar belongs to: its own key in an object, the array's key in an array. */
    private static @Nullable String keyOf(JsonStreamContext context) {
        JsonStreamContext owner = context.inArray() ? context.getParent() : context;
        return owner == null || !owner.inObject() ? null : owner.getCurrentName();
    }

    private static String path(JsonStreamContext context, @Nullable String resourceType) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + fhirName(c.getCurrentName()));
            }
        }
        String relative = String.join("", segments);
        return resourceType != null
                ? resourceType + relative
                : relative.startsWith(".") ? relative.substring(1) : relative;
    }

    /** FHIR JSON carries a primitive's id and extensions under {@code _name}; in FHIRPath both are {@code name}. */
    private static String fhirName(String key) {
        return key.startsWith("_") ? key.substring(1) : key;
    }

    private static FhirFormatException malformed(
            JsonParser parser, @Nullable String resourceType, String rule, @Nullable Throwable cause) {
        return new FhirFormatException(
                FhirIssueCode.INPUT_MALFORMED,
                path(parser.getParsingContext(), resourceType),
                null,
                rule + at(parser.currentLocation()),
                cause);
    }

    private static String at(@Nullable JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
