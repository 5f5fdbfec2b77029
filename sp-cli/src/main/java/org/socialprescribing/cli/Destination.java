package org.socialprescribing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where results go: a file given with {@code --output} (UTF-8, no byte order mark, replaced if it exists) or stdout.
 * Stdout is flushed but never closed, and a closed pipe (e.g. {@code sp score ... | head}) stops the command instead
 * of scoring the rest of the input for nobody.
 */
final class Destination extends Writer {

    private final Writer out;
    private final @Nullable PrintWriter stdout;

    private Destination(Writer out, @Nullable PrintWriter stdout) {
        this.out = out;
        this.stdout = stdout;
    }

    /**
     * Opens a destination.
     *
     * @param file the output file, or null for stdout
     * @param stdout the command's stdout
     * @return the destination
     * @throws UsageException if the file cannot be created
     */
    static Destination open(@Nullable Path file, PrintWriter stdout) {
        if (file == null) {
            return new Destination(stdout, stdout);
        }
        try {
            return new Destination(Files.newBufferedWriter(file, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** @return a one-line usage error for an output that failed */
    static UsageException failed(IOException cause) {
        return new UsageException("cannot write the output (" + cause.getMessage() + ")", cause);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.write(cbuf, off, len);
        checkStdout();
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(str, off, len);
        checkStdout();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        checkStdout();
    }

    @Override
    public void close() throws IOException {
        if (stdout == null) {
            out.close();
        } else {
            flush();
        }
    }

    private void checkStdout() throws IOException {
        if (stdout != null && stdout.checkError()) {
            throw new IOException("stdout was closed");
        }
    }
}
