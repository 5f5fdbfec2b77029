package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreStatus;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Golden tests on GP Connect Access Record: Structured responses: the specification's own examples (1.6.2) and the
 * SDK's synthetic social prescribing record.
 */
class GpConnectImportTest {

    private static final GpConnectImport IMPORT = GpConnectImport.standard().withToday(LocalDate.of(2026, 12, 7));

    @Test
    void specificationReferralsExample_hasNoSocialPrescribingReferral_andReportsBothReferrals() {
        Collected out = new Collected();
        ConnectResult result = IMPORT.parse(TestFiles.read("third-party/gpconnect/referrals_response1.json"), out);
        // Entries 2 and 3 are ReferralRequests for physiotherapy (308447003) and counselling (308448008).
        assertThat(out.episodes).isEmpty();
        assertThat(out.reportedCodes()).containsExactly("2:gp.code.unknown", "3:gp.code.unknown");
        assertThat(out.reported.get(0).message()).contains("snomed 308447003");
        assertThat(result.summary().rowsIn()).isEqualTo(2);
        assertThat(result.summary().rowsReported()).isEqualTo(2);
        // The example's NHS number is ten identical digits, which the SDK never accepts: a note, not a failure.
        assertThat(result.notes()).extracting(ValidationIssue::code).contains(GpIssueCode.CONNECT_NHS_NUMBER);
    }

    @Test
    void specificationUncategorisedExample_reportsEachObservation() {
        Collected out = new Collected();
        ConnectResult result = IMPORT.parse(TestFiles.read("third-party/gpconnect/uncategorised_response1.json"), out);
        // Temperature 703421000, oxygen saturation 1097811000000106 and respiration rate " 86290005" (sic).
        assertThat(out.episodes).isEmpty();
        assertThat(result.summary().rowsIn()).isEqualTo(3);
        assertThat(out.reported).allMatch(row -> row.code() == GpIssueCode.CODE_UNKNOWN);
        assertThat(out.reported.get(2).message()).contains("snomed 86290005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uncategorised_response2.json", "uncategorised_response3.json"})
    void specificationExamplesWithoutEvents_giveNoRows(String file) {
        Collected out = new Collected();
        ConnectResult result = IMPORT.parse(TestFiles.read("third-party/gpconnect/" + file), out);
        assertThat(result.summary().rowsIn()).isZero();
        assertThat(out.episodes).isEmpty();
    }

    @Test
    void syntheticRecord_givesOneEpisode_withTheReferralScoresAndDecline() {
        Collected out = new Collected();
        ConnectResult result = IMPORT.parse(TestFiles.read("gpconnect/social-prescribing-record.json"), out);
        assertThat(result.summary().rowsIn()).isEqualTo(5);
        assertThat(result.summary().rowsMapped()).isEqualTo(4);
        assertThat(out.reportedCodes()).containsExactly("5:gp.code.unknown");
        assertThat(out.episodes).hasSize(1);
        SocialPrescribingEpisode episode = out.episodes.get(0).episode();
        assertThat(episode.person().nhsNumber()).isPresent();
        assertThat(episode.person().birthDate()).contains(LocalDate.of(1960, 2, 29));
        assertThat(episode.registeredPractice()
                        .orElseThrow()
                        .practice()
                        .odsCode()
                        .value())
                .isEqualTo("A12345");
        assertThat(episode.registeredPractice().orElseThrow().practice().name()).contains("Synthetic Practice");
        assertThat(episode.referral().referralId()).contains("000000000001");
        assertThat(episode.referral().source()).contains(ReferralSource.GP);
        assertThat(episode.referral().referredAt().orElseThrow().toString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(episode.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(episode.outcomeMeasurements()).hasSize(2);
        OutcomeMeasurement swemwbs = episode.outcomeMeasurements().get(0);
        assertThat(swemwbs.instrumentId().value()).isEqualTo("swemwbs");
        assertThat(swemwbs.timepoint()).isEqualTo(Timepoint.BASELINE);
        assertThat(swemwbs.answers()).isEmpty();
        assertThat(swemwbs.score().orElseThrow().status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(swemwbs.score().orElseThrow().components()).isEmpty();
        assertThat(swemwbs.score().orElseThrow().suppliedBy()).contains("GP record A12345");
        assertThat(swemwbs.score().orElseThrow().messages()).singleElement().satisfies(message -> {
            assertThat(message.code()).isEqualTo("gp.score.scale-not-stated");
            assertThat(message.text()).contains("21").contains("raw or the converted (metric)");
        });
        OutcomeMeasurement wemwbs = episode.outcomeMeasurements().get(1);
        assertThat(wemwbs.score().orElseThrow().status()).isEqualTo(ScoreStatus.SCORED);
        assertThat(wemwbs.score().orElseThrow().component("total").orElseThrow().value())
                .isEqualByComparingTo(BigDecimal.valueOf(45));
        assertThat(wemwbs.date()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(out.episodes.get(0).rows()).containsExactly(3L, 4L, 6L, 7L);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "third-party/gpconnect/referrals_response1.json",
                "third-party/gpconnect/uncategorised_response1.json",
                "third-party/gpconnect/uncategorised_response2.json",
                "third-party/gpconnect/uncategorised_response3.json",
                "gpconnect/social-prescribing-record.json"
            })
    void everyEntry_isReadAsARow_ThePatient_ThePractice_orNotedAsNotRead(String file) throws Exception {
        String json = TestFiles.read(file);
        int entries = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json)
                .path("entry")
                .size();
        Collected out = new Collected();
        ConnectResult result = IMPORT.parse(json, out);
        List<ValidationIssue> notRead = result.notes().stream()
                .filter(note -> note.code() == GpIssueCode.CONNECT_RESOURCE_NOT_READ)
                .collect(Collectors.toList());
        long practice = out.episodes.isEmpty()
                ? (result.notes().stream().anyMatch(n -> n.code() == GpIssueCode.CONNECT_NHS_NUMBER) ? 1 : 0)
                : out.episodes.get(0).episode().registeredPractice().isPresent() ? 1 : 0;
        assertThat(result.summary().rowsIn() + notRead.size() + 1 + practice)
                .as("rows, notes, the Patient and the practice of %s", file)
                .isEqualTo(entries);
        assertThat(notRead).allSatisfy(note -> {
            assertThat(note.path()).matches("Bundle\\.entry\\[[0-9]+\\]\\.resource");
            assertThat(note.message()).contains(" not read: ");
        });
    }

    @Test
    void unknownElements_areNotedNotDroppedSilently() {
        Collected out = new Collected();
        ConnectResult result = IMPORT.parse(
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                        + "{\"resourceType\":\"Patient\",\"id\":\"p\",\"favouriteColour\":\"blue\"}},"
                        + "{\"resource\":{\"resourceType\":\"Practitioner\",\"id\":\"d1\"}}]}",
                out);
        assertThat(result.notes())
                .filteredOn(note -> note.code() == GpIssueCode.CONNECT_CONTENT_DROPPED)
                .singleElement()
                .satisfies(note ->
                        assertThat(note.message()).contains("favouriteColour").doesNotContain("blue"));
        assertThat(result.notes())
                .filteredOn(note -> note.code() == GpIssueCode.CONNECT_RESOURCE_NOT_READ)
                .singleElement()
                .satisfies(note -> {
                    assertThat(note.path()).isEqualTo("Bundle.entry[1].resource");
                    assertThat(note.message()).startsWith("Practitioner/d1 not read");
                });
    }

    @Test
    void aBadStu3Parse_namesTheProblem() {
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> IMPORT.parse(
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                                + "{\"resourceType\":\"NoSuchResource\"}}]}",
                        new Collected()))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("input");
                    assertThat(e.rule()).startsWith("is not a FHIR STU3 resource HAPI can read: ");
                    assertThat(e.rule()).contains("NoSuchResource");
                });
    }

    @Test
    void notABundle_isAFormatError() {
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> IMPORT.parse("{\"resourceType\":\"Patient\"}", new Collected()))
                .withMessageContaining("must be Bundle");
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(
                        () -> IMPORT.parse("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}", new Collected()))
                .withMessageContaining("has no Patient");
        assertThatExceptionOfType(GpFormatException.class)
                .isThrownBy(() -> IMPORT.parse("not json", new Collected()))
                .withMessageContaining("not JSON");
    }
}
