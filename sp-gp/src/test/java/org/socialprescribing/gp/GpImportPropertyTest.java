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
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
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
        GpExtractImport extract = GpExtractImport.builder().today(TODAY).start(ExtractHeader.of(HEADER), out);
        for (int i = 0; i < rows.size(); i++) {
            extract.row(i + 1, rows.get(i));
        }
        ImportSummary summary = extract.finish();
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

    @Property(tries = 40)
    void everyEpisode_mapsToFhirAndBackEqual(@ForAll("streams") List<List<String>> rows) {
        Collected out = new Collected();
        GpExtractImport extract = GpExtractImport.builder().today(TODAY).start(ExtractHeader.of(HEADER), out);
        for (int i = 0; i < rows.size(); i++) {
            extract.row(i + 1, rows.get(i));
        }
        extract.finish();
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
