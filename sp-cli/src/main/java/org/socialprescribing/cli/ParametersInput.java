package org.socialprescribing.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The input of FHIR's {@code $validate} given as a {@code Parameters} resource in JSON ({@link ValidationServer}):
 * the {@code resource} part, as the exact text it was sent as, and the {@code profile} parts. Anything else the
 * operation does not take is a refusal that names it, never dropped.
 *
 * @param resource the resource part's JSON text, or empty if there is none
 * @param profiles the profile parts' values
 * @param refusal why the input cannot be taken, or empty
 */
record ParametersInput(String resource, List<String> profiles, String refusal) {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Set<String> PROFILE_VALUES = Set.of("valueUri", "valueCanonical", "valueString");

    /**
     * Reads a Parameters resource's JSON.
     *
     * @param text the body
     * @return what it holds
     * @throws IOException if it is not well-formed JSON of a Parameters' shape
     */
    static ParametersInput read(String text) throws IOException {
        String resource = "";
        List<String> profiles = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("parameter")) {
                    expect(value, JsonToken.START_ARRAY);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        Part part = Part.read(parser, text);
                        String refusal = part.refusal(!resource.isEmpty());
                        if (!refusal.isEmpty()) {
                            return new ParametersInput(resource, profiles, refusal);
                        }
                        if (part.name.equals("resource")) {
                            resource = part.resource;
                        } else {
                            profiles.add(part.value);
                        }
                    }
                    expect(parser.currentToken(), JsonToken.END_ARRAY);
                } else if (!field.equals("resourceType") && !field.equals("id") && !field.equals("meta")) {
                    return new ParametersInput(
                            resource,
                            profiles,
                            "the Parameters element '" + field
                                    + "' is not taken by $validate: give 'parameter' parts only");
                } else {
                    parser.skipChildren();
                }
            }
            expect(parser.currentToken(), JsonToken.END_OBJECT);
        }
        return new ParametersInput(resource, List.copyOf(profiles), "");
    }

    /**
     * Why a part of this name cannot be taken.
     *
     * @param name the part's name
     * @return the refusal
     */
    static String refusal(String name) {
        return switch (name) {
            case "mode" ->
                "'mode' is not supported: the resource is validated as it is, not for a create, update or" + " delete";
            case "resource" -> "the Parameters body has more than one 'resource' part, or one without a resource";
            case "profile" -> "a 'profile' part needs a uri or canonical value";
            default -> "the Parameters part '" + name + "' is not one of $validate's: resource, profile";
        };
    }

    /** One {@code parameter} element. */
    private static final class Part {
        private String name = "";
        private String resource = "";
        private String value = "";
        private String other = "";

        static Part read(JsonParser parser, String text) throws IOException {
            Part part = new Part();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("name") && token == JsonToken.VALUE_STRING) {
                    part.name = parser.getText();
                } else if (field.equals("resource") && token == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getCharOffset();
                    part.resource = text.substring(start, end);
                } else if (PROFILE_VALUES.contains(field) && token == JsonToken.VALUE_STRING) {
                    part.value = parser.getText().strip();
                } else {
                    part.other = field;
                    parser.skipChildren();
                }
            }
            expect(parser.currentToken(), JsonToken.END_OBJECT);
            return part;
        }

        String refusal(boolean resourceSeen) {
            if (!name.equals("resource") && !name.equals("profile")) {
                return ParametersInput.refusal(name);
            }
            if (!other.isEmpty()) {
                return "the Parameters part '" + name + "' has '" + other + "', which $validate does not take";
            }
            return switch (name) {
                case "resource" -> resourceSeen || resource.isEmpty() ? ParametersInput.refusal(name) : "";
                case "profile" -> value.isEmpty() ? ParametersInput.refusal(name) : "";
                default -> ParametersInput.refusal(name);
            };
        }
    }

    private static void expect(JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("expected " + wanted + ", found " + found);
        }
    }
}
