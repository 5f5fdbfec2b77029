package org.socialprescribing.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where results go: a file given with {@code --output} (UTF-8, no byte order mark) or stdout, written so that a
 * failure never leaves a partial file looking complete.
 *
 * <ul>
 *   <li>A regular file is written to a temporary file beside it ({@code .NAME.RANDOM.tmp}, same folder, so the move
 *       cannot cross file systems), forced to disk, and moved over the target only by {@link #commit()}; {@link
 *       #close()} without a commit deletes it, and the target is untouched. A target that exists keeps its
 *       permissions; a symbolic link is followed, so the file it names is replaced.
 *   <li>An existing file that is not a regular file (a device such as {@code /dev/full}, a named pipe) is written in
 *       place: moving a file over it would replace the device.
 *   <li>A target that is one of the command's inputs (the same file, also through links) is refused before anything
 *       is read: writing it would destroy the input.
 *   <li>Every write error becomes a one-line {@link UsageException} naming the file, e.g. {@code out.csv: cannot be
 *       written (No space left on device)}. On stdout, a pipe whose reader has gone ({@code sp score ... | head})
 *       is a {@link ClosedPipeException} instead: the command stops quietly, as Unix tools do.
 * </ul>
 */
final class Destination extends Writer {

    private static final String STDOUT = "stdout";

    private final String name;
    private final Writer out;
    private final @Nullable PrintWriter stdout;
    private final @Nullable FileChannel channel;
    private final @Nullable Path temp;
    private final @Nullable Path target;
    private boolean committed;
    private boolean closed;

    private Destination(
            String name,
            Writer out,
            @Nullable PrintWriter stdout,
            @Nullable FileChannel channel,
            @Nullable Path temp,
            @Nullable Path target) {
        this.name = name;
        this.out = out;
        this.stdout = stdout;
        this.channel = channel;
        this.temp = temp;
        this.target = target;
    }

    /**
     * Opens a destination.
     *
     * @param file the output file, or null (or {@code -}) for stdout
     * @param stdout the command's stdout
     * @param inputs the command's inputs (files as given; {@code -} and URLs are ignored), none of which may be the
     *     output
     * @return the destination; write, then {@link #commit()}, and close it in every case
     * @throws UsageException if the file is an input, a folder, or cannot be created
     */
    static Destination open(@Nullable Path file, PrintWriter stdout, Collection<String> inputs) {
        if (file == null || file.toString().equals("-")) {
            return new Destination(STDOUT, stdout, stdout, null, null, null);
        }
        String name = file.toString();
        refuseInputs(file, name, inputs);
        if (Files.isDirectory(file)) {
            throw new UsageException(name + ": is a folder; give a file name for the output");
        }
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A device or a pipe: written in place (a temporary file moved over it would replace it).
                FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                return new Destination(name, writer(channel), null, channel, null, null);
            }
            Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
            Path temp = real.resolveSibling("." + real.getFileName() + "." + UUID.randomUUID() + ".tmp");
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Destination(name, writer(channel), null, channel, temp, real);
        } catch (IOException e) {
            throw new UsageException(name + ": cannot be written (" + reason(e) + ")", e);
        }
    }

    /**
     * Writes a whole file safely: to a temporary file beside it, then moved into place.
     *
     * @param file the file
     * @param content its text (UTF-8)
     * @throws UsageException naming the file if it cannot be written
     */
    static void writeFile(Path file, String content) {
        writeFile(file, content, List.of());
    }

    /**
     * Writes a whole file safely, as {@link #writeFile(Path, String)}, refusing a file that is one of the inputs.
     *
     * @param file the file
     * @param content its text (UTF-8)
     * @param inputs the command's inputs, as given
     * @throws UsageException naming the file if it is an input or cannot be written
     */
    static void writeFile(Path file, String content, Collection<String> inputs) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UsageException(folder + ": cannot be created (" + reason(e) + ")", e);
        }
        try (Destination out = open(file, new PrintWriter(Writer.nullWriter()), inputs)) {
            try {
                out.write(content);
            } catch (IOException e) {
                throw out.failure(e);
            }
            out.commit();
        }
    }

    private static Writer writer(FileChannel channel) {
        return new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void refuseInputs(Path file, String name, Collection<String> inputs) {
        if (!Files.exists(file)) {
            return;
        }
        for (String input : inputs) {
            if (input.equals("-") || input.startsWith("http://") || input.startsWith("https://")) {
                continue;
            }
            try {
                Path path = Path.of(input);
                if (Files.exists(path) && Files.isSameFile(path, file)) {
                    throw new UsageException(name + ": is also an input (" + input
                            + "); writing it would destroy the input, so write the results to another file");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof UsageException) {
                    throw (UsageException) e;
                }
                // An input that cannot be compared cannot be the output: the command reports it when it reads it.
            }
        }
    }

    /** @return the name to use in messages: the file as given, or {@code stdout} */
    String name() {
        return name;
    }

    /**
     * The error for a failed write: a one-line usage error naming the output, or a closed pipe.
     *
     * @param cause what failed
     * @return the exception to throw
     */
    UsageException failure(IOException cause) {
        if (stdout != null && ConsoleWriter.isClosedPipe(cause)) {
            return new ClosedPipeException(cause);
        }
        return new UsageException(name + ": cannot be written (" + reason(cause) + ")", cause);
    }

    /** The reason for a failure in words, without the exception's class. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
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

    /**
     * Finishes the output: flushes it, forces a file to disk and moves it into place.
     *
     * @throws UsageException naming the output if any of that fails (the temporary file is then removed)
     */
    void commit() {
        try {
            flush();
            if (channel != null) {
                if (temp != null) {
                    channel.force(true);
                }
                out.close();
            }
            if (temp != null && target != null) {
                keepPermissions(target, temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw failure(e);
        } finally {
            close();
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (Files.exists(from) && source != null && copy != null) {
            copy.setPermissions(source.readAttributes().permissions());
        }
    }

    /** Closes the output; unless it was committed, a file's temporary copy is deleted and the target untouched. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stdout != null) {
            stdout.flush();
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            // Only reached when not committed: the command already fails with a clearer message.
        }
        if (!committed && temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Nothing better to do: the target itself was never touched.
            }
        }
    }

    private void checkStdout() throws IOException {
        if (stdout != null && stdout.checkError()) {
            throw ConsoleWriter.lastError(stdout).orElseGet(() -> new IOException("stdout was closed"));
        }
    }
}
