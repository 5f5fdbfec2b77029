package org.socialprescribing.examples.archfixture.model;

import org.socialprescribing.examples.archfixture.cli.Command;

/** Breaks the rules on purpose: a "model" type that depends on the command line. */
public final class CliUsingModelType {

    private CliUsingModelType() {}

    /** @return the command's name */
    public static String name() {
        return Command.name();
    }
}
