package org.socialprescribing.cli;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV input of the scoring commands, read as a stream: a file, or standard input for {@code -}. The contract: UTF-8
 * (decoded strictly: malformed bytes stop the command rather than turn into replacement characters), an optional
 * byte order mark, RFC 4180 fields, a header row. Every way the input can fail to be read becomes a {@link
 * UsageException} naming the input and the line.
 */
final class CsvInput implements Closeable {

    private static final char BOM = '\uFEFF';

    /**
     * The longest cell read, in characters (FastCSV's buffer limit; its default is 16 Mi). Far beyond any answer or
     * id, and small enough that one pathological cell cannot exhaust a 64 MB heap.
     */
    static final int MAX_CELL = 4 * 1024 * 1024;

    private final String name;
    private final long size;
    private final CountingStream bytes;
    private final CsvRowHandler handler = new CsvRowHandler();
    private final CsvReader<CsvRow> reader;
    private final CloseableIterator<CsvRow> records;
    private final List<String> header;
    private @Nullable CsvRow current;

    private CsvInput(String name, long size, InputStream in) {
        this.name = name;
        this.size = size;
        this.bytes = new CountingStream(in);
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize(MAX_CELL)
                .build(handler, withoutBom(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder())));
        this.records = reader.iterator();
        if (!advance()) {
            throw new UsageException(name + ": the input is empty; expected a header row");
        }
        this.header = List.copyOf(handler.header());
    }

    /**
     * Opens an input and reads its header.
     *
     * @param file a file path, or {@code -} for standard input
     * @return the input, positioned after the header
     * @throws UsageException if the file cannot be opened or read, or has no header
     */
    static CsvInput open(String file) {
        if ("-".equals(file)) {
            return new CsvInput("stdin", -1, new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to this command
                }
            });
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new UsageException(file + ": is a directory, not a CSV file");
        }
        InputStream in;
        long size;
        try {
            size = Files.size(path);
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new UsageException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            return new CsvInput(file, size, in);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the command already fails with a clearer message
        }
    }

    /** @return the name to use in messages: the file as given, or {@code stdin} */
    String name() {
        return name;
    }

    /** @return the header's column names in file order, never empty */
    List<String> header() {
        return header;
    }

    /**
     * Chooses the columns data rows feed (see {@link CsvRowHandler#select}); call once, before {@link #next}.
     *
     * @param textFields the header index of each text slot
     * @param answerFields the header index of each answer slot
     * @param answerMin the lowest accepted code of each answer slot
     * @param answerMax the highest accepted code of each answer slot
     */
    void select(int[] textFields, int[] answerFields, int[] answerMin, int[] answerMax) {
        handler.select(textFields, answerFields, answerMin, answerMax);
    }

    /**
     * Reads the next data row.
     *
     * @return the row (reused: copy what you keep), or null at the end of the input
     * @throws UsageException if the input cannot be read further
     */
    @org.jspecify.annotations.Nullable
    CsvRow next() {
        return advance() ? current : null;
    }

    private boolean advance() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
            return true;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (CsvParseException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String why = String.valueOf(cause.getMessage());
            throw new UsageException(
                    name + ": line " + line() + ": "
                            + (why.startsWith("The maximum buffer size")
                                    ? "a cell is longer than " + MAX_CELL + " characters, or a quote is never closed"
                                    : why),
                    e);
        }
    }

    private UsageException unreadable(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return new UsageException(
                    name + ": not UTF-8 text (malformed bytes at or after line " + line() + ")", cause);
        }
        return new UsageException(
                name + ": cannot be read after line " + line() + " (" + cause.getMessage() + ")", cause);
    }

    /** The line on which the record being read starts. */
    private long line() {
        return Math.max(1, handler.line());
    }

    /** @return how much of a file has been read, 0..1, or -1 for standard input */
    double fractionRead() {
        return size <= 0 ? -1 : Math.min(1.0, (double) bytes.count / size);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UsageException(name + ": cannot be closed (" + e.getMessage() + ")", e);
        }
    }

    /** Drops a leading byte order mark, which the contract allows but which is not part of the first column name. */
    private Reader withoutBom(Reader decoded) {
        PushbackReader in = new PushbackReader(decoded, 1);
        try {
            int first = in.read();
            if (first != -1 && first != BOM) {
                in.unread(first);
            }
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": not UTF-8 text (malformed bytes at line 1)", e);
        } catch (IOException e) {
            throw new UsageException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return in;
    }

    /** Counts the bytes read, for the progress indicator. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
