package org.socialprescribing.gp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.person.Person;

/**
 * The accounting and grouping shared by both inputs: events are grouped by person (an extract must give each
 * person's rows together; a person seen again after another's rows is reported), each person's events go through
 * the {@link EpisodeRules} when the next person starts, and every row is counted as mapped or reported. Memory: the
 * current person's events and a hash per finished person.
 */
final class ImportSession {

    private final EpisodeRules rules;
    private final GpImportListener listener;
    private final int maxRowsPerPerson;
    private final List<String> unmappedColumns;
    private final PersonKeys finished = new PersonKeys();
    private final Map<GpIssueCode, Long> reportedByCode = new EnumMap<>(GpIssueCode.class);
    private final Map<String, Long> missingItems = new TreeMap<>();
    private final List<GpEvent> current = new ArrayList<>();
    private String currentKey = "";
    private Optional<EpisodeRules.PersonContext> currentPerson = Optional.empty();
    private Optional<EpisodeRules.PersonContext> fixedPerson = Optional.empty();
    private long rowsIn;
    private long rowsMapped;
    private long rowsReported;
    private long persons;
    private long episodes;
    private boolean done;

    ImportSession(EpisodeRules rules, GpImportListener listener, int maxRowsPerPerson, List<String> unmappedColumns) {
        this.rules = rules;
        this.listener = listener;
        this.maxRowsPerPerson = maxRowsPerPerson;
        this.unmappedColumns = List.copyOf(unmappedColumns);
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

    /** A row that passed the row checks. */
    void event(GpEvent event) {
        rowsIn++;
        String key = event.nhsNumber()
                .map(number -> "n" + number.value())
                .orElseGet(() -> "p" + event.personId().orElseThrow());
        if (!key.equals(currentKey)) {
            long hash = PersonKeys.hash(key);
            if (finished.contains(hash)) {
                report(new ReportedRow(
                        event.row(),
                        GpIssueCode.PERSON_NOT_CONTIGUOUS,
                        "the person's rows appeared before, with other persons' rows between; an extract gives each"
                                + " person's rows together (sort it by person)"));
                return;
            }
            flush();
            currentKey = key;
            currentPerson = Optional.of(fixedPerson.orElseGet(() -> new EpisodeRules.PersonContext(
                    Person.builder().nhsNumber(event.nhsNumber()).build(), event.personId(), Optional.empty())));
        }
        if (current.size() >= maxRowsPerPerson) {
            report(new ReportedRow(
                    event.row(),
                    GpIssueCode.PERSON_TOO_MANY_ROWS,
                    "the person already has " + maxRowsPerPerson + " rows, the most one person may have"));
            return;
        }
        current.add(event);
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
        persons++;
        finished.add(PersonKeys.hash(currentKey));
        rowsMapped += rules.assemble(
                current,
                currentPerson.orElseThrow(),
                episode -> {
                    episodes++;
                    for (ValidationIssue issue : episode.completeness().issues()) {
                        missingItems.merge(issue.code().code(), 1L, Long::sum);
                    }
                    listener.episode(episode);
                },
                this::report);
        current.clear();
    }

    ImportSummary finish() {
        checkOpen();
        flush();
        done = true;
        return new ImportSummary(
                rowsIn, rowsMapped, rowsReported, persons, episodes, reportedByCode, missingItems, unmappedColumns);
    }
}
