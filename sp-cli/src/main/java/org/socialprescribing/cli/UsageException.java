package org.socialprescribing.cli;

/**
 * The command cannot run as asked: a missing column, an unreadable file, an unknown instrument. {@link Sp}
 * prints its message as one line and exits with {@link ExitCode#USAGE}.
 */
class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
