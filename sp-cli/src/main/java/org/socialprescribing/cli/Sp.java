package org.socialprescribing.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The entry point of the {@code sp} command line. Every failure becomes one readable line on stderr and a
 * documented {@link ExitCode}; {@code --debug} adds the stack trace. Nothing on stderr shows an NHS number in
 * clear ({@link MaskedLines}).
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
        PrintStream stderr = System.err;
        // SLF4J writes library logs to System.err: they get the mask that run(...) gives the command's own messages.
        System.setErr(MaskedLines.stream(stderr));
        System.exit(run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(stderr, true, StandardCharsets.UTF_8),
                args));
    }

    /**
     * Runs {@code sp} without exiting, for tests and for embedding.
     *
     * @param out where results go (stdout), not null
     * @param unmaskedErr where errors, progress and summaries go (stderr), with NHS numbers masked; not null
     * @param args the command line, not null
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#DATA_PROBLEMS} or {@link ExitCode#USAGE}
     */
    public static int run(PrintWriter out, PrintWriter unmaskedErr, String... args) {
        // Everything on stderr is a message (errors, warnings, summaries, --debug traces): one mask for all of it.
        PrintWriter err = new PrintWriter(new MaskedLines(unmaskedErr), true);
        SpCommand top = new SpCommand();
        CommandLine commandLine = new CommandLine(top)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Sp::onBadCommandLine)
                .setExecutionExceptionHandler((e, cmd, parsed) -> onFailure(e, err, top.debug));
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int onBadCommandLine(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("sp: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    private static int onFailure(Exception e, PrintWriter err, boolean debug) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("sp: " + message.lines().findFirst().orElse(message));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCode.USAGE;
    }
}
