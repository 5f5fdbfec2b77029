package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The entry point of the {@code sp} command line. Every failure becomes one readable line on stderr and a
 * documented {@link ExitCode}; {@code --debug} adds the stack trace.
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
        System.exit(run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                args));
    }

    /**
     * Runs {@code sp} without exiting, for tests and for embedding.
     *
     * @param out where results go (stdout), not null
     * @param err where errors, progress and summaries go (stderr), not null
     * @param args the command line, not null
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#DATA_PROBLEMS} or {@link ExitCode#USAGE}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
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
