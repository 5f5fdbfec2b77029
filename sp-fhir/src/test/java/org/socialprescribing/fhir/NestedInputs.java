package org.socialprescribing.fhir;

/** Deeply nested test input, built rather than stored. */
public final class NestedInputs {

    private NestedInputs() {}

    /**
     * A Patient with {@code levels} extensions nested inside each other. In JSON each level is an array and an
     * object, so the document nests {@code 2 * levels + 2} deep (root object, outer array, ..., innermost object).
     */
    public static String jsonExtensions(int levels) {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Patient\",\"extension\":[");
        for (int i = 0; i < levels - 1; i++) {
            json.append("{\"url\":\"https://example.org/level\",\"extension\":[");
        }
        json.append("{\"url\":\"https://example.org/leaf\",\"valueString\":\"leaf\"}");
        json.append("]}".repeat(levels - 1));
        return json.append("]}").toString();
    }

    /**
     * A Patient with {@code levels} extensions nested inside each other; the XML nests {@code levels + 2} elements
     * deep, which counts as {@code 2 * (levels + 2)} levels.
     */
    public static String xmlExtensions(int levels) {
        StringBuilder xml = new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\">");
        xml.append("<extension url=\"https://example.org/level\">".repeat(levels - 1));
        xml.append("<extension url=\"https://example.org/leaf\"><valueString value=\"leaf\"/></extension>");
        xml.append("</extension>".repeat(levels - 1));
        return xml.append("</Patient>").toString();
    }

    /** A Patient with {@code levels} JSON arrays nested inside one unknown element. */
    public static String jsonArrays(int levels) {
        return "{\"resourceType\":\"Patient\",\"x\":" + "[".repeat(levels) + "]".repeat(levels) + "}";
    }
}
