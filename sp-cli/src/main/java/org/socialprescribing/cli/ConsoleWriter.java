package org.socialprescribing.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The process's stdout or stderr as a {@link PrintWriter} that remembers why writing failed. A plain {@code
 * PrintWriter} swallows the error ({@link #checkError()} says only that one happened), so {@code sp ... > /dev/full}
 * could not say "No space left on device", nor tell a full disk from a closed pipe.
 */
final class ConsoleWriter extends PrintWriter {

    private final Recording recording;

    private ConsoleWriter(Recording recording, boolean autoFlush) {
        super(recording, autoFlush);
        this.recording = recording;
    }

    /** @return a writer on the process's stdout (flushed by the caller) */
    static ConsoleWriter stdout() {
        return new ConsoleWriter(new Recording(new FileOutputStream(FileDescriptor.out)), false);
    }

    /** @return a writer on the process's stderr, flushed at every line */
    static ConsoleWriter stderr() {
        return new ConsoleWriter(new Recording(new FileOutputStream(FileDescriptor.err)), true);
    }

    /**
     * Why a writer failed, if it is a console writer that did.
     *
     * @param writer any writer
     * @return the first error it met, or empty
     */
    static Optional<IOException> lastError(PrintWriter writer) {
        return writer instanceof ConsoleWriter
                ? Optional.ofNullable(((ConsoleWriter) writer).recording.error)
                : Optional.empty();
    }

    /**
     * Whether an error means that the reading end of a pipe was closed ({@code EPIPE}).
     *
     * @param e the error
     * @return true for a closed pipe
     */
    static boolean isClosedPipe(@Nullable IOException e) {
        String message =
                e == null || e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        // Linux and macOS say "Broken pipe"; Windows "The pipe is being closed" or "The pipe has been ended".
        return message.contains("broken pipe")
                || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }

    /** Remembers the first error. */
    private static final class Recording extends FilterWriter {
        private @Nullable IOException error;

        Recording(FileOutputStream out) {
            super(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                super.write(cbuf, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                super.write(str, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (error == null) {
                error = e;
            }
            return e;
        }
    }
}
