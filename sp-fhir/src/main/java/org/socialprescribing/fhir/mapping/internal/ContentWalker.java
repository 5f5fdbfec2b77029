package org.socialprescribing.fhir.mapping.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;

/**
 * Walks a FHIR element tree with FHIRPath locations. Used both ways: on the way in, to find content that no mapping
 * read (so it is reported, not dropped silently); on the way out, to check every text value before it is encoded.
 */
final class ContentWalker {

    private ContentWalker() {}

    /**
     * Calls {@code visitor} for every primitive in the tree that holds a value.
     *
     * @param root the element or resource
     * @param path its location
     * @param visitor receives each primitive's location and the primitive
     */
    static void primitives(Base root, String path, BiConsumer<String, PrimitiveType<?>> visitor) {
        if (root instanceof PrimitiveType && ((PrimitiveType<?>) root).getValue() != null) {
            visitor.accept(path, (PrimitiveType<?>) root);
        }
        forEachChild(root, path, (childPath, child) -> primitives(child, childPath, visitor));
    }

    /**
     * Reports the content of a tree that is not covered by a used element: for every part of the tree that holds a
     * value but has no used element in it, {@code report} is called once, at the part's top.
     *
     * @param root the resource
     * @param path its location
     * @param used the elements the mapping read, each covering its whole subtree
     * @param report receives the location and element of each unread part
     */
    static void unread(Base root, String path, Set<Base> used, BiConsumer<String, Base> report) {
        new Unread(used, report).visit(root, path);
    }

    private static void forEachChild(Base node, String path, BiConsumer<String, Base> action) {
        boolean extension = node instanceof Extension;
        for (Property property : node.children()) {
            String name = property.getName().replace("[x]", "");
            if (extension && name.equals("url")) {
                continue; // the url names the extension; it is not content of its own
            }
            List<Base> values = property.getValues();
            for (int i = 0; i < values.size(); i++) {
                Base value = values.get(i);
                if (value != null) {
                    String childPath =
                            property.getMaxCardinality() > 1 ? path + "." + name + "[" + i + "]" : path + "." + name;
                    action.accept(childPath, value);
                }
            }
        }
    }

    private static final class Unread {
        private final Set<Base> used;
        private final BiConsumer<String, Base> report;
        private final Map<Base, Boolean> touched = new IdentityHashMap<>();
        private final Map<Base, Boolean> content = new IdentityHashMap<>();

        Unread(Set<Base> used, BiConsumer<String, Base> report) {
            this.used = used;
            this.report = report;
        }

        void visit(Base node, String path) {
            if (used.contains(node)) {
                return;
            }
            if (!touched(node)) {
                if (hasContent(node)) {
                    report.accept(path, node);
                }
                return;
            }
            forEachChild(node, path, (childPath, child) -> visit(child, childPath));
        }

        /** Whether the node or something below it was used. */
        private boolean touched(Base node) {
            Boolean known = touched.get(node);
            if (known == null) {
                boolean[] found = {used.contains(node)};
                if (!found[0]) {
                    forEachChild(node, "", (ignored, child) -> found[0] |= touched(child));
                }
                known = found[0];
                touched.put(node, known);
            }
            return known;
        }

        /** Whether the node or something below it holds a value. */
        private boolean hasContent(Base node) {
            Boolean known = content.get(node);
            if (known == null) {
                boolean[] found = {node instanceof PrimitiveType && ((PrimitiveType<?>) node).getValue() != null};
                if (!found[0]) {
                    forEachChild(node, "", (ignored, child) -> found[0] |= hasContent(child));
                }
                known = found[0];
                content.put(node, known);
            }
            return known;
        }
    }
}
