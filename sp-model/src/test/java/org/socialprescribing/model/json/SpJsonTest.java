package org.socialprescribing.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.EpisodeFixtures;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceFixtures;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.SpValidator;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.ReportedCaseload;

class SpJsonTest {

    private static final SocialPrescribingEpisode EPISODE = EpisodeFixtures.episode();
    private static final String JSON = SpJson.write(EPISODE);

    @Test
    void episode_roundTripsToAnEqualValue() {
        assertThat(SpJson.parseEpisode(JSON)).isEqualTo(EPISODE);
    }

    @Test
    void format_usesIsoDatesLowerCaseCodesAndStringIdentifiers() {
        assertThat(JSON)
                .contains("\"nhsNumber\":\"9434765919\"")
                .contains("\"odsCode\":\"G81086\"")
                .contains("\"at\":\"2025-03-03T09:30:00Z\"")
                .contains("\"date\":\"2025-03-18\"")
                .contains("\"when\":\"2025-03\"")
                .contains("\"to\":\"onward_referred\"")
                .contains("\"source\":\"gp\"")
                .contains("\"noKnownRisks\":true")
                .doesNotContain("null", "\"specialist\"", "\"snomed\"");
    }

    @Test
    void service_roundTripsWithLowerCaseDays() {
        Service service = ServiceFixtures.gardening();
        String json = SpJson.write(service);
        assertThat(json).contains("\"daysOfWeek\":[\"tuesday\"]", "\"currency\":\"GBP\"", "\"in_person\"");
        assertThat(SpJson.parse(json, Service.class)).isEqualTo(service);
        assertThat(DeliveryMode.IN_PERSON.code()).isEqualTo("in_person");
    }

    static Stream<Arguments> otherValues() {
        OdsCode practice = OdsCode.parse("G81086");
        return Stream.of(
                Arguments.of(
                        PrimaryCareNetwork.class,
                        PrimaryCareNetwork.builder()
                                .odsCode(OdsCode.parse("U12345"))
                                .name("North PCN")
                                .addMemberPractice(GpPractice.of(practice))
                                .icbOdsCode(OdsCode.parse("QNQ"))
                                .build()),
                Arguments.of(
                        LinkWorkerRole.class,
                        LinkWorkerRole.builder()
                                .employer(OrganisationRef.named("Age UK Lambeth"))
                                .employmentModel(EmploymentModel.DIRECT_CONTRACT)
                                .fte(new BigDecimal("0.60"))
                                .addPopulationFocus(CodedText.ofText("Young people"))
                                .addPcnsServed(OdsCode.parse("U12345"))
                                .reportedCaseload(
                                        ReportedCaseload.of(120, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)))
                                .build()),
                Arguments.of(IntegratedCareBoard.class, IntegratedCareBoard.of(OdsCode.parse("QNQ"), "Frimley ICB")),
                Arguments.of(LocalAuthority.class, LocalAuthority.named("Lambeth")),
                Arguments.of(Service.class, ServiceFixtures.gardening()));
    }

    @ParameterizedTest
    @MethodSource("otherValues")
    void otherTypes_roundTripToEqualValues(Class<?> type, Object value) {
        assertThat(SpJson.parse(SpJson.write(value), type)).isEqualTo(value);
    }

    static Stream<Arguments> badEpisodes() {
        return Stream.of(
                Arguments.of(
                        JSON.replace("\"source\":\"gp\"", "\"source\":\"GP\""),
                        "$.referral.source",
                        "json.invalid-format",
                        "is not a valid ReferralSource"),
                Arguments.of(
                        JSON.replace("\"episodeId\":\"EP-1\"", "\"episodeId\":\"EP-1\",\"extra\":1"),
                        "$.extra",
                        "json.unknown-property",
                        "is not a property of SocialPrescribingEpisode"),
                Arguments.of(
                        JSON.replace("\"referralId\":\"REF-001\",", "\"referralId\":\"REF-001\",\"referralId\":\"x\","),
                        "$.referral",
                        "json.duplicate-property",
                        "repeats the property 'referralId'"),
                Arguments.of(
                        JSON.replace("\"nhsNumber\":\"9434765919\"", "\"nhsNumber\":\"9434765918\""),
                        "$.person.nhsNumber",
                        "nhs-number.check-digit",
                        "check"),
                Arguments.of(
                        JSON.replace("\"confidence\":6", "\"confidence\":6.5"),
                        "$.supportPlan.needs[0].goals[0].confidence",
                        "json.invalid-format",
                        "is not a valid Integer"),
                Arguments.of(
                        JSON.replace("\"confidence\":6", "\"confidence\":11"),
                        "$.supportPlan.needs[0].goals[0]",
                        "json.invalid-value",
                        "goal.confidence: must be between 1 and 10"),
                Arguments.of(
                        JSON.replace("\"temporary\":false", "\"temporary\":null"),
                        "$.gpRegistrations[0].temporary",
                        "json.wrong-type",
                        "wrong JSON type"),
                Arguments.of(
                        JSON.replace(
                                "{\"from\":\"received\",\"to\":\"accepted\"",
                                "{\"from\":\"received\",\"to\":\"completed\""),
                        "$.journey",
                        "json.invalid-value",
                        "cannot move from 'received' to 'completed'"),
                Arguments.of(
                        JSON.replaceFirst("\"journey\":\\{\"events\":\\[.*?\\]\\},", ""),
                        "$",
                        "json.missing-property",
                        "journey"),
                Arguments.of(
                        JSON.replace("\"at\":\"2025-03-03T09:30:00Z\"", "\"at\":\"yesterday\""),
                        "$.journey.events[0].at",
                        "json.invalid-format",
                        "is not a valid Instant"),
                Arguments.of(
                        JSON.substring(0, JSON.length() - 1), "$.outcomeMeasurements", "json.malformed", "well-formed"),
                Arguments.of(JSON + " {}", "$", "json.trailing-content", "content after"),
                Arguments.of("", "$", "json.empty", "is empty"),
                Arguments.of("null", "$", "json.wrong-type", "not null"),
                Arguments.of("[]", "$", "json.wrong-type", "wrong JSON type"));
    }

    @ParameterizedTest
    @MethodSource("badEpisodes")
    void readEpisode_namesThePathAndCodeOfEachProblem(String json, String path, String code, String rule) {
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parseEpisode(json))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo(path);
                    assertThat(e.code().code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(rule).doesNotContain("Smithson", "Joan", "9434765918");
                });
    }

    @Test
    void readEpisode_withoutMandatoryItems_succeeds_andValidationSaysWhatIsMissing() {
        String withoutRisks = JSON.replace("\"risks\":{\"noKnownRisks\":true,\"entries\":[]},", "")
                .replace("\"nhsNumber\":\"9434765919\",", "")
                .replace("\"source\":\"gp\",", "");
        assertThat(withoutRisks).doesNotContain("\"risks\"", "\"nhsNumber\"", "\"source\"");

        SocialPrescribingEpisode episode = SpJson.parseEpisode(withoutRisks);

        assertThat(episode.risks()).isEmpty();
        assertThat(SpValidator.validate(episode).isEmpty()).isTrue();
        assertThat(SpValidator.validate(episode, CompleteForNationalDataset.class)
                        .issues())
                .extracting(ValidationIssue::path, issue -> issue.code().code())
                .contains(
                        tuple("risks", "episode.risks.missing"),
                        tuple("person.nhsNumber", "person.nhs-number.missing"),
                        tuple("referral.source", "referral.source.missing"));
        assertThat(SpJson.parseEpisode(SpJson.write(episode))).isEqualTo(episode);
    }

    @Test
    void read_rejectsNullText() {
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parse(null, CodedConcept.class))
                .withMessage("$: is mandatory");
    }

    @Test
    void mapper_isAnIndependentCopy() {
        assertThat(SpJson.mapper()).isNotSameAs(SpJson.mapper());
        assertThat(SpJson.mapper()
                        .isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .isTrue();
        assertThat(SpJson.mapper()
                        .isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES))
                .isTrue();
    }

    // Round trips of random episodes: sp-testkit's SpJsonPropertiesTest (the generators depend on this module).

    @Property(tries = 300)
    void randomText_givesAnEpisodeOrOnlyInvalidJson(@ForAll String text) {
        assertThatExceptionOfType(InvalidJsonException.class).isThrownBy(() -> SpJson.parseEpisode(text));
    }

    /** Valid JSON with one character deleted or replaced: either still a valid episode or the documented error. */
    @Property(tries = 300)
    void mutatedEpisodes_giveAnEpisodeOrOnlyInvalidJson(
            @ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll("noise") String replacement) {
        int at = position % JSON.length();
        String mutated = JSON.substring(0, at) + replacement + JSON.substring(at + 1);
        try {
            assertThat(SpJson.parseEpisode(mutated)).isNotNull();
        } catch (InvalidJsonException expected) {
            assertThat(expected.field()).startsWith("$");
        }
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "{", "}", "[", "]", ",", ":", "\"", "null", "0", "-1", "1e999", "true", "\\u0000"),
                Arbitraries.strings().ofMaxLength(3));
    }

    /** Random JSON values in any place of the document's first level give only the documented error. */
    @Property(tries = 200)
    void randomJsonValues_forEveryTopLevelProperty_giveOnlyInvalidJson(
            @ForAll("topLevelProperties") String property, @ForAll("jsonValues") String value) {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) readTree(JSON);
        tree.set(property, readTree(value));
        try {
            SpJson.parseEpisode(tree.toString());
        } catch (InvalidJsonException expected) {
            assertThat(expected.field()).startsWith("$");
        }
    }

    @Provide
    Arbitrary<String> topLevelProperties() {
        List<String> names = new ArrayList<>();
        readTree(JSON).fieldNames().forEachRemaining(names::add);
        return Arbitraries.of(names);
    }

    @Provide
    Arbitrary<String> jsonValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "null", "true", "0", "-7", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"a\":1}", "[{}]"),
                Arbitraries.strings().alpha().ofMaxLength(8).map(s -> "\"" + s + "\""));
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return SpJson.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
