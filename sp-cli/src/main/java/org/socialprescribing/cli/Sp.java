package org.socialprescribing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.socialprescribing.model.SpException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The entry point of the {@code sp} command line. Every failure becomes one readable line on stderr and a
 * documented {@link ExitCode}; {@code --debug} adds the stack trace. No message names a Java exception class.
 * Output that could not be written (a full disk, {@code > /dev/full}) is a failure too, never a silent success.
 * Nothing on stderr shows an NHS number in clear ({@link MaskedLines}).
 */
public final class Sp {

    private Sp() {}

    /**
     * Runs {@code sp} and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would otherwise fall back to java.util.logging and
        // print INFO lines; route it to SLF4J, which the jar configures to show errors only.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // SLF4J writes library logs to System.err: they get the mask that run(...) gives the command's own messages.
        PrintStream stderr = System.err;
        System.setErr(MaskedLines.stream(stderr));
        PrintWriter out = ConsoleWriter.stdout();
        PrintWriter err = ConsoleWriter.stderr();
        int code;
        try {
            code = run(out, err, args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Not expected within the input limits; a last line of defence that keeps the promise of one line.
            err.println("sp: ran out of "
                    + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + "; lower the input limits (--limit) or give Java more (SP_JAVA_OPTS=-Xmx...)");
            code = ExitCode.USAGE;
        }
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code sp} without exiting, for tests and for embedding.
     *
     * @param out where results go (stdout), not null
     * @param unmaskedErr where errors, progress and summaries go (stderr), with NHS numbers masked; not null
     * @param args the command line, not null
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#DATA_PROBLEMS}, {@link ExitCode#USAGE} or {@link
     *     ExitCode#CLOSED_PIPE}
     */
    public static int run(PrintWriter out, PrintWriter unmaskedErr, String... args) {
        // Everything on stderr is a message (errors, warnings, summaries, --debug traces): one mask for all of it.
        PrintWriter err = new PrintWriter(new MaskedLines(unmaskedErr), true);
        SpCommand top = new SpCommand();
        // Only the commands these arguments can reach are built (CommandTree says why); settings come after, so
        // that every command built gets them.
        CommandLine commandLine = CommandTree.forArguments(top, args)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // "@file" would read arguments from any file (even /dev/zero) and echo its content into errors.
                .setExpandAtFiles(false)
                .setParameterExceptionHandler(Sp::onBadCommandLine)
                .setExecutionStrategy(parsed -> {
                    // A wrong --limit is a wrong command line, whether or not the command reads anything.
                    try {
                        top.limits();
                    } catch (UsageException e) {
                        List<CommandLine> commands = parsed.asCommandLineList();
                        throw new ParameterException(commands.get(commands.size() - 1), e.getMessage(), e);
                    }
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> onFailure(e, err, top.debug));
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        int code;
        try {
            code = commandLine.execute(args);
        } finally {
            out.flush();
        }
        if (code != ExitCode.CLOSED_PIPE && out.checkError()) {
            // Whatever the command printed on stdout did not all arrive: that is a failure, not a success.
            IOException why = ConsoleWriter.lastError(out).orElse(null);
            if (ConsoleWriter.isClosedPipe(why)) {
                code = ExitCode.CLOSED_PIPE;
            } else {
                err.println("sp: stdout: cannot be written (" + (why == null ? "output error" : Destination.reason(why))
                        + ")");
                code = ExitCode.USAGE;
            }
        }
        err.flush();
        return code;
    }

    private static int onBadCommandLine(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("sp: " + oneLine(e.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    private static int onFailure(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof ClosedPipeException) {
            return ExitCode.CLOSED_PIPE;
        }
        err.println("sp: " + message(e));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCode.USAGE;
    }

    /**
     * A failure as one line that names no Java class: the SDK's and the command's own messages as they are; an I/O
     * failure by its reason; anything else (a bug) as an internal error.
     */
    static String message(Throwable e) {
        if (e instanceof UsageException || e instanceof SpException) {
            return oneLine(e.getMessage());
        }
        if (e instanceof UncheckedIOException) {
            return "cannot read or write a file (" + Destination.reason(((UncheckedIOException) e).getCause()) + ")";
        }
        if (e instanceof IOException) {
            return "cannot read or write a file (" + Destination.reason((IOException) e) + ")";
        }
        return "internal error; run again with --debug for the details, and please report it";
    }

    private static String oneLine(@org.jspecify.annotations.Nullable String message) {
        String text = message == null ? "failed" : message;
        return text.lines().findFirst().orElse(text);
    }
}
