package org.socialprescribing.measures.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.Risks;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.AgeBand;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.workforce.ProfessionalRef;

class ResearchExtractTest {

    private static final String NHS_NUMBER = "9990000018";
    private static final Instant RECEIVED = Instant.parse("2025-03-03T09:30:00Z");
    private static final ProfessionalRef LINK_WORKER =
            ProfessionalRef.builder().name("Sam Link").build();
    private static final List<AgeBand> BANDS = List.of(AgeBand.of(0, 64), AgeBand.atLeast(65));

    private static final ResearchExtract EXTRACT = ResearchExtract.of(
            Pseudonymiser.of(PseudonymKey.of("social-prescribing-sdk-test-key-0001".getBytes(StandardCharsets.UTF_8))),
            InstrumentRegistry.standard(),
            BANDS);

    private static OutcomeMeasurement measurement(
            String instrument, Timepoint when, LocalDate date, Map<String, String> answers) {
        return OutcomeMeasurement.builder()
                .instrumentId(InstrumentId.of(instrument))
                .instrumentVersion("1")
                .timepoint(when)
                .date(date)
                .collector(Collector.LINK_WORKER)
                .putAllAnswers(answers)
                .build();
    }

    static SocialPrescribingEpisode episode() {
        Person person = Person.builder()
                .nhsNumber(NhsNumber.parse(NHS_NUMBER))
                .name(PersonName.of("Smithson", "Joan"))
                .birthDate(LocalDate.of(1960, 5, 17))
                .postcode(Postcode.parse("EC1A 1BB"))
                .ethnicCategory(EthnicCategory.WHITE_IRISH)
                .imdDecile(ImdDecile.of(DeprivationIndex.IOD2019, 3))
                .build();
        Referral referral = Referral.builder()
                .referrer(Referrer.builder()
                        .name("Dr Asha Patel")
                        .service(CodedText.ofText("General practice"))
                        .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                        .contact("01234 567890")
                        .build())
                .source(ReferralSource.GP)
                .referredAt(RECEIVED)
                .addPresentingNeed(CodedText.ofText("Loneliness since bereavement"))
                .referredTo(ProfessionalRef.builder()
                        .service(CodedText.of(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE))
                        .organisation(OrganisationRef.named("Together Co"))
                        .build())
                .build();
        OnwardReferral onward = OnwardReferral.builder()
                .id("OR-1")
                .to(ProfessionalRef.builder().team("Green Gym").build())
                .addCategory(ServiceCategory.GARDENING_AND_NATURE)
                .addHistory(OnwardReferral.sent(RECEIVED.plusSeconds(86_400), LINK_WORKER))
                .build();
        return SocialPrescribingEpisode.builder()
                .person(person)
                .addGpRegistration(GpRegistration.at(GpPractice.of(OdsCode.parse("G81086"))))
                .referral(referral)
                .journey(ReferralJourney.received(RECEIVED, LINK_WORKER)
                        .transitionTo(ReferralStatus.ACCEPTED, RECEIVED.plusSeconds(3600), LINK_WORKER))
                .risks(Risks.noneKnown())
                .addOnwardReferrals(onward)
                .addOutcomeMeasurements(
                        measurement(
                                "swemwbs",
                                Timepoint.BASELINE,
                                LocalDate.of(2025, 3, 4),
                                Map.of(
                                        "swemwbs_1",
                                        "4",
                                        "swemwbs_2",
                                        "4",
                                        "swemwbs_3",
                                        "3",
                                        "swemwbs_4",
                                        "4",
                                        "swemwbs_5",
                                        "3",
                                        "swemwbs_6",
                                        "4",
                                        "swemwbs_7",
                                        "4")),
                        measurement(
                                "phq9",
                                Timepoint.BASELINE,
                                LocalDate.of(2025, 3, 4),
                                Map.of("phq9_1", "1", "phq9_2", "7", "phq9_9", "2", "phq9_10", "Somewhat difficult")))
                .build();
    }

    @Test
    void extract_givesOneRowPerComponentWithCoarsenedDatesAndEquityDimensions() {
        ResearchExtract.Result result = EXTRACT.extract(List.of(episode()));
        assertThat(result.episodes()).isEqualTo(1);
        assertThat(result.episodesWithoutNhsNumber()).isZero();
        assertThat(result.rows()).hasSize(3);
        ExtractRow raw = result.rows().get(0);
        assertThat(raw.get("person")).isEqualTo("99fbbbc185166207a77f0d9e839312a4c24b5e278aefc586b0424891595bfb19");
        assertThat(raw.get("instrument")).isEqualTo("swemwbs");
        assertThat(raw.get("scoring_rule_version")).isEqualTo("swemwbs-1");
        assertThat(raw.get("period")).isEqualTo("2025-03");
        assertThat(raw.get("component")).isEqualTo("raw");
        assertThat(raw.get("value")).isEqualTo("26");
        assertThat(result.rows().get(1).get("value")).isEqualTo("23.21");
        assertThat(raw.get("imd_decile")).isEqualTo("3");
        assertThat(raw.get("ethnic_category")).isEqualTo("B");
        assertThat(raw.get("age_band")).isEqualTo("0-64");
        assertThat(raw.get("referral_source")).isEqualTo("gp");
        assertThat(raw.get("service_categories")).isEqualTo("gardening_and_nature");
        assertThat(raw.get("referral_outcome")).isEqualTo("accepted");
        ExtractRow phq9 = result.rows().get(2);
        assertThat(phq9.get("status")).isEqualTo("invalid");
        assertThat(phq9.get("component")).isEmpty();
        assertThat(phq9.get("flags")).isEqualTo("phq9.item9_positive");
    }

    @Test
    void extract_neverCopiesIdentifiersDatesOrFreeText() {
        ResearchExtract.Result result =
                EXTRACT.withPeriod(ResearchExtract.Period.YEAR).extract(List.of(episode()));
        for (ExtractRow row : result.rows()) {
            assertThat(row.cells()).hasSize(ExtractRow.COLUMNS.size());
            assertThat(String.join(",", row.cells()))
                    .doesNotContain(
                            NHS_NUMBER,
                            "999 000 0018",
                            "Smithson",
                            "Joan",
                            "EC1A",
                            "1960",
                            "2025-03-04",
                            "Loneliness",
                            "Somewhat",
                            "Patel",
                            "Green Gym",
                            "Sam Link",
                            "G81086");
            assertThat(row.get("period")).isEqualTo("2025");
        }
    }
}
