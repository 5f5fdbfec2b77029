package org.socialprescribing.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style used by every value type of the SDK, so that generated classes look the same
 * across modules: Jakarta (not javax) annotations, JDK collections only, strict builders that refuse to set
 * an attribute twice, and singular {@code add*} methods for collection attributes.
 *
 * <p>Put it on a package ({@code package-info.java}) or on a type next to {@code @Value.Immutable}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jakarta = true,
        jdkOnly = true,
        strictBuilder = true,
        depluralize = true,
        depluralizeDictionary = {"address:addresses"},
        get = {"is*", "get*"},
        init = "*",
        allParameters = false,
        // Generated code carries no @Generated or nullness annotations from the class path: consumers compile
        // against Immutable* classes without the Immutables annotations jar, and without warnings.
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface SpStyle {}
