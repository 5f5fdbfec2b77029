package org.socialprescribing.fhir.mapping.internal;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeDeclaredChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.internal.SdkContext;

/**
 * Walks a FHIR element tree with FHIRPath locations. Used both ways: on the way in, to find content that no mapping
 * read (so it is reported, not dropped silently); on the way out, to check every text value before it is encoded.
 *
 * <p>Every resource an episode writes or reads passes through here, so the walk is built for speed: children come
 * from HAPI's model definitions (the fields themselves, where {@link Base#children()} would copy each into a new
 * {@code Property}), and a location becomes text only when a caller asks for it.
 */
final class ContentWalker {

    private ContentWalker() {}

    /** Receives a primitive and its location; {@link Location#path()} is valid only during the call. */
    @FunctionalInterface
    interface PrimitiveVisitor {
        void visit(PrimitiveType<?> primitive, Location location);
    }

    /**
     * Calls {@code visitor} for every primitive in the tree that holds a value, in document order.
     *
     * @param root the element or resource
     * @param path its location
     * @param visitor receives each primitive and its location
     */
    static void primitives(Base root, String path, PrimitiveVisitor visitor) {
        new Primitives(visitor).visit(root, CHILDREN.get(root.getClass()), new Location(path));
    }

    /**
     * Reports the content of a tree that is not covered by a used element: for every part of the tree that holds a
     * value but has no used element in it, {@code report} is called once, at the part's top, in document order.
     *
     * @param root the resource
     * @param path its location
     * @param used the elements the mapping read, each covering its whole subtree
     * @param report receives the location and element of each unread part
     */
    static void unread(Base root, String path, Set<Base> used, BiConsumer<String, Base> report) {
        Location location = new Location(path);
        Unread walk = new Unread(used);
        int state = walk.visit(root, CHILDREN.get(root.getClass()), location);
        if (state == Unread.CONTENT) {
            report.accept(path, root); // nothing in the resource was read at all
        }
        for (Unread.Part part : walk.parts) {
            report.accept(part.path, part.node);
        }
    }

    /** Visits the children of a node that hold a value, in FHIR's element order. */
    private abstract static class Walk {

        /** Visits one child, whose own children are given; the location names it for the duration of the call. */
        abstract void child(Base child, Child[] children, Location location);

        /** Visits the children of a node; {@code children} are those of its class. */
        final void children(Base node, Child[] children, Location location) {
            if (children.length > 0) {
                for (Child child : children) {
                    Object value = child.read(node);
                    if (value instanceof List) {
                        List<?> values = (List<?>) value;
                        for (int i = 0; i < values.size(); i++) {
                            each(values.get(i), child, child.repeating ? i : -1, location);
                        }
                    } else if (value != null) {
                        each(value, child, -1, location);
                    }
                }
            } else if (node instanceof Element) {
                // A primitive: its definition has no children, but it may carry an id and extensions.
                Element element = (Element) node;
                if (element.hasIdElement()) {
                    each(element.getIdElement(), "id", -1, location);
                }
                if (element.hasExtension()) {
                    List<Extension> extensions = element.getExtension();
                    for (int i = 0; i < extensions.size(); i++) {
                        each(extensions.get(i), "extension", i, location);
                    }
                }
            }
        }

        private void each(@Nullable Object value, Child child, int index, Location location) {
            if (value instanceof Base) { // the narrative's XHTML is not a Base; it holds no FHIR content
                location.push(child.name, index);
                child((Base) value, child.childrenOf(value.getClass()), location);
                location.pop();
            }
        }

        private void each(Base value, String name, int index, Location location) {
            location.push(name, index);
            child(value, CHILDREN.get(value.getClass()), location);
            location.pop();
        }
    }

    /** The children of each model class, from HAPI's definitions, looked up once per class. */
    private static final ClassValue<Child[]> CHILDREN = new ClassValue<>() {
        @Override
        protected Child[] computeValue(Class<?> type) {
            BaseRuntimeElementDefinition<?> definition =
                    SdkContext.get().getElementDefinition(type.asSubclass(Base.class));
            if (!(definition instanceof BaseRuntimeElementCompositeDefinition)) {
                return new Child[0];
            }
            boolean extension = Extension.class.isAssignableFrom(type);
            List<Child> children = new ArrayList<>();
            for (BaseRuntimeChildDefinition child :
                    ((BaseRuntimeElementCompositeDefinition<?>) definition).getChildren()) {
                if (!(extension && child.getElementName().equals("url"))) {
                    children.add(new Child(child)); // an extension's url names it; it is not content of its own
                }
            }
            return children.toArray(new Child[0]);
        }
    };

    /** A model class and the children of its instances. */
    private record Shape(Class<?> type, Child[] children) {}

    /** One child element of a model class: its name, whether it repeats, and how to read it. */
    private static final class Child {
        final String name;
        final boolean repeating;
        private final @Nullable Field field;
        private final BaseRuntimeChildDefinition.IAccessor accessor;
        private @Nullable Shape shape;

        Child(BaseRuntimeChildDefinition definition) {
            this.name = definition.getElementName();
            this.repeating = definition.getMax() == -1 || definition.getMax() > 1;
            // The field HAPI's accessor reads (HAPI made it accessible), read without wrapping each value in a list.
            this.field = definition instanceof BaseRuntimeDeclaredChildDefinition
                    ? ((BaseRuntimeDeclaredChildDefinition) definition).getField()
                    : null;
            this.accessor = definition.getAccessor();
        }

        /**
         * The children of a value of this child's, by the value's class. A child holds values of one class nearly
         * always, so the last class seen answers without a lookup. Shared by threads: a racing thread at worst looks
         * the class up again, and a {@link Shape} is immutable, so reading one another thread wrote is safe.
         */
        Child[] childrenOf(Class<?> type) {
            Shape seen = shape;
            if (seen == null || seen.type != type) {
                seen = new Shape(type, CHILDREN.get(type));
                shape = seen;
            }
            return seen.children;
        }

        /** @return the child's value: null, one element, or a list of them */
        @Nullable
        Object read(Base node) {
            if (field == null) {
                return accessor.getValues(node);
            }
            try {
                return field.get(node);
            } catch (IllegalAccessException e) {
                return accessor.getValues(node);
            }
        }
    }

    private static final class Primitives extends Walk {
        private final PrimitiveVisitor visitor;

        Primitives(PrimitiveVisitor visitor) {
            this.visitor = visitor;
        }

        void visit(Base node, Child[] children, Location location) {
            if (node instanceof PrimitiveType && ((PrimitiveType<?>) node).getValue() != null) {
                visitor.visit((PrimitiveType<?>) node, location);
            }
            children(node, children, location);
        }

        @Override
        void child(Base child, Child[] children, Location location) {
            visit(child, children, location);
        }
    }

    /**
     * One pass, children before parents: each node learns whether anything below it was used, and an unused part
     * with content is noted at its top. A note made below a part that turns out unused as a whole is withdrawn, so
     * only the top of each unread part is reported.
     */
    private static final class Unread extends Walk {
        static final int EMPTY = 0;
        static final int CONTENT = 1;
        static final int TOUCHED = 2;

        record Part(String path, Base node) {}

        private final Set<Base> used;
        private final List<Part> parts = new ArrayList<>();
        private int state;

        Unread(Set<Base> used) {
            this.used = used;
        }

        /** @return TOUCHED if the node or something below it was used, else CONTENT if it holds a value, else EMPTY */
        int visit(Base node, Child[] children, Location location) {
            if (used.contains(node)) {
                return TOUCHED;
            }
            int mark = parts.size();
            int outer = state;
            state = node instanceof PrimitiveType && ((PrimitiveType<?>) node).getValue() != null ? CONTENT : EMPTY;
            children(node, children, location);
            int result = state;
            state = outer;
            if (result != TOUCHED) {
                // Unused as a whole: the caller reports this node, not its parts.
                parts.subList(mark, parts.size()).clear();
            }
            return result;
        }

        @Override
        void child(Base child, Child[] children, Location location) {
            int childState = visit(child, children, location);
            state = Math.max(state, childState);
            if (childState == CONTENT) {
                parts.add(new Part(location.path(), child));
            }
        }
    }

    /** A location in the tree, kept as a stack of steps and turned into FHIRPath text only on demand. */
    static final class Location {
        private final String root;
        private String[] names = new String[16];
        private int[] indexes = new int[16];
        private int depth;

        Location(String root) {
            this.root = root;
        }

        void push(String name, int index) {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                indexes = Arrays.copyOf(indexes, depth * 2);
            }
            names[depth] = name;
            indexes[depth] = index;
            depth++;
        }

        void pop() {
            depth--;
        }

        /** @return the FHIRPath of the current node, e.g. {@code Patient.name[0].given[1]} */
        String path() {
            StringBuilder path = new StringBuilder(root);
            for (int i = 0; i < depth; i++) {
                String name = names[i];
                path.append('.').append(name.endsWith("[x]") ? name.substring(0, name.length() - 3) : name);
                if (indexes[i] >= 0) {
                    path.append('[').append(indexes[i]).append(']');
                }
            }
            return path.toString();
        }
    }
}
