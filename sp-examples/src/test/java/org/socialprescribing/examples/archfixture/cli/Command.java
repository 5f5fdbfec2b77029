package org.socialprescribing.examples.archfixture.cli;

/** Stands in for the CLI module in the fixture tree. */
public final class Command {

    private Command() {}

    /** @return the command's name */
    public static String name() {
        return "sp";
    }
}
