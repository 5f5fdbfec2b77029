package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.socialprescribing.model.episode.EpisodeFixtures.LINK_WORKER;
import static org.socialprescribing.model.episode.EpisodeFixtures.RECEIVED_AT;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.Person;

class SocialPrescribingEpisodeTest {

    private static final SocialPrescribingEpisode EPISODE = EpisodeFixtures.episode();

    @Test
    void episode_exposesItsSections() {
        assertThat(EPISODE.status()).isEqualTo(ReferralStatus.ONWARD_REFERRED);
        assertThat(EPISODE.registeredPractice().orElseThrow().practice().odsCode())
                .isEqualTo(OdsCode.parse("G81086"));
        assertThat(EPISODE.onwardReferral("OR-1")).isPresent();
        assertThat(EPISODE.onwardReferral("OR-9")).isEmpty();
        assertThat(EPISODE.supportPlan().orElseThrow().allGoals()).hasSize(1);
        assertThat(EPISODE.supportPlan().orElseThrow().allActions()).hasSize(1);
        assertThat(EPISODE.onwardReferrals().get(0).sessionsAttended()).isEqualTo(1);
    }

    @Test
    void registeredPractice_prefersThePermanentRegistration() {
        GpRegistration temporary = GpRegistration.builder()
                .practice(GpPractice.of(OdsCode.parse("A81001")))
                .temporary(true)
                .build();
        GpRegistration permanent = GpRegistration.at(GpPractice.of(OdsCode.parse("G81086")));
        SocialPrescribingEpisode episode = EPISODE.withGpRegistrations(temporary, permanent);
        assertThat(episode.registeredPractice()).contains(permanent);
        assertThat(EPISODE.withGpRegistrations(temporary).registeredPractice()).contains(temporary);
        assertThat(EPISODE.withGpRegistrations(List.of()).registeredPractice()).isEmpty();
    }

    @Test
    void hasConsent_looksAtTheReferrersAndTheServicesConsents() {
        assertThat(EPISODE.hasConsent(ConsentPurpose.SHARING_BACK_TO_REFERRER_AND_GP, RECEIVED_AT))
                .isTrue();
        assertThat(EPISODE.hasConsent(ConsentPurpose.OTHER, RECEIVED_AT)).isFalse();
        assertThat(EPISODE.hasConsent(ConsentPurpose.REFERRING_ON, RECEIVED_AT.minus(Duration.ofDays(30))))
                .isFalse();
    }

    @Test
    void transitionTo_movesTheJourneyOrNamesBothStates() {
        SocialPrescribingEpisode completed =
                EPISODE.transitionTo(ReferralStatus.COMPLETED, RECEIVED_AT.plus(Duration.ofDays(90)), LINK_WORKER);
        assertThat(completed.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(EPISODE.status()).isEqualTo(ReferralStatus.ONWARD_REFERRED);
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> completed.transitionTo(
                        ReferralStatus.IN_PROGRESS, RECEIVED_AT.plus(Duration.ofDays(91)), LINK_WORKER))
                .withMessage("referral.status: cannot move from 'completed' to 'in_progress'");
    }

    @Test
    void transitionTo_withAReasonKeepsIt() {
        CodedText why = CodedText.ofText("Goals met");
        SocialPrescribingEpisode completed =
                EPISODE.transitionTo(ReferralStatus.COMPLETED, RECEIVED_AT.plus(Duration.ofDays(90)), LINK_WORKER, why);
        assertThat(completed.journey().events())
                .last()
                .satisfies(event -> assertThat(event.reason()).contains(why));
        assertThatNullPointerException()
                .isThrownBy(() -> EPISODE.transitionTo(
                        ReferralStatus.COMPLETED, RECEIVED_AT.plus(Duration.ofDays(90)), LINK_WORKER, null))
                .withMessage("reason");
    }

    @Test
    void anIncompleteEpisode_canBeBuilt() {
        // A referral as it often arrives: no NHS number, no GP practice, no risks, no link worker, a referrer known
        // only as an organisation, received by a system rather than a person.
        SocialPrescribingEpisode episode = SocialPrescribingEpisode.builder()
                .person(Person.builder().build())
                .referral(Referral.builder()
                        .referrer(Referrer.builder()
                                .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                                .build())
                        .build())
                .journey(ReferralJourney.received(RECEIVED_AT))
                .build();
        assertThat(episode.risks()).isEmpty();
        assertThat(episode.gpRegistrations()).isEmpty();
        assertThat(episode.person().nhsNumber()).isEmpty();
        assertThat(episode.journey().events().get(0).by()).isEmpty();
        assertThat(episode.toString()).contains("no NHS number", "no name");
    }

    @Test
    void journey_mayOmitWhoMadeAChange() {
        ReferralJourney journey = ReferralJourney.received(RECEIVED_AT)
                .transitionTo(ReferralStatus.ACCEPTED, RECEIVED_AT.plusSeconds(60))
                .transitionTo(ReferralStatus.IN_PROGRESS, RECEIVED_AT.plusSeconds(120), LINK_WORKER);
        assertThat(journey.events())
                .extracting(StatusEvent::by)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(LINK_WORKER));
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> journey.transitionTo(ReferralStatus.RECEIVED, RECEIVED_AT.plusSeconds(180)));
    }

    @Test
    void check_refusesAReferrerThatSaysNothingOrABlankName() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Referrer.builder().build())
                .withMessage("referrer: needs a name, role, team, service, organisation or contact");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Referrer.builder().name(" ").build())
                .withMessage("referrer.name: must not be blank when present");
    }

    @Test
    void check_rejectsDuplicateOnwardReferralIds() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> EPISODE.withOnwardReferrals(
                        EPISODE.onwardReferrals().get(0),
                        EPISODE.onwardReferrals().get(0)))
                .withMessage("onwardReferrals.id: 'OR-1' is used twice");
    }

    @Test
    void check_rejectsAPlanActionNamingAnUnknownOnwardReferral() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> EPISODE.withOnwardReferrals(List.of()))
                .withMessageContaining("'OR-1' names no onward referral");
    }

    @Test
    void toString_masksThePersonAndHidesFreeText() {
        String text = EPISODE.toString();
        assertThat(text)
                .doesNotContain(EpisodeFixtures.NHS_NUMBER, "943 476 5919", EpisodeFixtures.FAMILY_NAME, "Joan")
                .doesNotContain("Sam Link", "Dr Asha Patel", "01234 567890", "allotment", "Engaging well")
                .contains("5919");
    }

    @Test
    void risks_areEitherListedOrExplicitlyNone() {
        assertThat(Risks.noneKnown().entries()).isEmpty();
        assertThat(Risks.of(Risk.of(CodedText.ofText("Falls"))).noKnownRisks()).isFalse();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Risks.builder().noKnownRisks(false).build())
                .withMessage("risks: must list a risk or state that no risks are known");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Risks.builder()
                        .noKnownRisks(true)
                        .addEntry(Risk.of(CodedText.ofText("Falls")))
                        .build())
                .withMessage("risks: must not list risks when no risks are known");
    }

    @Test
    void consent_isActiveFromRecordingUntilWithdrawal() {
        Consent consent = Consent.builder()
                .basis(ConsentBasis.EXPLICIT)
                .addPurpose(ConsentPurpose.REFERRING_ON)
                .recordedAt(RECEIVED_AT)
                .withdrawnAt(RECEIVED_AT.plusSeconds(60))
                .build();
        assertThat(consent.isActiveAt(RECEIVED_AT.minusSeconds(1))).isFalse();
        assertThat(consent.isActiveAt(RECEIVED_AT)).isTrue();
        assertThat(consent.isActiveAt(RECEIVED_AT.plusSeconds(60))).isFalse();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Consent.builder()
                        .basis(ConsentBasis.EXPLICIT)
                        .recordedAt(RECEIVED_AT)
                        .build())
                .withMessageContaining("purpose");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Consent.builder()
                        .basis(ConsentBasis.EXPLICIT)
                        .addPurpose(ConsentPurpose.REFERRING_ON)
                        .recordedAt(RECEIVED_AT)
                        .withdrawnAt(RECEIVED_AT.minusSeconds(1))
                        .build())
                .withMessageContaining("consent.withdrawnAt");
    }

    @Test
    void plan_checksRatingsDatesAndAgreement() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Goal.builder()
                        .description(CodedText.ofText("g"))
                        .status(GoalStatus.ACTIVE)
                        .confidence(11)
                        .build())
                .withMessage("goal.confidence: '11' must be between 1 and 10");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Goal.builder()
                        .description(CodedText.ofText("g"))
                        .status(GoalStatus.ACTIVE)
                        .importance(new BigDecimal("0.5"))
                        .build())
                .withMessage("goal.importance: '0.5' must be between 1 and 10");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Goal.builder()
                        .description(CodedText.ofText("g"))
                        .status(GoalStatus.ACHIEVED)
                        .setOn(LocalDate.of(2025, 2, 1))
                        .endedOn(LocalDate.of(2025, 1, 1))
                        .build())
                .withMessageContaining("goal.endedOn");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PlanAction.builder()
                        .what(CodedText.ofText("a"))
                        .confidence(0)
                        .build());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PlanAgreement.builder().agreed(false).build())
                .withMessageContaining("is mandatory when not agreed");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PlanAgreement.builder()
                        .agreed(true)
                        .reasonNotAgreed("x")
                        .build());
        assertThat(PlanAgreement.notAgreed("Lacks capacity").agreed()).isFalse();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> RequestedAction.builder().build());
    }
}
