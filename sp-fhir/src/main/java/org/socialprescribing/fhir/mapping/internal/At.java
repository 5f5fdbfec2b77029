package org.socialprescribing.fhir.mapping.internal;

import static java.util.Objects.requireNonNull;

import org.hl7.fhir.r4.model.Base;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR element or resource with its location: a FHIRPath expression such as {@code
 * Bundle.entry[2].resource.identifier[0]} that selects it in the input, used in every error and warning.
 *
 * <p>Readers locate every element they touch but need the text of few locations (those in errors and warnings), so
 * a child keeps its parent, name and index, and its location becomes text only when asked for. Like the mapping
 * it serves, an {@code At} belongs to one thread.
 *
 * @param <T> the element or resource type
 */
public final class At<T extends Base> {

    private static final int NO_INDEX = -1;

    private final T node;
    private final @Nullable At<?> parent;
    private final String name;
    private final int index;
    private @Nullable String path;

    private At(T node, @Nullable At<?> parent, String name, int index) {
        this.node = requireNonNull(node, "node");
        this.parent = parent;
        this.name = requireNonNull(name, "name");
        this.index = index;
    }

    /**
     * Locates an element.
     *
     * @param <T> its type
     * @param node the element, not null
     * @param path its FHIRPath location, not null
     * @return the located element
     */
    public static <T extends Base> At<T> of(T node, String path) {
        At<T> located = new At<>(node, null, path, NO_INDEX);
        located.path = path;
        return located;
    }

    /** @return the element or resource */
    public T node() {
        return node;
    }

    /** @return its FHIRPath location */
    public String path() {
        String text = path;
        if (text == null) {
            String under = requireNonNull(parent).path() + "." + name;
            text = index == NO_INDEX ? under : under + "[" + index + "]";
            path = text;
        }
        return text;
    }

    /**
     * A child element of this one.
     *
     * @param <C> the child's type
     * @param child the child, not null
     * @param name the child's element name, e.g. {@code name}
     * @return the located child, at {@code path.name}
     */
    public <C extends Base> At<C> child(C child, String name) {
        return new At<>(child, this, name, NO_INDEX);
    }

    /**
     * One repetition of a child element.
     *
     * @param <C> the child's type
     * @param child the child, not null
     * @param name the child's element name, e.g. {@code identifier}
     * @param index its index among the repetitions
     * @return the located child, at {@code path.name[index]}
     */
    public <C extends Base> At<C> child(C child, String name, int index) {
        return new At<>(child, this, name, index);
    }

    @Override
    public String toString() {
        return path();
    }
}
