package org.socialprescribing.fhir.mapping.internal;

import static java.util.Objects.requireNonNull;

import org.hl7.fhir.r4.model.Base;

/**
 * A FHIR element or resource with its location: a FHIRPath expression such as {@code
 * Bundle.entry[2].resource.identifier[0]} that selects it in the input, used in every error and warning.
 *
 * @param <T> the element or resource type
 */
public final class At<T extends Base> {

    private final T node;
    private final String path;

    private At(T node, String path) {
        this.node = requireNonNull(node, "node");
        this.path = requireNonNull(path, "path");
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
        return new At<>(node, path);
    }

    /** @return the element or resource */
    public T node() {
        return node;
    }

    /** @return its FHIRPath location */
    public String path() {
        return path;
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
        return new At<>(child, path + "." + name);
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
        return new At<>(child, path + "." + name + "[" + index + "]");
    }

    @Override
    public String toString() {
        return path;
    }
}
