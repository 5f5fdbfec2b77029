package org.socialprescribing.cli;

/** The exit codes every {@code sp} command uses, so that scripts can tell data problems from usage errors. */
public final class ExitCode {

    /** The command did what was asked and found no problem in the data. */
    public static final int OK = 0;

    /** The command ran but the data has problems that it reported (invalid rows, validation errors). */
    public static final int DATA_PROBLEMS = 1;

    /** The command line was wrong, or the input could not be read at all. */
    public static final int USAGE = 2;

    /**
     * The reader of stdout went away ({@code sp score ... | head}): the command stopped quietly. 141 is what a shell
     * reports for a Unix tool ended by SIGPIPE (128 + 13), so scripts with {@code set -o pipefail} see the same.
     */
    public static final int CLOSED_PIPE = 141;

    private ExitCode() {}
}
