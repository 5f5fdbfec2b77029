package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extracts in any order ({@link PersonOrder#ANY}): the external sort gives the same episodes, in the same order, and
 * the same reported rows as the same rows grouped by person and read as {@link PersonOrder#GROUPED}, whatever the
 * run size (one run in memory, many runs on disk, more runs than one merge takes); its temporary files are gone
 * when the import finishes or is closed. Persons are pseudonyms or NHS numbers failing the modulus 11 check.
 */
class GpExtractAnyOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<String> HEADER =
            List.of("nhs_number", "person_id", "date", "code", "code_system", "value", "practice_ods", "record_id");
    /** The codes a row check reports; the others (no open referral, too many rows) come from the episode rules. */
    private static final Set<GpIssueCode> EPISODE_RULE_CODES =
            Set.of(GpIssueCode.NO_OPEN_REFERRAL, GpIssueCode.PERSON_TOO_MANY_ROWS);

    @TempDir
    Path temp;

    @Provide
    Arbitrary<List<List<String>>> shuffled() {
        Arbitrary<String> person = Arbitraries.of("P1", "P2", "P3", "P4", "", "1234567890", "P\u0001");
        Arbitrary<String> date = Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(0, 400)
                        .map(days -> LocalDate.of(2024, 1, 1).plusDays(days).toString()),
                Arbitraries.of("", "2099-01-01", "2024-02-30"));
        Arbitrary<String[]> code = Arbitraries.of(
                new String[] {"871731000000106", "snomed"},
                new String[] {"8T09.", "read2"},
                new String[] {"871711000000103", "snomed"},
                new String[] {"1362931000000106", "snomed"},
                new String[] {"718426000", "snomed"},
                new String[] {"718466001", "snomed"},
                new String[] {"99999", "snomed"});
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().between(5, 72).map(String::valueOf), Arbitraries.of("", "21.54", "x"));
        return Combinators.combine(person, date, code, value, Arbitraries.of("", "A12345", "bad!"))
                .as((who, when, coded, number, ods) -> {
                    boolean nhs = who.matches("[0-9]+");
                    return List.of(nhs ? who : "", nhs ? "" : who, when, coded[0], coded[1], number, ods, "");
                })
                .list()
                .ofMaxSize(80);
    }

    @Property(tries = 120)
    void anyOrder_givesWhatTheSameRowsGroupedByPersonGive(
            @ForAll("shuffled") List<List<String>> rows, @ForAll @IntRange(min = 1, max = 9) int runSize)
            throws IOException {
        Path directory = Files.createTempDirectory("sp-gp-any");
        try {
            Collected any = read(rows, builder().temporaryDirectory(directory).runSize(runSize));
            assertThat(list(directory)).as("no temporary file is left").isEmpty();

            // The same rows, with their row numbers, persons grouped in order of their first row that passes the
            // row checks; the rows a row check reports keep their place at the end.
            Set<Long> rowCheckReported = any.reported.stream()
                    .filter(r -> !EPISODE_RULE_CODES.contains(r.code()))
                    .map(ReportedRow::row)
                    .collect(Collectors.toSet());
            Map<String, List<Long>> byPerson = new LinkedHashMap<>();
            List<Long> rest = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                long row = i + 1L;
                if (rowCheckReported.contains(row)) {
                    rest.add(row);
                } else {
                    List<String> cells = rows.get(i);
                    String key = cells.get(0).isEmpty() ? "p" + cells.get(1) : "n" + cells.get(0);
                    byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                }
            }
            Collected grouped = new Collected();
            GpExtractImport extract = builder().order(PersonOrder.GROUPED).start(ExtractHeader.of(HEADER), grouped);
            Stream.concat(byPerson.values().stream().flatMap(List::stream), rest.stream())
                    .forEach(row -> extract.row(row, rows.get((int) (row - 1))));
            extract.finish();

            assertThat(any.episodes).isEqualTo(grouped.episodes);
            assertThat(sorted(any.reportedCodes())).isEqualTo(sorted(grouped.reportedCodes()));
        } finally {
            try (Stream<Path> left = Files.list(directory)) {
                for (Path file : (Iterable<Path>) left::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    /** Persons whose keys share a hash share a number in the sort: they are told apart by key, never merged. */
    @Property(tries = 60)
    void personsWhoseHashesCollide_areNeverMerged(
            @ForAll("shuffled") List<List<String>> rows, @ForAll @IntRange(min = 1, max = 9) int runSize)
            throws IOException {
        Path directory = Files.createTempDirectory("sp-gp-collide");
        try {
            Collected normal =
                    read(rows, builder().temporaryDirectory(directory).runSize(runSize));
            Collected colliding = read(
                    rows,
                    builder().temporaryDirectory(directory).runSize(runSize).personHash(key -> 42L));
            assertThat(colliding.episodes).isEqualTo(normal.episodes);
            assertThat(sorted(colliding.reportedCodes())).isEqualTo(sorted(normal.reportedCodes()));
        } finally {
            Files.delete(directory);
        }
    }

    @Test
    void moreRunsThanOneMergeTakes_giveEveryPersonsEpisodesInOrderOfFirstAppearance() throws IOException {
        // 400 persons of 5 rows each, shuffled; runs of 7 events make 286 runs, merged 64 at a time.
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            rows.add(row("P" + p, "2024-03-01", "871731000000106", ""));
            rows.add(row("P" + p, "2024-03-01", "718466001", "21"));
            rows.add(row("P" + p, "2024-04-01", "718426000", "44"));
            rows.add(row("P" + p, "2024-05-01", "1362931000000106", ""));
            rows.add(row("P" + p, "2024-09-01", "718426000", "52"));
        }
        Collections.shuffle(rows, new Random(13));
        Collected out = read(rows, builder().temporaryDirectory(temp).runSize(7));

        assertThat(out.reported).isEmpty();
        assertThat(out.episodes).hasSize(400);
        List<String> firstAppearance =
                rows.stream().map(cells -> cells.get(1) + "/1").distinct().collect(Collectors.toList());
        assertThat(out.episodes)
                .extracting(e -> e.episode().episodeId().orElseThrow())
                .containsExactlyElementsOf(firstAppearance);
        assertThat(out.episodes).allSatisfy(e -> {
            assertThat(e.rows()).hasSize(5);
            assertThat(e.episode().outcomeMeasurements()).hasSize(3);
            assertThat(e.episode().contacts()).hasSize(1);
        });
        assertThat(list(temp)).isEmpty();
    }

    @Test
    void aClosedImport_leavesNoTemporaryFile() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row("P" + i % 7, "2024-03-01", "871731000000106", ""));
        }
        try (GpExtractImport extract =
                builder().temporaryDirectory(temp).runSize(5).start(ExtractHeader.of(HEADER), new Collected())) {
            for (int i = 0; i < rows.size(); i++) {
                extract.row(i + 1L, rows.get(i));
            }
            assertThat(list(temp)).hasSize(10);
        }
        assertThat(list(temp)).isEmpty();
    }

    @Test
    void aTemporaryDirectoryThatIsNoDirectory_isRefused() {
        org.assertj.core.api.Assertions.assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> builder().temporaryDirectory(temp.resolve("absent")))
                .satisfies(e -> assertThat(e.field()).isEqualTo("temporaryDirectory"));
    }

    private static GpExtractImport.Builder builder() {
        return GpExtractImport.builder().today(TODAY);
    }

    private static List<String> row(String person, String date, String code, String value) {
        return List.of("", person, date, code, "snomed", value, "A12345", "");
    }

    private static Collected read(List<List<String>> rows, GpExtractImport.Builder builder) {
        Collected out = new Collected();
        GpExtractImport extract = builder.start(ExtractHeader.of(HEADER), out);
        for (int i = 0; i < rows.size(); i++) {
            extract.row(i + 1L, rows.get(i));
        }
        extract.finish();
        return out;
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toList());
        }
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }
}
