package org.socialprescribing.cli;

/**
 * The reader of stdout has gone ({@code sp score ... | head}): the command stops without a message and exits with
 * {@link ExitCode#CLOSED_PIPE}, as a Unix tool ended by SIGPIPE would.
 */
final class ClosedPipeException extends UsageException {

    private static final long serialVersionUID = 1L;

    ClosedPipeException(Throwable cause) {
        super("stdout: the reading end of the pipe was closed", cause);
    }
}
