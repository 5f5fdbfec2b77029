package org.socialprescribing.examples.archfixture.model;

/** Stands in for a type Immutables generates in the model module: a static builder() outside callers must not use. */
public final class ImmutableFixtureValue {

    private ImmutableFixtureValue() {}

    /** @return a new value, as a generated builder would give */
    public static ImmutableFixtureValue builder() {
        return new ImmutableFixtureValue();
    }
}
