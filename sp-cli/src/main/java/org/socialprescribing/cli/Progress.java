package org.socialprescribing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress indicator on stderr for long inputs, redrawn in place at most a few times a second. It is shown
 * only when stderr is a terminal, so that logs and pipes never receive it.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String label;
    private final boolean shown;
    private long lastDrawn = System.nanoTime();
    private int drawnWidth;

    private Progress(PrintWriter err, String label, boolean shown) {
        this.err = err;
        this.label = label;
        this.shown = shown;
    }

    /**
     * A progress indicator that draws only when stderr is a terminal.
     *
     * @param err stderr
     * @param label what is in progress, e.g. {@code scoring wemwbs}
     * @param quiet true to never draw
     * @return the indicator
     */
    static Progress onTerminal(PrintWriter err, String label, boolean quiet) {
        return new Progress(err, label, !quiet && stderrIsTerminal());
    }

    /**
     * Whether stderr is a terminal. Java 17 cannot ask that of stderr directly: on Linux the process's file
     * descriptor 2 tells; elsewhere {@code System.console()} (a terminal on stdin and stdout) stands in for it.
     */
    private static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall back below
        }
        return System.console() != null;
    }

    /**
     * Reports progress; draws only if enough time passed since the last drawing.
     *
     * @param rows the rows done
     * @param fraction the share of the input read, 0..1, or negative when unknown (stdin)
     */
    void update(long rows, double fraction) {
        if (!shown || System.nanoTime() - lastDrawn < INTERVAL_NANOS) {
            return;
        }
        lastDrawn = System.nanoTime();
        String line = fraction < 0
                ? String.format(Locale.ROOT, "%s: %,d rows", label, rows)
                : String.format(Locale.ROOT, "%s: %3d%% (%,d rows)", label, Math.round(fraction * 100), rows);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** Erases the indicator, if drawn. */
    void finish() {
        if (shown && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
