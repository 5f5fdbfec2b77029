package org.socialprescribing.gp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;

/**
 * An external merge sort of events by (person number, row), for extracts in any order: events are held in memory up
 * to a bound, sorted and written to a temporary file (a run) when the bound is reached, and the runs are merged back
 * at the end, at most {@link #FAN_IN} at a time. Memory is bounded by the run size and the fan-in, whatever the
 * number of rows; disk holds about 40 to 60 bytes an event. Input that fits one run never touches the disk.
 *
 * <p>Hand-written: no sort library is on sp-gp's class path, and the small kept one (Lemire's {@code
 * externalsortinginjava}) sorts lines of text and writes its merge to another file, which would need an escaping of
 * every field and one more pass over the disk. The runs here are compact binary records read back in one pass. Not
 * thread-safe.
 */
final class EventSpill implements AutoCloseable {

    /** The most runs merged at once: each open run holds a {@value #BUFFER}-byte buffer. */
    static final int FAN_IN = 64;

    private static final int BUFFER = 1 << 16;

    /** The events held before a run is written, by default: about 20 MB of events (some 400 bytes each). */
    static final int DEFAULT_RUN_SIZE = 50_000;

    private static final Comparator<Keyed> ORDER = Comparator.comparingInt(Keyed::person)
            .thenComparingLong(k -> k.event().row());

    /** An event with the number of its person in order of first appearance. */
    record Keyed(int person, GpEvent event) {}

    private final Path directory;
    private final int runSize;
    private final List<CodeMapping> mappings;
    private final Map<CodeMapping, Integer> mappingIndex = new IdentityHashMap<>();
    private final List<Keyed> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();

    EventSpill(Path directory, int runSize, List<CodeMapping> mappings) {
        this.directory = directory;
        this.runSize = runSize;
        this.mappings = List.copyOf(mappings);
        for (int i = 0; i < this.mappings.size(); i++) {
            mappingIndex.putIfAbsent(this.mappings.get(i), i);
        }
    }

    /** Adds an event; writes a run when the buffer is full. */
    void add(int person, GpEvent event) {
        buffer.add(new Keyed(person, event));
        if (buffer.size() >= runSize) {
            runs.add(writeRun(buffer));
            buffer.clear();
        }
    }

    /** @return how many runs went to disk so far */
    int runs() {
        return runs.size();
    }

    /**
     * Gives every event back in (person number, row) order, then forgets them and deletes the runs.
     *
     * @param sink receives each event
     */
    void drain(Consumer<Keyed> sink) {
        buffer.sort(ORDER);
        if (runs.isEmpty()) {
            buffer.forEach(sink);
            buffer.clear();
            return;
        }
        if (!buffer.isEmpty()) {
            runs.add(writeRun(buffer));
            buffer.clear();
        }
        try {
            while (runs.size() > FAN_IN) {
                List<Path> group = new ArrayList<>(runs.subList(0, FAN_IN));
                runs.subList(0, FAN_IN).clear();
                Path merged = newRun();
                try (DataOutputStream out = output(merged)) {
                    merge(group, keyed -> write(out, keyed));
                }
                runs.add(merged);
            }
            merge(new ArrayList<>(runs), sink);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            close();
        }
    }

    /** Deletes any run left on disk. */
    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // Nothing more can be done about a temporary file that cannot be deleted; the import has its rows.
            }
        }
        runs.clear();
        buffer.clear();
    }

    private Path writeRun(List<Keyed> events) {
        events.sort(ORDER);
        Path run = newRun();
        try (DataOutputStream out = output(run)) {
            for (Keyed keyed : events) {
                write(out, keyed);
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return run;
    }

    private Path newRun() {
        try {
            return Files.createTempFile(directory, "sp-gp-", ".run");
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private UncheckedIOException failure(IOException e) {
        return new UncheckedIOException(
                "cannot write or read the import's temporary files in " + directory + ": " + e.getMessage(), e);
    }

    private static DataOutputStream output(Path run) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), BUFFER));
    }

    private void merge(List<Path> group, Consumer<Keyed> sink) throws IOException {
        List<Reader> readers = new ArrayList<>();
        try {
            // Equal keys (rows numbered twice through the API) come out in the order of their runs.
            PriorityQueue<Reader> heads = new PriorityQueue<>((a, b) -> {
                int byKey = ORDER.compare(a.current(), b.current());
                return byKey != 0 ? byKey : Integer.compare(a.order, b.order);
            });
            for (int i = 0; i < group.size(); i++) {
                Reader reader = new Reader(group.get(i), i);
                readers.add(reader);
                if (reader.advance()) {
                    heads.add(reader);
                }
            }
            while (!heads.isEmpty()) {
                Reader next = heads.poll();
                sink.accept(next.current());
                if (next.advance()) {
                    heads.add(next);
                }
            }
        } finally {
            for (Reader reader : readers) {
                reader.in.close();
            }
            for (Path run : group) {
                Files.deleteIfExists(run);
            }
        }
    }

    private void write(DataOutputStream out, Keyed keyed) {
        GpEvent event = keyed.event();
        try {
            out.writeInt(keyed.person());
            out.writeLong(event.row());
            out.writeBoolean(event.nhsNumber().isPresent());
            out.writeUTF(event.nhsNumber()
                    .map(NhsNumber::value)
                    .orElseGet(() -> event.personId().orElseThrow()));
            out.writeLong(event.date().toEpochDay());
            out.writeInt(mappingIndex.get(event.mapping()));
            writeOptional(out, event.value().map(BigDecimal::toPlainString));
            writeOptional(out, event.practice().map(OdsCode::value));
            writeOptional(out, event.recordId());
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static void writeOptional(DataOutputStream out, Optional<String> text) throws IOException {
        out.writeBoolean(text.isPresent());
        if (text.isPresent()) {
            out.writeUTF(text.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    /** One run being merged: its next event. */
    private final class Reader {
        final DataInputStream in;
        final int order;

        @Nullable
        Keyed head;

        Reader(Path run, int order) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), BUFFER));
            this.order = order;
        }

        Keyed current() {
            if (head == null) {
                throw new IllegalStateException("the run is read to its end");
            }
            return head;
        }

        /** @return whether there is a next event, now the head */
        boolean advance() throws IOException {
            int person;
            try {
                person = in.readInt();
            } catch (EOFException end) {
                head = null;
                return false;
            }
            long row = in.readLong();
            boolean nhs = in.readBoolean();
            String who = in.readUTF();
            LocalDate date = LocalDate.ofEpochDay(in.readLong());
            CodeMapping mapping = mappings.get(in.readInt());
            Optional<BigDecimal> value = readOptional(in).map(BigDecimal::new);
            Optional<OdsCode> practice = readOptional(in).map(OdsCode::parse);
            Optional<String> recordId = readOptional(in);
            // The values were checked when the row was read; parsing them again cannot fail.
            head = new Keyed(
                    person,
                    new GpEvent(
                            row,
                            nhs ? Optional.of(NhsNumber.parse(who)) : Optional.empty(),
                            nhs ? Optional.empty() : Optional.of(who),
                            date,
                            mapping,
                            value,
                            practice,
                            recordId));
            return true;
        }
    }
}
