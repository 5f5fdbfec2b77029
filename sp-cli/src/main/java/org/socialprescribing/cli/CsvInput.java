package org.socialprescribing.cli;

import static java.util.Objects.requireNonNull;

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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.input.InputLimits;

/**
 * A CSV input of the scoring commands, read as a stream: a file, or standard input for {@code -}. The contract: UTF-8
 * (decoded strictly: malformed bytes stop the command rather than turn into replacement characters), an optional
 * byte order mark, RFC 4180 fields, a header row. Every way the input can fail to be read becomes a {@link
 * UsageException} naming the input and the line.
 *
 * <p>No row is lost silently. Under the input limits, a header longer than {@code maxLineLength} or with more than
 * {@code maxEntries} columns stops the command; a data row with a cell longer than {@code maxStringLength} or a
 * line longer than {@code maxLineLength} is reported invalid and reading goes on. A quote opened and never closed
 * (which the parser would take as one cell running to the end of the input) makes its row invalid, and {@link
 * #unclosedQuote()} says how many lines after it could not be read as rows; lines that a closed quoted cell holds
 * are counted by {@link #foldedLines()}. So every line is accounted for: data lines = rows out + lines reported.
 */
final class CsvInput implements Closeable {

    private static final char BOM = '\uFEFF';

    /**
     * The unclosed quote at the end of an input.
     *
     * @param recordLine the line on which its row starts
     * @param quoteLine the line on which the quote was opened
     * @param unreadLines the lines after that one, up to the end of the input, that could not be read as rows
     */
    record UnclosedQuote(long recordLine, long quoteLine, long unreadLines) {

        /** @return the message for the file's summary */
        String summary(String input) {
            return input + ": " + unreadLines + (unreadLines == 1 ? " line" : " lines") + " after line " + quoteLine
                    + " could not be read as rows: a quote opened there is never closed";
        }

        /** @return the message of the row that holds the quote */
        String rowMessage() {
            String swallowed = unreadLines == 0
                    ? "the cell runs to the end of the input"
                    : unreadLines == 1
                            ? "the line after it was read into one cell"
                            : "the " + unreadLines + " lines after it were read into one cell";
            return "line " + recordLine + ": a quote opened on line " + quoteLine + " is never closed; " + swallowed;
        }
    }

    /** The smallest parser buffer: FastCSV's buffer grows from 8 Ki; cells are checked against the limit anyway. */
    private static final int MIN_BUFFER = 16 * 1024;

    private final String name;
    private final long size;
    private final int maxBuffer;
    private final int maxCell;
    private final CountingStream bytes;
    private final CsvRowHandler handler;
    private final QuoteTracker quotes;
    private @Nullable UnclosedQuote unclosed;
    private final CsvReader<CsvRow> reader;
    private final CloseableIterator<CsvRow> records;
    private final List<String> header;
    private @Nullable CsvRow current;

    private CsvInput(String name, long size, InputStream in, InputLimits limits) {
        this.name = name;
        this.size = size;
        this.bytes = new CountingStream(in);
        this.handler = new CsvRowHandler(name, limits);
        this.quotes = new QuoteTracker(withoutBom(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder())));
        // The parser holds one cell at a time: a cell beyond the buffer stops the file (the parser cannot resume).
        this.maxCell = Math.min(limits.maxStringLength(), limits.maxLineLength());
        // FastCSV grows its buffer by doubling from 8 Ki and fails when the limit is not a power of two.
        this.maxBuffer = Math.max(MIN_BUFFER, Integer.highestOneBit(Math.max(1, maxCell - 1)) << 1);
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize(maxBuffer)
                .build(handler, quotes);
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
     * @param limits the limits on the input
     * @return the input, positioned after the header
     * @throws UsageException if the file cannot be opened or read, or has no header
     */
    static CsvInput open(String file, InputLimits limits) {
        if ("-".equals(file)) {
            return new CsvInput(
                    "stdin",
                    -1,
                    new FilterInputStream(System.in) {
                        @Override
                        public void close() {
                            // standard input belongs to the process, not to this command
                        }
                    },
                    limits);
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
            return new CsvInput(file, size, in, limits);
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
        if (!advance()) {
            return null;
        }
        CsvRow row = requireNonNull(current);
        // The parser has read to the end of the input to finish this cell: if that ended inside a quote, this is
        // the row that holds it.
        if (unclosed == null && quotes.endedInQuote() && row.line() == quotes.unclosedRecordLine()) {
            unclosed = new UnclosedQuote(
                    row.line(),
                    quotes.unclosedQuoteLine(),
                    Math.max(0, quotes.lastContentLine() - quotes.unclosedQuoteLine()));
            row.fail(unclosed.rowMessage());
        }
        return row;
    }

    /**
     * The quote opened and never closed at the end of the input, once the input has been read to its end.
     *
     * @return the unclosed quote, or empty
     */
    Optional<UnclosedQuote> unclosedQuote() {
        return Optional.ofNullable(unclosed);
    }

    /** @return the lines read into closed quoted cells (legal, but not rows of their own), so far */
    long foldedLines() {
        return quotes.foldedLines();
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
            if (cause instanceof UsageException) {
                throw (UsageException) cause;
            }
            String why = String.valueOf(cause.getMessage());
            throw new UsageException(
                    name + ": line " + line() + ": "
                            + (why.startsWith("The maximum buffer size")
                                    ? "a cell is longer than " + maxCell + " characters"
                                            + (quotes.inQuote() ? ", or a quote is never closed" : "")
                                            + " (limits maxStringLength and maxLineLength); the rest of the input"
                                            + " was not read"
                                    : "the CSV parser cannot read on from here"),
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
