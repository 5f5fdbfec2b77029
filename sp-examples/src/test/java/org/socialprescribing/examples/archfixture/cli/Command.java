package org.socialprescribing.examples.archfixture.cli;

import org.socialprescribing.examples.archfixture.model.ImmutableFixtureValue;

/**
 * Stands in for the CLI module in the fixture tree; it breaks a rule on purpose by making a "model" value through its
 * generated type.
 */
public final class Command {

    private Command() {}

    /** @return the command's name */
    public static String name() {
        return "sp";
    }

    /** @return a value made the wrong way, through the generated type */
    public static Object value() {
        return ImmutableFixtureValue.builder();
    }
}
