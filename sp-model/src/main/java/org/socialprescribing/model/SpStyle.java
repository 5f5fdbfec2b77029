package org.socialprescribing.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style used by every value type of the SDK, so that generated classes look the same
 * across modules: Jakarta (not javax) annotations, JDK collections only, and singular {@code add*} methods for
 * collection attributes.
 *
 * <p>The generated {@code ImmutableX} class is package-private: callers name only {@code X}, its nested {@code
 * X.Builder} and its {@code with...} methods. Each type {@code X} declares, in the pattern Immutables documents for
 * hidden implementations:
 *
 * <ul>
 *   <li>{@code final class Builder extends ImmutableX.Builder} with a package-private constructor: the generated
 *       builder's methods then return {@code X.Builder}, and {@code build()} returns {@code X}
 *       ({@code overshadowImplementation});
 *   <li>{@code builder()} and {@code toBuilder()}, each one line;
 *   <li>{@code extends WithX} (for an abstract class, {@code implements}): the interface Immutables generates beside
 *       it, with one {@code withY(...)} per attribute, each returning a new value checked like a built one. It has the
 *       implementation's visibility, so it is package-private too; its methods are public members of {@code X}, and
 *       Javadoc lists them on {@code X}.
 * </ul>
 *
 * Jackson still reads and writes the generated class ({@code @JsonDeserialize(as = ImmutableX.class)}, same package),
 * and Hibernate Validator validates it through the constraints on {@code X}'s accessors. Builders are not strict, so
 * that a builder from {@code toBuilder()} can set an attribute again: Immutables refuses {@code toBuilder} with {@code
 * strictBuilder}.
 *
 * <p>Put it on a package ({@code package-info.java}) or on a type next to {@code @Value.Immutable}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jakarta = true,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"address:addresses"},
        get = {"is*", "get*"},
        init = "*",
        allParameters = false,
        // The builder's copy method; "from" would clash with attributes named "from" (a risk's, an event's).
        from = "mergeFrom",
        // Generated code carries no @Generated or nullness annotations from the class path: consumers compile
        // against the value types without the Immutables annotations jar, and without warnings.
        allowedClasspathAnnotations = {Override.class},
        // ImmutableX and WithX are package-private; builders and copies are typed X.Builder and X.
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = true))
public @interface SpStyle {}
