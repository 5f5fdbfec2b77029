package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialprescribing.model.episode.EpisodeFixtures.LINK_WORKER;
import static org.socialprescribing.model.episode.EpisodeFixtures.RECEIVED_AT;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.ImmutablePerson;
import org.socialprescribing.model.person.StatedGender;
import org.socialprescribing.model.validation.SpValidator;
import org.socialprescribing.model.workforce.ProfessionalRef;

class EpisodeValidationTest {

    private static final SocialPrescribingEpisode EPISODE = EpisodeFixtures.episode();

    private static SocialPrescribingEpisode withFullDemographics(SocialPrescribingEpisode episode) {
        return ImmutableSocialPrescribingEpisode.copyOf(episode)
                .withPerson(ImmutablePerson.copyOf(episode.person())
                        .withStatedGender(StatedGender.FEMALE)
                        .withEthnicCategory(EthnicCategory.WHITE_BRITISH));
    }

    private static List<String> errorPaths(ValidationReport report) {
        return report.errors().stream().map(ValidationIssue::path).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void fixture_isValidInEveryGroup() {
        assertThat(SpValidator.validate(EPISODE).isEmpty()).isTrue();
        assertThat(SpValidator.validate(EPISODE, ReadyToSendToProvider.class).issues())
                .isEmpty();
        assertThat(SpValidator.validate(withFullDemographics(EPISODE), CompleteForNationalDataset.class)
                        .issues())
                .isEmpty();
    }

    @Test
    void readyToSend_reportsMissingConsentAndRecipientDetailsWithPaths() {
        Referral withoutConsent =
                ImmutableReferral.copyOf(EPISODE.referral()).withConsentToShare(java.util.Optional.empty());
        OnwardReferral vague = ImmutableOnwardReferral.copyOf(
                        EPISODE.onwardReferrals().get(0))
                .withTo(ProfessionalRef.builder().team("Someone").build())
                .withNeeds(List.of());
        SocialPrescribingEpisode episode = ImmutableSocialPrescribingEpisode.copyOf(EPISODE)
                .withReferral(withoutConsent)
                .withConsents(List.of())
                .withOnwardReferrals(vague);

        ValidationReport report = SpValidator.validate(episode, ReadyToSendToProvider.class);

        assertThat(errorPaths(report))
                .containsExactlyInAnyOrder(
                        "hasConsentToReferOn", "onwardReferrals[0].identifiesRecipient", "onwardReferrals[0].needs");
        assertThat(report.errors())
                .allSatisfy(issue -> assertThat(issue.code()).isEqualTo(ModelIssueCode.CONSTRAINT_VIOLATION));
        assertThat(SpValidator.validate(episode).isValid())
                .as("the default group does not need them")
                .isTrue();
    }

    @Test
    void readyToSend_rejectsAWithdrawnConsent() {
        Consent withdrawn = ImmutableConsent.copyOf(EPISODE.consents().get(0))
                .withWithdrawnAt(RECEIVED_AT.plus(Duration.ofDays(20)));
        SocialPrescribingEpisode episode = ImmutableSocialPrescribingEpisode.copyOf(EPISODE)
                .withReferral(
                        ImmutableReferral.copyOf(EPISODE.referral()).withConsentToShare(java.util.Optional.empty()))
                .withConsents(withdrawn);
        assertThat(errorPaths(SpValidator.validate(episode, ReadyToSendToProvider.class)))
                .containsExactly("hasConsentToReferOn");
    }

    @Test
    void nationalDataset_reportsEachMissingMinimumDatasetItem() {
        Referral bare = ImmutableReferral.copyOf(EPISODE.referral())
                .withReferredAt(java.util.Optional.empty())
                .withPresentingNeeds(List.of());
        SocialPrescribingEpisode episode = ImmutableSocialPrescribingEpisode.copyOf(EPISODE)
                .withPerson(ImmutablePerson.copyOf(EPISODE.person()).withBirthDate(java.util.Optional.empty()))
                .withReferral(bare);

        ValidationReport report = SpValidator.validate(episode, CompleteForNationalDataset.class);

        assertThat(errorPaths(report))
                .containsExactlyInAnyOrder(
                        "hasPersonBirthDate",
                        "hasPersonStatedGender",
                        "hasPersonEthnicCategory",
                        "referral.referredAt",
                        "referral.presentingNeeds");
        assertThat(report.errors())
                .filteredOn(issue -> issue.path().equals("hasPersonBirthDate"))
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("date of birth"));
    }

    @Test
    void nationalDataset_completedEpisodeNeedsSupportOfferedAndOutcomes() {
        SocialPrescribingEpisode completedWithNothing = ImmutableSocialPrescribingEpisode.copyOf(
                        withFullDemographics(EPISODE))
                .withSupportPlan(java.util.Optional.empty())
                .withOnwardReferrals(List.of())
                .withSignposting(List.of())
                .withOutcomeMeasurements(List.of())
                .transitionTo(ReferralStatus.COMPLETED, RECEIVED_AT.plus(Duration.ofDays(90)), LINK_WORKER);

        assertThat(errorPaths(SpValidator.validate(completedWithNothing, CompleteForNationalDataset.class)))
                .containsExactlyInAnyOrder("recordsSupportOffered", "recordsOutcomes");
        SocialPrescribingEpisode inProgress =
                ImmutableSocialPrescribingEpisode.copyOf(completedWithNothing).withJourney(EPISODE.journey());
        assertThat(SpValidator.validate(inProgress, CompleteForNationalDataset.class)
                        .isValid())
                .isTrue();
    }

    @Test
    void defaultGroup_reportsBlankMandatoryText() {
        Referrer blank = ImmutableReferrer.copyOf(EPISODE.referral().referrer()).withName(" ");
        SocialPrescribingEpisode episode = ImmutableSocialPrescribingEpisode.copyOf(EPISODE)
                .withReferral(ImmutableReferral.copyOf(EPISODE.referral()).withReferrer(blank));
        ValidationReport report = SpValidator.validate(episode);
        assertThat(errorPaths(report)).containsExactly("referral.referrer.name");
        assertThat(report.toString()).doesNotContain("Dr Asha Patel");
    }
}
