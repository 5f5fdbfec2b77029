package org.socialprescribing.gp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.person.Person;

/**
 * The accounting and grouping shared by both inputs: events are grouped by person, each person's events go through
 * the {@link EpisodeRules}, and every row is counted as mapped or reported. Two ways to group ({@link PersonOrder}):
 * an extract grouped by person is built person by person as it streams (a person seen again after another's rows is
 * reported); an extract in any order goes through an {@link EventSpill} (an external sort by person number in order
 * of first appearance, then row) and is built when it finishes. Memory: the current person's events (grouped) or the
 * spill's bound (any order), and a {@link PersonKeys} entry per person.
 */
final class ImportSession {

    private final EpisodeRules rules;
    private final GpImportListener listener;
    private final int maxRowsPerPerson;
    private final List<String> unmappedColumns;
    private final @Nullable EventSpill spill;
    private final ToLongFunction<String> hash;
    private final PersonKeys keys = new PersonKeys();
    private final Map<GpIssueCode, Long> reportedByCode = new EnumMap<>(GpIssueCode.class);
    private final Map<String, Long> missingItems = new TreeMap<>();
    private final List<GpEvent> current = new ArrayList<>();
    private String currentKey = "";
    private Optional<EpisodeRules.PersonContext> fixedPerson = Optional.empty();
    private long rowsIn;
    private long rowsMapped;
    private long rowsReported;
    private long persons;
    private long episodes;
    private boolean done;

    /**
     * A session.
     *
     * @param spill the external sort for an extract in any order, or null for one grouped by person
     * @param hash the hash of a person's key ({@link PersonKeys#hash}; tests give one that collides)
     */
    ImportSession(
            EpisodeRules rules,
            GpImportListener listener,
            int maxRowsPerPerson,
            List<String> unmappedColumns,
            @Nullable EventSpill spill,
            ToLongFunction<String> hash) {
        this.hash = hash;
        this.rules = rules;
        this.listener = listener;
        this.maxRowsPerPerson = maxRowsPerPerson;
        this.unmappedColumns = List.copyOf(unmappedColumns);
        this.spill = spill;
    }

    /**
     * Makes every event about one person given whole (a GP Connect record's Patient and practice).
     *
     * @param person the person
     */
    void fixPerson(EpisodeRules.PersonContext person) {
        fixedPerson = Optional.of(person);
    }

    void checkOpen() {
        if (done) {
            throw new IllegalStateException("the import is finished");
        }
    }

    private static String key(GpEvent event) {
        return event.nhsNumber()
                .map(number -> "n" + number.value())
                .orElseGet(() -> "p" + event.personId().orElseThrow());
    }

    /** A row that passed the row checks. */
    void event(GpEvent event) {
        rowsIn++;
        String key = key(event);
        if (spill != null) {
            spill.add(keys.add(hash.applyAsLong(key)), event);
            return;
        }
        if (!key.equals(currentKey)) {
            long hashed = hash.applyAsLong(key);
            if (keys.contains(hashed)) {
                report(new ReportedRow(
                        event.row(),
                        GpIssueCode.PERSON_NOT_CONTIGUOUS,
                        "the person's rows appeared before, with other persons' rows between; an extract read as"
                                + " grouped by person gives each person's rows together (sort it by person, or read"
                                + " it in any order)"));
                return;
            }
            flush();
            currentKey = key;
            keys.add(hashed);
        }
        if (current.size() >= maxRowsPerPerson) {
            tooMany(event);
            return;
        }
        current.add(event);
    }

    private void tooMany(GpEvent event) {
        report(new ReportedRow(
                event.row(),
                GpIssueCode.PERSON_TOO_MANY_ROWS,
                "the person already has " + maxRowsPerPerson + " rows, the most one person may have"));
    }

    /** A row that broke a row check. */
    void reported(ReportedRow row) {
        rowsIn++;
        report(row);
    }

    private void report(ReportedRow row) {
        rowsReported++;
        reportedByCode.merge(row.code(), 1L, Long::sum);
        listener.reported(row);
    }

    private void flush() {
        if (current.isEmpty()) {
            return;
        }
        assemble(current);
        current.clear();
    }

    /** Builds one person's episodes from their events (any order). */
    private void assemble(List<GpEvent> events) {
        GpEvent first = events.get(0);
        persons++;
        rowsMapped += rules.assemble(
                events,
                fixedPerson.orElseGet(() -> new EpisodeRules.PersonContext(
                        Person.builder().nhsNumber(first.nhsNumber()).build(), first.personId(), Optional.empty())),
                episode -> {
                    episodes++;
                    for (ValidationIssue issue : episode.completeness().issues()) {
                        missingItems.merge(issue.code().code(), 1L, Long::sum);
                    }
                    listener.episode(episode);
                },
                this::report);
    }

    ImportSummary finish() {
        checkOpen();
        done = true;
        if (spill == null) {
            flush();
        } else {
            drain(spill);
        }
        return new ImportSummary(
                rowsIn, rowsMapped, rowsReported, persons, episodes, reportedByCode, missingItems, unmappedColumns);
    }

    /**
     * Builds the episodes of an extract in any order: the spill gives the events by person number, then row. Persons
     * whose keys share a hash share a number; they are told apart here by key, in order of first row.
     */
    private void drain(EventSpill events) {
        Map<String, List<GpEvent>> person = new LinkedHashMap<>();
        int[] number = {-1};
        events.drain(keyed -> {
            if (keyed.person() != number[0]) {
                person.values().forEach(this::assemble);
                person.clear();
                number[0] = keyed.person();
            }
            List<GpEvent> rows = person.computeIfAbsent(key(keyed.event()), k -> new ArrayList<>());
            if (rows.size() >= maxRowsPerPerson) {
                tooMany(keyed.event());
            } else {
                rows.add(keyed.event());
            }
        });
        person.values().forEach(this::assemble);
    }

    /** Deletes the temporary files of an import that will not finish. */
    void abandon() {
        done = true;
        if (spill != null) {
            spill.close();
        }
    }
}
