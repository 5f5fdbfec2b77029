package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.socialprescribing.model.episode.EpisodeFixtures.LINK_WORKER;
import static org.socialprescribing.model.episode.EpisodeFixtures.RECEIVED_AT;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.person.StatedGender;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.ReadyToMessageBack;
import org.socialprescribing.model.validation.ReadyToSendToProvider;
import org.socialprescribing.model.validation.SpValidator;
import org.socialprescribing.model.workforce.ProfessionalRef;

class EpisodeValidationTest {

    private static final SocialPrescribingEpisode EPISODE = EpisodeFixtures.episode();

    /** A referral as it often arrives: a person known by name only, a referrer known only as an organisation. */
    private static final SocialPrescribingEpisode BARE = SocialPrescribingEpisode.builder()
            .person(Person.builder().name(PersonName.of("Smithson")).build())
            .referral(Referral.builder()
                    .referrer(Referrer.builder()
                            .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                            .build())
                    .build())
            .journey(ReferralJourney.received(RECEIVED_AT))
            .build();

    private static SocialPrescribingEpisode withFullDemographics(SocialPrescribingEpisode episode) {
        return episode.withPerson(episode.person()
                .withStatedGender(StatedGender.FEMALE)
                .withEthnicCategory(EthnicCategory.WHITE_BRITISH));
    }

    private static List<String> errorPaths(ValidationReport report) {
        return report.errors().stream().map(ValidationIssue::path).collect(Collectors.toList());
    }

    @Test
    void fixture_isValidInEveryGroup() {
        assertThat(SpValidator.validate(EPISODE).isEmpty()).isTrue();
        assertThat(SpValidator.validate(EPISODE, ReadyToSendToProvider.class).issues())
                .isEmpty();
        assertThat(SpValidator.validate(EPISODE, ReadyToMessageBack.class).issues())
                .isEmpty();
        assertThat(SpValidator.validate(EPISODE, CompleteForPrsb.class).issues())
                .isEmpty();
        assertThat(SpValidator.validate(withFullDemographics(EPISODE), CompleteForNationalDataset.class)
                        .issues())
                .isEmpty();
    }

    @Test
    void anIncompleteEpisode_isWellFormed_andEachGroupSaysWhatIsMissing() {
        assertThat(SpValidator.validate(BARE).isEmpty())
                .as("the default group checks well-formedness, not completeness")
                .isTrue();
        assertThat(SpValidator.validate(BARE, CompleteForPrsb.class).issues())
                .extracting(ValidationIssue::path, issue -> issue.code().code())
                .containsExactly(
                        tuple("gpRegistrations", "episode.gp-registrations.missing"),
                        tuple("person.birthDate", "person.birth-date.missing"),
                        tuple("person.name.givenNames", "person-name.given.missing"),
                        tuple("referral.referredTo", "referral.referred-to.missing"),
                        tuple("referral.referrer.contact", "referrer.contact.missing"),
                        tuple("referral.referrer.name", "referrer.name.missing"),
                        tuple("referral.referrer.service", "referrer.service.missing"),
                        tuple("risks", "episode.risks.missing"));
        assertThat(SpValidator.validate(BARE, CompleteForNationalDataset.class).issues())
                .extracting(issue -> issue.code().code())
                .contains(
                        "episode.risks.missing",
                        "person.nhs-number.missing",
                        "person.stated-gender.missing",
                        "person.ethnic-category.missing",
                        "referral.source.missing",
                        "referral.referred-at.missing",
                        "referral.presenting-needs.missing")
                .doesNotHaveDuplicates()
                .hasSize(14);
    }

    @Test
    void risks_missingIsOneIssueWithAStableCodeAndADataPath() {
        SocialPrescribingEpisode episode = EPISODE.withRisks(Optional.empty());
        ValidationReport report = SpValidator.validate(episode, CompleteForPrsb.class);
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ModelIssueCode.EPISODE_RISKS_MISSING);
            assertThat(issue.code().code()).isEqualTo("episode.risks.missing");
            assertThat(issue.path()).isEqualTo("risks");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.message()).startsWith("are not recorded").doesNotContain("risks:");
        });
    }

    @Test
    void aMissingReferrer_isOneIssue_notOnePerReferrerItem() {
        SocialPrescribingEpisode episode =
                EPISODE.withReferral(EPISODE.referral().withReferrer(Optional.empty()));
        assertThat(SpValidator.validate(episode, CompleteForPrsb.class).issues())
                .extracting(ValidationIssue::path, issue -> issue.code().code())
                .containsExactly(tuple("referral.referrer", "referral.referrer.missing"));
    }

    @Test
    void readyToSend_reportsMissingConsentAndRecipientDetailsWithPaths() {
        Referral withoutConsent = EPISODE.referral().withConsentToShare(Optional.empty());
        OnwardReferral vague = EPISODE.onwardReferrals()
                .get(0)
                .withTo(ProfessionalRef.builder().team("Someone").build())
                .withNeeds(List.of());
        SocialPrescribingEpisode episode =
                EPISODE.withReferral(withoutConsent).withConsents(List.of()).withOnwardReferrals(vague);

        ValidationReport report = SpValidator.validate(episode, ReadyToSendToProvider.class);

        assertThat(report.errors())
                .extracting(ValidationIssue::path, ValidationIssue::code)
                .containsExactly(
                        tuple("consents", ModelIssueCode.EPISODE_CONSENT_TO_REFER_ON_MISSING),
                        tuple("onwardReferrals[0].needs", ModelIssueCode.ONWARD_REFERRAL_NEEDS_MISSING),
                        tuple("onwardReferrals[0].to", ModelIssueCode.ONWARD_REFERRAL_RECIPIENT_MISSING));
        assertThat(SpValidator.validate(episode).isValid())
                .as("the default group does not need them")
                .isTrue();
    }

    @Test
    void readyToSend_reportsAnOnwardReferralWithoutRecipientAtItsPath() {
        OnwardReferral nobody = EPISODE.onwardReferrals().get(0).withTo(Optional.empty());
        SocialPrescribingEpisode episode = EPISODE.withOnwardReferrals(nobody);
        assertThat(errorPaths(SpValidator.validate(episode, ReadyToSendToProvider.class)))
                .containsExactly("onwardReferrals[0].to");
    }

    @Test
    void readyToSend_rejectsAWithdrawnConsent() {
        Consent withdrawn = EPISODE.consents().get(0).withWithdrawnAt(RECEIVED_AT.plus(Duration.ofDays(20)));
        SocialPrescribingEpisode episode = EPISODE.withReferral(
                        EPISODE.referral().withConsentToShare(Optional.empty()))
                .withConsents(withdrawn);
        assertThat(errorPaths(SpValidator.validate(episode, ReadyToSendToProvider.class)))
                .containsExactly("consents");
    }

    @Test
    void readyToSend_needsTheNameBirthDateAndRisksButNotTheNhsNumber() {
        SocialPrescribingEpisode episode =
                EPISODE.withPerson(Person.builder().build()).withRisks(Optional.empty());
        assertThat(SpValidator.validate(episode, ReadyToSendToProvider.class).errors())
                .extracting(ValidationIssue::code)
                .containsExactly(
                        ModelIssueCode.PERSON_BIRTH_DATE_MISSING,
                        ModelIssueCode.PERSON_NAME_MISSING,
                        ModelIssueCode.EPISODE_RISKS_MISSING);
    }

    @Test
    void readyToMessageBack_needsTheRecipientsActionsAndAnAuthor_andWarnsWithoutConsent() {
        Referral noRecipient =
                EPISODE.referral().withReferredTo(Optional.empty()).withConsentToShare(Optional.empty());
        SocialPrescribingEpisode episode = EPISODE.withPerson(EPISODE.person().withNhsNumber(Optional.empty()))
                .withGpRegistrations(List.of())
                .withRequestedActions(List.of())
                .withLinkWorker(Optional.empty())
                .withReferral(noRecipient);
        ValidationReport report = SpValidator.validate(episode, ReadyToMessageBack.class);
        assertThat(report.issues())
                .extracting(ValidationIssue::path, ValidationIssue::code, ValidationIssue::severity)
                .containsExactly(
                        tuple("consents", ModelIssueCode.EPISODE_CONSENT_TO_SHARE_BACK_MISSING, Severity.WARNING),
                        tuple("gpRegistrations", ModelIssueCode.EPISODE_GP_REGISTRATIONS_MISSING, Severity.ERROR),
                        tuple("linkWorker", ModelIssueCode.EPISODE_MESSAGE_AUTHOR_MISSING, Severity.ERROR),
                        tuple("person.nhsNumber", ModelIssueCode.PERSON_NHS_NUMBER_MISSING, Severity.ERROR),
                        tuple("requestedActions", ModelIssueCode.EPISODE_REQUESTED_ACTIONS_MISSING, Severity.ERROR));
    }

    @Test
    void nationalDataset_reportsEachMissingMinimumDatasetItem() {
        Referral bare = EPISODE.referral()
                .withReferredAt(Optional.empty())
                .withSource(Optional.empty())
                .withPresentingNeeds(List.of());
        SocialPrescribingEpisode episode = EPISODE.withPerson(EPISODE.person().withBirthDate(Optional.empty()))
                .withReferral(bare);

        ValidationReport report = SpValidator.validate(episode, CompleteForNationalDataset.class);

        assertThat(report.errors())
                .extracting(ValidationIssue::path, issue -> issue.code().code())
                .containsExactly(
                        tuple("person.birthDate", "person.birth-date.missing"),
                        tuple("person.ethnicCategory", "person.ethnic-category.missing"),
                        tuple("person.statedGender", "person.stated-gender.missing"),
                        tuple("referral.presentingNeeds", "referral.presenting-needs.missing"),
                        tuple("referral.referredAt", "referral.referred-at.missing"),
                        tuple("referral.source", "referral.source.missing"));
        assertThat(report.errors())
                .filteredOn(issue -> issue.path().equals("person.birthDate"))
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).isEqualTo("is not recorded (PRSB mandatory)"));
    }

    @Test
    void nationalDataset_completedEpisodeNeedsSupportOfferedAndOutcomes() {
        SocialPrescribingEpisode completedWithNothing = withFullDemographics(EPISODE)
                .withSupportPlan(Optional.empty())
                .withOnwardReferrals(List.of())
                .withSignposting(List.of())
                .withOutcomeMeasurements(List.of())
                .transitionTo(ReferralStatus.COMPLETED, RECEIVED_AT.plus(Duration.ofDays(90)), LINK_WORKER);

        assertThat(SpValidator.validate(completedWithNothing, CompleteForNationalDataset.class)
                        .errors())
                .extracting(ValidationIssue::path, ValidationIssue::code)
                .containsExactly(
                        tuple("", ModelIssueCode.EPISODE_OUTCOMES_MISSING),
                        tuple("", ModelIssueCode.EPISODE_SUPPORT_OFFERED_MISSING));
        SocialPrescribingEpisode inProgress = completedWithNothing.withJourney(EPISODE.journey());
        assertThat(SpValidator.validate(inProgress, CompleteForNationalDataset.class)
                        .isValid())
                .isTrue();
    }

    @Test
    void everyRule_hasASpecificCodeAndADataPath() {
        ValidationReport all = SpValidator.validate(
                        BARE, CompleteForNationalDataset.class, ReadyToSendToProvider.class, ReadyToMessageBack.class)
                .and(SpValidator.validate(
                        EPISODE.withOnwardReferrals(EPISODE.onwardReferrals()
                                .get(0)
                                .withTo(Optional.empty())
                                .withNeeds(List.of())),
                        ReadyToSendToProvider.class));
        assertThat(all.issues()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.code()).isNotEqualTo(ModelIssueCode.CONSTRAINT_VIOLATION);
            assertThat(issue.path()).doesNotContain("has", "records", "identifies");
            assertThat(issue.message()).isEqualTo(((ModelIssueCode) issue.code()).rule());
        });
        assertThat(all.issues())
                .as("a rule in several requested groups is reported once")
                .extracting(ValidationIssue::code)
                .filteredOn(ModelIssueCode.EPISODE_RISKS_MISSING::equals)
                .hasSize(1);
    }
}
