package org.socialprescribing.fhir.mapping.internal;

import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.model.InvalidValueException;

/**
 * Checks text before a resource leaves a mapper. FHIR strings cannot hold control characters other than tab,
 * line feed and carriage return, HAPI drops blank strings when it encodes and trims markdown when it parses; a
 * domain value with any of these would not come back unchanged, so the mapping refuses it rather than lose it.
 */
public final class TextCheck {

    private TextCheck() {}

    /**
     * Checks every text value of a resource (contained resources included).
     *
     * @param <R> the resource type
     * @param resource the resource
     * @return the resource
     * @throws InvalidValueException naming the FHIR location of the first value FHIR cannot carry
     */
    public static <R extends Resource> R checked(R resource) {
        ContentWalker.primitives(resource, resource.fhirType(), (path, primitive) -> {
            Object value = primitive.getValue();
            if (value instanceof String) {
                check(path, (String) value);
                if (primitive instanceof MarkdownType && !value.equals(((String) value).strip())) {
                    // HAPI trims markdown when it parses, so the value would not come back unchanged.
                    throw new InvalidValueException(
                            path, "starts or ends with white space, which FHIR markdown does not keep");
                }
            }
        });
        return resource;
    }

    /**
     * Checks one text.
     *
     * @param path where it will be, for the error
     * @param text the text
     * @throws InvalidValueException if FHIR cannot carry it
     */
    static void check(String path, String text) {
        if (text.isBlank()) {
            throw new InvalidValueException(path, "is blank: FHIR cannot carry blank text");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidValueException(
                        path, String.format("holds the control character U+%04X, which FHIR cannot carry", (int) c));
            }
        }
    }
}
