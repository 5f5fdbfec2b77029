package org.socialprescribing.examples.archfixture.model;

/**
 * Stands in for a class Immutables generates for a value type that does not use {@code @SpStyle}: public, so callers
 * could name it.
 */
public final class ImmutableFixtureValue {

    private ImmutableFixtureValue() {}

    /** @return a new value, as a generated builder would give */
    public static ImmutableFixtureValue builder() {
        return new ImmutableFixtureValue();
    }
}
