package org.socialprescribing.fhir.internal;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.parser.json.JsonLikeStructure;
import org.jspecify.annotations.Nullable;

/**
 * Input that passed {@link InputGuard}: within the limits, well-formed, without DOCTYPE, with a root resource type
 * that FHIR R4 defines.
 *
 * @param text the input as text, without a byte order mark
 * @param encoding JSON or XML
 * @param resourceType the root resource type, e.g. {@code Patient}
 * @param json for JSON, the input already read into the structure HAPI's JSON parser works on, so it is read only
 *     once; null for XML
 * @param resources how many resources the input holds (a Bundle's entries and contained resources count), for a
 *     caller that limits work per resource; 1 when the input was read for parsing, which does not count them
 */
public record ScannedInput(
        String text,
        Encoding encoding,
        String resourceType,
        @Nullable JsonLikeStructure json,
        int resources) {

    /** Checks the components. */
    public ScannedInput {
        requireNonNull(text, "text");
        requireNonNull(encoding, "encoding");
        requireNonNull(resourceType, "resourceType");
    }
}
