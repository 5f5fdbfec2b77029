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
        char[][] buffer = {new char[256]}; // one copy of each text's characters, reused for the whole resource
        ContentWalker.primitives(resource, resource.fhirType(), (primitive, location) -> {
            Object value = primitive.getValue();
            if (value instanceof String) {
                String text = (String) value;
                if (!carriable(text, buffer)) {
                    check(location.path(), text); // throws, naming the location
                }
                if (primitive instanceof MarkdownType && !text.equals(text.strip())) {
                    // HAPI trims markdown when it parses, so the value would not come back unchanged.
                    throw new InvalidValueException(
                            location.path(), "starts or ends with white space, which FHIR markdown does not keep");
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
            if (isControl(c)) {
                throw new InvalidValueException(
                        path, String.format("holds the control character U+%04X, which FHIR cannot carry", (int) c));
            }
        }
    }

    /** Whether FHIR can carry the text; {@link #check} says why not. Builds nothing, so checking every value is cheap. */
    private static boolean carriable(String text, char[][] buffer) {
        int length = text.length();
        if (buffer[0].length < length) {
            buffer[0] = new char[Math.max(length, 2 * buffer[0].length)];
        }
        char[] chars = buffer[0];
        // A bulk copy, then a plain loop over an array: far quicker than charAt over every text of a Bundle.
        text.getChars(0, length, chars, 0);
        for (int i = 0; i < length; i++) {
            if (isControl(chars[i])) {
                return false;
            }
        }
        return length > 0 && (!Character.isWhitespace(chars[0]) || !text.isBlank());
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
