package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.validation.SpValidator;

/**
 * Random coded-event streams: every row is counted once (rows in = rows mapped + rows reported), every episode is
 * valid and says what the record could not give, and every episode maps to FHIR and back equal. Random tables, headers
 * and GP Connect texts give only {@link GpFormatException}. The streams identify persons by pseudonym or by NHS
 * numbers that fail the modulus 11 check, so no valid NHS number can appear in a falsified sample.
 */
class GpImportPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<String> HEADER =
            List.of("nhs_number", "person_id", "date", "code", "code_system", "value", "practice_ods", "record_id");
    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard();

    @Provide
    Arbitrary<List<List<String>>> streams() {
        Arbitrary<String> person = Arbitraries.of("P1", "P2", "P3", "", "1234567890", "12345", "P\u0001");
        Arbitrary<String> date = Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(0, 2000)
                        .map(days -> LocalDate.of(2022, 1, 1).plusDays(days).toString()),
                Arbitraries.of("", "2099-01-01", "2024-02-30", "yesterday", "2024-03-01T10:00:00Z"));
        Arbitrary<String[]> code = Arbitraries.of(
                new String[] {"871731000000106", "snomed"},
                new String[] {"8T09.", "read2"},
                new String[] {"XaaEC", "ctv3"},
                new String[] {"871711000000103", "SNOMED"},
                new String[] {"718426000", "snomed"},
                new String[] {"718466001", "snomed"},
                new String[] {"720433000", "snomed"},
                new String[] {"445455005", "snomed"},
                new String[] {"99999", "snomed"},
                new String[] {"871731000000106", "icd10"},
                new String[] {"", "snomed"});
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 80).map(String::valueOf),
                Arbitraries.of("", "21.54", "12.5", "abc", "1e3", "7.001"));
        Arbitrary<String> practice = Arbitraries.of("", "A12345", "B23456", "bad!");
        Arbitrary<List<String>> row = Combinators.combine(person, date, code, value, practice, Arbitraries.of("", "R"))
                .as((who, when, coded, number, ods, record) -> {
                    boolean nhs = who.matches("[0-9]+");
                    List<String> cells = new ArrayList<>(
                            List.of(nhs ? who : "", nhs ? "" : who, when, coded[0], coded[1], number, ods, record));
                    return cells;
                });
        // Sorted by person most of the time, as the contract asks; unsorted streams test the contiguity rule.
        return row.list()
                .ofMaxSize(60)
                .flatMap(rows -> Arbitraries.of(true, true, false).map(sorted -> {
                    List<List<String>> copy = new ArrayList<>(rows);
                    if (sorted) {
                        copy.sort((a, b) -> (a.get(0) + a.get(1)).compareTo(b.get(0) + b.get(1)));
                    }
                    return copy;
                }));
    }

    @Property(tries = 150)
    void everyRowIsCounted_andEveryEpisodeIsValidAndSaysWhatIsMissing(@ForAll("streams") List<List<String>> rows) {
        Collected out = new Collected();
        ImportSummary summary = read(rows, out);
        assertThat(summary.rowsIn()).isEqualTo(rows.size());
        assertThat(summary.rowsIn()).isEqualTo(summary.rowsMapped() + summary.rowsReported());
        assertThat(out.reported).hasSize((int) summary.rowsReported());
        assertThat(out.episodes.stream().mapToLong(e -> e.rows().size()).sum()).isEqualTo(summary.rowsMapped());
        for (GpEpisode episode : out.episodes) {
            assertThat(SpValidator.validate(episode.episode()).issues())
                    .noneMatch(issue -> issue.severity() == Severity.ERROR);
            assertThat(episode.completeness().issues()).isNotEmpty();
        }
        assertThat(out.reported).allSatisfy(row -> assertThat(row.message()).isNotBlank());
    }

    /**
     * The episode rules of {@code docs/gp.md}, checked on random streams from the rows themselves: a person's episodes
     * open on strictly later days (a referral on the open episode's day is the same referral); each episode holds
     * only rows dated from its referral up to the next episode's referral, and up to its decline if it has one; it is
     * declined exactly when it holds a decline; each instrument's first measurement is the baseline and later ones
     * reviews; and every row reported for having no open referral lies outside every episode's open span (a decline
     * closes its episode, so a second decline on its day is outside).
     */
    @Property(tries = 150)
    void episodeRules_holdOnRandomStreams(@ForAll("streams") List<List<String>> rows) {
        Collected out = new Collected();
        read(rows, out);
        java.util.Map<String, List<GpEpisode>> byPerson = new java.util.LinkedHashMap<>();
        for (GpEpisode episode : out.episodes) {
            byPerson.computeIfAbsent(person(rows.get((int) (episode.rows().get(0) - 1))), k -> new ArrayList<>())
                    .add(episode);
        }
        for (List<GpEpisode> episodes : byPerson.values()) {
            for (int e = 0; e < episodes.size(); e++) {
                GpEpisode episode = episodes.get(e);
                LocalDate opened = day(rows, episode.rows().get(0));
                LocalDate next = e + 1 < episodes.size()
                        ? day(rows, episodes.get(e + 1).rows().get(0))
                        : null;
                assertThat(episode.episode().referral().referredAt()).contains(EpisodeRules.startOf(opened));
                if (next != null) {
                    assertThat(next).isAfter(opened);
                }
                java.util.Optional<LocalDate> declined = episode.rows().stream()
                        .filter(row -> kind(rows, row) == EventKind.DECLINED)
                        .map(row -> day(rows, row))
                        .findFirst();
                assertThat(episode.episode().status())
                        .isEqualTo(declined.isPresent() ? ReferralStatus.DECLINED : ReferralStatus.RECEIVED);
                for (long row : episode.rows()) {
                    LocalDate day = day(rows, row);
                    assertThat(day).isAfterOrEqualTo(opened);
                    if (next != null) {
                        assertThat(day).isBefore(next);
                    }
                    declined.ifPresent(on -> assertThat(day).isBeforeOrEqualTo(on));
                }
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (OutcomeMeasurement measurement : episode.episode().outcomeMeasurements()) {
                    boolean first = seen.add(measurement.instrumentId().value());
                    assertThat(measurement.timepoint()).isEqualTo(first ? Timepoint.BASELINE : Timepoint.REVIEW);
                    assertThat(measurement.date()).isAfterOrEqualTo(opened);
                }
            }
        }
        for (ReportedRow reported : out.reported) {
            if (reported.code() != GpIssueCode.NO_OPEN_REFERRAL) {
                continue;
            }
            LocalDate day = day(rows, reported.row());
            List<GpEpisode> episodes = byPerson.getOrDefault(person(rows.get((int) (reported.row() - 1))), List.of());
            for (int e = 0; e < episodes.size(); e++) {
                GpEpisode episode = episodes.get(e);
                LocalDate opened = day(rows, episode.rows().get(0));
                java.util.Optional<LocalDate> next = e + 1 < episodes.size()
                        ? java.util.Optional.of(
                                day(rows, episodes.get(e + 1).rows().get(0)))
                        : java.util.Optional.empty();
                java.util.Optional<LocalDate> declined = episode.episode()
                        .journey()
                        .firstEntered(ReferralStatus.DECLINED)
                        .map(at -> at.atZone(java.time.ZoneOffset.UTC).toLocalDate());
                // Open from its referral up to the next episode's referral, and up to its decline if it has one. The
                // decline closes it: a second decline on the same day finds no open referral (a day's declines sort
                // after its other rows, which still attach).
                boolean secondDecline = kind(rows, reported.row()) == EventKind.DECLINED;
                boolean inside = !day.isBefore(opened)
                        && next.map(day::isBefore).orElse(true)
                        && declined.map(on -> day.isBefore(on) || (day.equals(on) && !secondDecline))
                                .orElse(true);
                assertThat(inside)
                        .as("row %s reported with no open referral", reported.row())
                        .isFalse();
            }
        }
    }

    /** Reads the rows as an extract, numbered from 1, into {@code out}. */
    private static ImportSummary read(List<List<String>> rows, Collected out) {
        GpExtractImport extract = GpExtractImport.builder().today(TODAY).start(ExtractHeader.of(HEADER), out);
        for (int i = 0; i < rows.size(); i++) {
            extract.row(i + 1, rows.get(i));
        }
        return extract.finish();
    }

    private static String person(List<String> cells) {
        return cells.get(0).isEmpty() ? "p" + cells.get(1) : "n" + cells.get(0);
    }

    private static LocalDate day(List<List<String>> rows, long row) {
        return RowReader.parseDate(rows.get((int) (row - 1)).get(2).strip()).orElseThrow();
    }

    private static EventKind kind(List<List<String>> rows, long row) {
        List<String> cells = rows.get((int) (row - 1));
        return CodeTable.standard()
                .lookup(
                        GpCodeSystem.fromCode(cells.get(4)).orElseThrow(),
                        cells.get(3).strip())
                .orElseThrow()
                .kind();
    }

    /** A person's rows in another order, with their row numbers, give the same episodes (rule: any date order). */
    @Property(tries = 100)
    void aPersonsRowsInAnotherOrder_giveTheSameEpisodes(
            @ForAll("streams") List<List<String>> rows, @ForAll java.util.Random random) {
        List<Long> numbers = new ArrayList<>();
        for (long i = 1; i <= rows.size(); i++) {
            numbers.add(i);
        }
        List<Long> shuffled = new ArrayList<>(numbers);
        java.util.Collections.shuffle(shuffled, random);
        Collected inOrder = new Collected();
        Collected reordered = new Collected();
        for (Object[] run : List.of(new Object[] {numbers, inOrder}, new Object[] {shuffled, reordered})) {
            @SuppressWarnings("unchecked")
            List<Long> order = (List<Long>) run[0];
            GpExtractImport extract =
                    GpExtractImport.builder().today(TODAY).start(ExtractHeader.of(HEADER), (Collected) run[1]);
            order.forEach(row -> extract.row(row, rows.get((int) (row - 1))));
            extract.finish();
        }
        // Persons come in order of first appearance, which a shuffle changes: compare each person's episodes.
        java.util.Comparator<GpEpisode> byFirstRow =
                java.util.Comparator.comparing(e -> e.rows().get(0));
        List<GpEpisode> expected = new ArrayList<>(inOrder.episodes);
        List<GpEpisode> actual = new ArrayList<>(reordered.episodes);
        expected.sort(byFirstRow);
        actual.sort(byFirstRow);
        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 40)
    void everyEpisode_mapsToFhirAndBackEqual(@ForAll("streams") List<List<String>> rows) {
        Collected out = new Collected();
        read(rows, out);
        for (GpEpisode episode : out.episodes) {
            SocialPrescribingEpisode back =
                    BUNDLES.toEpisode(BUNDLES.toTransaction(episode.episode())).value();
            assertThat(back).isEqualTo(episode.episode());
        }
    }

    @Property(tries = 200)
    void randomRows_neverThrow(@ForAll @Size(max = 12) List<@Size(max = 20) String> cells) {
        Collected out = new Collected();
        GpExtractImport extract = GpExtractImport.builder().today(TODAY).start(ExtractHeader.of(HEADER), out);
        assertThatCode(() -> extract.row(1, cells)).doesNotThrowAnyException();
        assertThat(extract.finish().rowsIn()).isEqualTo(1);
    }

    @Property(tries = 200)
    void randomHeaders_giveAHeaderOrGpFormatException(@ForAll @Size(max = 12) List<String> names) {
        try {
            assertThat(ExtractHeader.of(names).names()).hasSize(names.size());
        } catch (GpFormatException expected) {
            assertThat(expected.getMessage()).startsWith("header");
        }
    }

    @Property(tries = 200)
    void randomTables_giveATableOrGpFormatException(@ForAll("tableTexts") String text) {
        try {
            CodeTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), InputLimits.defaults());
        } catch (GpFormatException expected) {
            assertThat(expected.field()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> tableTexts() {
        Arbitrary<String> field = Arbitraries.of(
                "\"system\":\"snomed\"",
                "\"system\":\"icd\"",
                "\"code\":\"1\"",
                "\"code\":\" \"",
                "\"display\":\"d\"",
                "\"kind\":\"score\"",
                "\"kind\":\"referral\"",
                "\"kind\":7",
                "\"instrument\":\"wemwbs\"",
                "\"instrument\":\"Bad\"",
                "\"min\":1",
                "\"max\":0",
                "\"max\":\"x\"",
                "\"decimals\":9",
                "\"component\":\"total\"",
                "\"source\":\"s\"",
                "\"other\":1");
        Arbitrary<String> row = field.list().ofMaxSize(9).map(fields -> "{" + String.join(",", fields) + "}");
        return Arbitraries.oneOf(
                row.list()
                        .ofMaxSize(3)
                        .map(rows -> "{\"table\":\"t\",\"version\":\"1\",\"rows\":[" + String.join(",", rows) + "]}"),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 100)
    void randomConnectTexts_giveOnlyGpFormatException(@ForAll("connectTexts") String text) {
        try {
            GpConnectImport.standard().withToday(TODAY).read(text, new Collected());
        } catch (GpFormatException expected) {
            assertThat(expected.field()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> connectTexts() {
        Arbitrary<String> resource = Arbitraries.of(
                "{\"resourceType\":\"Patient\",\"id\":\"p\"}",
                "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"123\"}]}",
                "{\"resourceType\":\"ReferralRequest\",\"status\":\"unknown\",\"intent\":\"order\",\"subject\":{\"reference\":\"Patient/p\"},\"reasonCode\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"871731000000106\"}]}]}",
                "{\"resourceType\":\"ReferralRequest\",\"authoredOn\":\"2024-01-01\",\"reasonCode\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"871731000000106\"}]}]}",
                "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"718426000\"}]},\"effectiveDateTime\":\"2024-02-01\",\"valueQuantity\":{\"value\":99}}",
                "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"718466001\"}]},\"issued\":\"2024-02-01T00:00:00Z\",\"valueQuantity\":{\"value\":21.5}}",
                "{\"resourceType\":\"Organization\",\"id\":\"o\",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/ods-organization-code\",\"value\":\"!\"}]}",
                "{\"resourceType\":\"List\"}",
                "{}",
                "7");
        Arbitrary<String> bundle = resource.list().ofMaxSize(6).map(list -> {
            StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
            for (int i = 0; i < list.size(); i++) {
                json.append(i == 0 ? "" : ",")
                        .append("{\"resource\":")
                        .append(list.get(i))
                        .append('}');
            }
            return json.append("]}").toString();
        });
        return Arbitraries.oneOf(bundle, Arbitraries.strings().ofMaxLength(30));
    }
}
