package org.socialprescribing.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The removable values of a FHIR Bundle as JSON, for the "nothing is dropped silently" properties: every member of an
 * object, inside an entry's resource, that holds a string, number or boolean, with its FHIRPath-like location.
 */
public final class JsonLeaves {

    /** Which members to pass over. */
    @FunctionalInterface
    public interface Skip {

        /**
         * @param parent the object that holds the member
         * @param name the member's name
         * @param path the member's location, e.g. {@code Bundle.entry[2].resource.name[0].family}
         * @param ofResource whether the object is a resource itself (its {@code id}, {@code meta}...)
         * @return true to pass the member over
         */
        boolean test(JsonNode parent, String name, String path, boolean ofResource);
    }

    /**
     * One removable value: the object that holds it and the member's name, with its location.
     *
     * @param parent the object
     * @param name the member
     * @param path its location
     */
    public record Leaf(ObjectNode parent, String name, String path) {

        /** Removes the value from its object. */
        public void remove() {
            parent.remove(name);
        }
    }

    private JsonLeaves() {}

    /**
     * The leaves of every entry's resource of a Bundle.
     *
     * @param bundle the Bundle as a JSON tree; its leaves are removed in place by {@link Leaf#remove()}
     * @param skip which members to pass over; a resource's {@code resourceType} is always passed over
     * @return the leaves, in document order
     */
    public static List<Leaf> ofEntries(JsonNode bundle, Skip skip) {
        List<Leaf> found = new ArrayList<>();
        JsonNode entries = bundle.path("entry");
        for (int i = 0; i < entries.size(); i++) {
            leaves(entries.get(i).path("resource"), "Bundle.entry[" + i + "].resource", skip, found);
        }
        return found;
    }

    private static void leaves(JsonNode node, String path, Skip skip, List<Leaf> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", skip, found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean resource = node.has("resourceType");
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            String at = path + "." + name;
            if ((resource && name.equals("resourceType")) || skip.test(node, name, at, resource)) {
                continue;
            }
            if (member.getValue().isValueNode()) {
                found.add(new Leaf((ObjectNode) node, name, at));
            } else {
                leaves(member.getValue(), at, skip, found);
            }
        }
    }
}
