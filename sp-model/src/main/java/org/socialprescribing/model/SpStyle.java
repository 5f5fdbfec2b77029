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
 * <p>Values are edited as java.time values are: a type declares {@code extends WithX} (the interface Immutables
 * generates beside it, with one {@code withY(...)} per attribute, each returning a new value checked like a built
 * one) and a one-line {@code toBuilder()}. Builders are not strict, so that a builder from {@code toBuilder()} can
 * set an attribute again: Immutables refuses {@code toBuilder} with {@code strictBuilder}.
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
        // against Immutable* classes without the Immutables annotations jar, and without warnings.
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface SpStyle {}
