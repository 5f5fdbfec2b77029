package org.socialprescribing.spark.internal;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.contract.ContractRows;
import org.socialprescribing.measures.contract.ScoreContract;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.PersonalData;
import scala.Tuple2;

/**
 * Scores the lines of a CSV file (Hadoop's line reader: byte offset and bytes of each line) straight into {@code id}
 * and the {@code sp score} columns, without Spark's CSV reader. Measured reason (docs/PERFORMANCE.md, "sp-spark"):
 * Spark's CSV reader turns every cell into a Java string through Univocity and was about half of a CSV task; here an
 * answer is parsed from the line's bytes by sp-measures' own cell rule ({@link BatchScorer#parseAnswer}, the rule
 * {@code sp score} applies to its cells) and rows are scored in chunks by {@link ContractRows}, as the CLI does.
 *
 * <p>Cells are split as {@code sp score} splits them (RFC 4180, FastCSV's rules as the CLI configures them): a cell
 * may be quoted, {@code ""} inside quotes is one quote, characters after a closing quote are kept, empty lines are
 * skipped, a byte order mark before the header is dropped. A line with another number of cells than the header is an
 * invalid row naming both counts, as in the CLI (which also names its line number: a split of a file does not know
 * it). The first line of every file is its header and must be the same in every file. A quoted cell cannot hold a
 * line break (as with Spark's CSV reader without {@code multiLine}).
 *
 * <p>Serializable: built on the driver from the header; the executors rebuild the contract from the instrument id.
 */
public final class CsvLineScorer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows scored together: as the CLI's chunks, large enough to amortise the batch call, small enough for cache. */
    private static final int CHUNK = 1024;

    private static final byte COMMA = ',';
    private static final byte QUOTE = '"';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ScoreFunction function;
    private final int answers;
    private final byte[] header;
    private final int width;
    private final int idField;
    private final int[] answerFields;
    private final List<String> answerNames;

    private CsvLineScorer(ScoreFunction function, ScoreContract layout, byte[] header, List<String> names) {
        this.function = function;
        this.answers = layout.answerColumns().size();
        this.header = header.clone();
        this.width = names.size();
        this.idField = names.indexOf("id");
        this.answerNames = layout.answerColumns();
        this.answerFields = answerNames.stream().mapToInt(names::indexOf).toArray();
    }

    /**
     * Plans the scoring of files with this header line.
     *
     * @param instrumentId the instrument, e.g. {@code phq9}
     * @param headerLine the first line of the input, as bytes (a leading byte order mark is dropped)
     * @param input the input's name, for messages
     * @return the scorer
     * @throws InvalidValueException if the instrument is unknown or not scorable, or the header lacks {@code id} or an
     *     item column, or has one of them twice
     */
    public static CsvLineScorer of(String instrumentId, byte[] headerLine, String input) {
        ScoreFunction function = new ScoreFunction(instrumentId);
        byte[] line = withoutBom(headerLine, headerLine.length);
        Cells cells = new Cells();
        cells.split(line, line.length, Integer.MAX_VALUE);
        List<String> names = new ArrayList<>();
        for (int f = 0; f < cells.count; f++) {
            names.add(cells.text(line, f));
        }
        ScoreContract layout = function.layoutForColumns(names::contains);
        List<String> wanted = new ArrayList<>();
        wanted.add("id");
        wanted.addAll(layout.answerColumns());
        List<String> missing = wanted.stream().filter(c -> !names.contains(c)).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new InvalidValueException(
                    "input",
                    input,
                    "lacks the columns " + String.join(", ", missing) + "; expected id and " + function.expected());
        }
        for (String column : wanted) {
            if (names.indexOf(column) != names.lastIndexOf(column)) {
                throw new InvalidValueException("input", input, "has the column " + column + " more than once");
            }
        }
        return new CsvLineScorer(function, layout, line, names);
    }

    /** @return the rows' schema: {@code id} (string), then the {@code sp score} struct's fields */
    public StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("id", DataTypes.StringType, true));
        fields.addAll(Arrays.asList(function.dataType().fields()));
        return DataTypes.createStructType(fields);
    }

    /**
     * Scores one split's lines.
     *
     * @param file the file the split belongs to, for messages
     * @param lines each line's byte offset in its file and its bytes (the line reader may reuse the objects)
     * @return one row per data line, in {@link #schema()}
     * @throws InvalidValueException (when iterated) if the file's first line is not the header of the first file
     */
    public Iterator<InternalRow> score(String file, Iterator<Tuple2<LongWritable, Text>> lines) {
        return new Rows(file, lines);
    }

    private static byte[] withoutBom(byte[] line, int length) {
        boolean bom = length >= 3 && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2];
        return bom ? Arrays.copyOfRange(line, 3, length) : Arrays.copyOf(line, length);
    }

    /** Where each cell of a line starts and ends, and whether it was quoted. */
    private static final class Cells {
        int count;
        int[] start = new int[16];
        int[] end = new int[16];
        boolean[] quoted = new boolean[16];

        /**
         * Splits a line; keeps at most {@code keep} cells' bounds but counts them all.
         *
         * @return the number of cells
         */
        int split(byte[] line, int length, int keep) {
            count = 0;
            int i = 0;
            while (true) {
                int cellStart = i;
                boolean isQuoted = i < length && line[i] == QUOTE;
                if (isQuoted) {
                    // Skip to the closing quote ("" is an escaped quote), then to the separator.
                    i++;
                    while (i < length && !(line[i] == QUOTE && (i + 1 >= length || line[i + 1] != QUOTE))) {
                        i += line[i] == QUOTE ? 2 : 1;
                    }
                }
                while (i < length && line[i] != COMMA) {
                    i++;
                }
                if (count < keep) {
                    add(cellStart, i, isQuoted);
                }
                count++;
                if (i >= length) {
                    return count;
                }
                i++;
            }
        }

        private void add(int cellStart, int cellEnd, boolean isQuoted) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                quoted = Arrays.copyOf(quoted, count * 2);
            }
            start[count] = cellStart;
            end[count] = cellEnd;
            quoted[count] = isQuoted;
        }

        /** A cell's text: quotes removed and {@code ""} made one quote, characters after the closing quote kept. */
        String text(byte[] line, int cell) {
            int from = start[cell];
            int to = end[cell];
            if (!quoted[cell]) {
                return new String(line, from, to - from, StandardCharsets.UTF_8);
            }
            byte[] out = new byte[to - from];
            int n = 0;
            boolean inside = true;
            for (int i = from + 1; i < to; i++) {
                if (inside && line[i] == QUOTE) {
                    if (i + 1 < to && line[i + 1] == QUOTE) {
                        out[n++] = QUOTE;
                        i++;
                    } else {
                        inside = false;
                    }
                } else {
                    out[n++] = line[i];
                }
            }
            return new String(out, 0, n, StandardCharsets.UTF_8);
        }
    }

    /** The rows of one split: lines are read a chunk at a time, scored together, then handed out one by one. */
    private final class Rows implements Iterator<InternalRow> {
        private final String file;
        private final Iterator<Tuple2<LongWritable, Text>> lines;
        private final ScoreContract layout;
        private final ContractRows rows;
        private final ResultCells cells = new ResultCells();
        private final Cells split = new Cells();
        private final ByteChars chars = new ByteChars();
        private final int[] codes;
        /** Ids that are not plain bytes of the line (quoted, or a line of another width); else null. */
        private final @Nullable UTF8String[] ids = new UTF8String[CHUNK];
        /**
         * The chunk's plain ids, copied one after another into one reused buffer (the line reader reuses its own):
         * where each starts (-1: see {@link #ids}) and its length. Measured: a byte array per id was a seventh of a
         * task's allocation.
         */
        private byte[] idBytes = new byte[CHUNK * 16];

        private final int[] idFrom = new int[CHUNK];
        private final int[] idLength = new int[CHUNK];
        private int idUsed;
        private final @Nullable String[] problems = new String[CHUNK];
        /** The answers as written, kept only for the rows whose message may quote one (a rejected answer). */
        private final @Nullable String[] written;

        private final int columns;
        private int size;
        private int next;

        /**
         * The one row handed out, refilled by every {@link #next()}: Spark turns each row into its own UnsafeRow
         * before it asks for the next (the scan's projection over an RDD of rows; Spark's own CSV parser reuses its
         * row the same way), and so does the chunk's id buffer. Measured: a new row, value array and method
         * reference per line were a third of a task's allocation, and collection pauses stop every task thread.
         */
        private final Object[] values;

        private final GenericInternalRow row;
        private final ContractRows.Shown shownAnswer = this::shown;

        Rows(String file, Iterator<Tuple2<LongWritable, Text>> lines) {
            this.file = file;
            this.lines = lines;
            this.layout = function.layoutFor(answers).orElseThrow();
            this.rows = new ContractRows(layout, CHUNK);
            this.codes = new int[CHUNK * answers];
            this.written = new String[CHUNK * answers];
            this.columns = layout.columns().size();
            this.values = new Object[columns + 3];
            this.row = new GenericInternalRow(values);
        }

        @Override
        public boolean hasNext() {
            if (next < size) {
                return true;
            }
            fill();
            return size > 0;
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int r = next++;
            Arrays.fill(values, null);
            values[0] = idFrom[r] >= 0 ? UTF8String.fromBytes(idBytes, idFrom[r], idLength[r]) : ids[r];
            String problem = problems[r];
            if (problem != null) {
                ResultCells.invalid(values, 1, columns, problem);
            } else {
                cells.fill(rows, r, shownAnswer, values, 1);
            }
            return row;
        }

        private String shown(int r, int slot) {
            String text = written[r * answers + slot];
            // Not kept: a one-digit cell, which reads as its own code (a missing one is never quoted).
            return text == null ? String.valueOf(codes[r * answers + slot]) : ContractRows.quoted(text);
        }

        /** Reads up to a chunk of data lines and scores them. */
        private void fill() {
            size = 0;
            next = 0;
            idUsed = 0;
            while (size < CHUNK && lines.hasNext()) {
                Tuple2<LongWritable, Text> line = lines.next();
                Text text = line._2();
                if (line._1().get() == 0) {
                    checkHeader(text);
                    continue;
                }
                if (text.getLength() > 0) {
                    add(text.getBytes(), text.getLength());
                }
            }
            rows.score(codes, size);
        }

        private void checkHeader(Text text) {
            byte[] line = withoutBom(text.getBytes(), text.getLength());
            if (!Arrays.equals(line, header)) {
                throw new InvalidValueException(
                        "input",
                        file,
                        "has another header than the first file: "
                                + PersonalData.mask(ContractRows.quoted(new String(line, StandardCharsets.UTF_8))));
            }
        }

        private void add(byte[] line, int length) {
            int r = size++;
            int count = split.split(line, length, width);
            int base = r * answers;
            idFrom[r] = -1;
            if (count != width) {
                ids[r] = idField < count ? UTF8String.fromString(split.text(line, idField)) : null;
                problems[r] = "the line has " + count + " fields but the header has " + width;
                Arrays.fill(codes, base, base + answers, BatchScorer.MISSING);
                return;
            }
            problems[r] = null;
            if (split.quoted[idField]) {
                ids[r] = UTF8String.fromString(split.text(line, idField));
            } else {
                ids[r] = null;
                int idSize = split.end[idField] - split.start[idField];
                if (idUsed + idSize > idBytes.length) {
                    idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idUsed + idSize));
                }
                System.arraycopy(line, split.start[idField], idBytes, idUsed, idSize);
                idFrom[r] = idUsed;
                idLength[r] = idSize;
                idUsed += idSize;
            }
            for (int s = 0; s < answers; s++) {
                int f = answerFields[s];
                int code;
                if (split.quoted[f]) {
                    String cell = split.text(line, f);
                    code = BatchScorer.parseAnswer(cell);
                    written[base + s] = cell;
                } else if (split.end[f] - split.start[f] == 1
                        && line[split.start[f]] >= '0'
                        && line[split.start[f]] <= '9') {
                    // One digit, most answers: parseAnswer's result is the digit (measured: the general call was a
                    // sixth of a task). A message quotes it as its code reads.
                    code = line[split.start[f]] - '0';
                    written[base + s] = null;
                } else {
                    code = BatchScorer.parseAnswer(chars.of(line, split.start[f], split.end[f] - split.start[f]));
                    // A message quotes a cell as written: keep its text.
                    written[base + s] = code == BatchScorer.MISSING ? null : split.text(line, f);
                }
                codes[base + s] = code;
            }
        }
    }
}
