package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.socialprescribing.model.episode.Fixtures.LINK_WORKER;
import static org.socialprescribing.model.episode.Fixtures.T0;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedText;

class ReferralJourneyTest {

    private static final ReferralJourney RECEIVED = ReferralJourney.received(T0, LINK_WORKER);

    @Test
    void received_startsInReceivedWithNoPreviousState() {
        assertThat(RECEIVED.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(RECEIVED.events()).singleElement().satisfies(event -> {
            assertThat(event.from()).isEmpty();
            assertThat(event.at()).isEqualTo(T0);
            assertThat(event.by()).contains(LINK_WORKER);
        });
    }

    @Test
    void transitionTo_recordsFromToWhenWhoAndWhy() {
        CodedText why = CodedText.ofText("Person in hospital");
        ReferralJourney journey = RECEIVED.transitionTo(ReferralStatus.ACCEPTED, T0.plusSeconds(60), LINK_WORKER)
                .transitionTo(ReferralStatus.ON_HOLD, T0.plusSeconds(120), LINK_WORKER, why);
        StatusEvent last = journey.events().get(2);
        assertThat(last.from()).contains(ReferralStatus.ACCEPTED);
        assertThat(last.to()).isEqualTo(ReferralStatus.ON_HOLD);
        assertThat(last.reason()).contains(why);
        assertThat(journey.firstEntered(ReferralStatus.ACCEPTED)).contains(T0.plusSeconds(60));
        assertThat(journey.firstEntered(ReferralStatus.COMPLETED)).isEmpty();
    }

    @Test
    void transitionTo_withoutAReasonRecordsNone() {
        assertThat(RECEIVED.transitionTo(ReferralStatus.ACCEPTED, T0, LINK_WORKER)
                        .events())
                .last()
                .satisfies(event -> assertThat(event.reason()).isEmpty());
    }

    static Stream<Arguments> nullArguments() {
        CodedText why = CodedText.ofText("Person in hospital");
        ReferralStatus to = ReferralStatus.ACCEPTED;
        return Stream.of(
                Arguments.of((ThrowingCallable) () -> RECEIVED.transitionTo(null, T0, LINK_WORKER), "to"),
                Arguments.of((ThrowingCallable) () -> RECEIVED.transitionTo(to, null, LINK_WORKER), "at"),
                Arguments.of((ThrowingCallable) () -> RECEIVED.transitionTo(to, T0, null), "by"),
                Arguments.of((ThrowingCallable) () -> RECEIVED.transitionTo(null, T0, LINK_WORKER, why), "to"),
                Arguments.of((ThrowingCallable) () -> RECEIVED.transitionTo(to, null, LINK_WORKER, why), "at"),
                Arguments.of((ThrowingCallable) () -> RECEIVED.transitionTo(to, T0, null, why), "by"),
                Arguments.of((ThrowingCallable) () -> RECEIVED.transitionTo(to, T0, LINK_WORKER, null), "reason"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("nullArguments")
    void transitionTo_rejectsNullNamingTheParameter(ThrowingCallable transition, String parameter) {
        assertThatNullPointerException().isThrownBy(transition).withMessage(parameter);
    }

    @Test
    void transitionTo_rejectsGoingBackInTime() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> RECEIVED.transitionTo(ReferralStatus.ACCEPTED, T0.minusSeconds(1), LINK_WORKER))
                .withMessageContaining("referral.status[1]")
                .withMessageContaining("must not be before");
    }

    @Test
    void transitionTo_sameInstantIsAllowed() {
        assertThat(RECEIVED.transitionTo(ReferralStatus.ACCEPTED, T0, LINK_WORKER)
                        .status())
                .isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void builder_rejectsAHistoryThatDoesNotStartWithReceipt() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReferralJourney.builder()
                        .addEvent(event(null, ReferralStatus.ACCEPTED))
                        .build())
                .withMessageContaining("must start in 'received'");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReferralJourney.builder().build())
                .withMessageContaining("needs at least the event");
    }

    @Test
    void builder_rejectsAGapOrAnIllegalStep() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReferralJourney.builder()
                        .addEvent(event(null, ReferralStatus.RECEIVED))
                        .addEvent(event(ReferralStatus.ACCEPTED, ReferralStatus.CONTACTED))
                        .build())
                .withMessageContaining("must start from the previous state 'received'");
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> ReferralJourney.builder()
                        .addEvent(event(null, ReferralStatus.RECEIVED))
                        .addEvent(event(ReferralStatus.RECEIVED, ReferralStatus.COMPLETED))
                        .build())
                .withMessage("referral.status[1]: cannot move from 'received' to 'completed'");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReferralJourney.builder()
                        .addEvent(event(null, ReferralStatus.RECEIVED))
                        .addEvent(event(null, ReferralStatus.ACCEPTED))
                        .build())
                .withMessageContaining("needs the previous state");
    }

    @Test
    void toString_doesNotShowTheProfessionalsName() {
        assertThat(RECEIVED.toString()).doesNotContain("Sam Link");
    }

    /** Random walks: every step either extends the journey legally or is rejected naming both states. */
    @Property(tries = 200)
    void randomWalks_keepTheJourneyLegal(@ForAll @Size(max = 12) List<ReferralStatus> requests) {
        ReferralJourney journey = RECEIVED;
        for (ReferralStatus to : requests) {
            ReferralStatus from = journey.status();
            try {
                journey = journey.transitionTo(to, journey.lastChanged().plus(Duration.ofMinutes(5)), LINK_WORKER);
                assertThat(from.canMoveTo(to)).isTrue();
            } catch (IllegalTransitionException e) {
                assertThat(from.canMoveTo(to)).isFalse();
                assertThat(e.from()).isEqualTo(from.code());
                assertThat(e.to()).isEqualTo(to.code());
            }
        }
        assertThat(journey.events()).hasSizeLessThanOrEqualTo(requests.size() + 1);
    }

    private static StatusEvent event(ReferralStatus from, ReferralStatus to) {
        return StatusEvent.builder()
                .from(Optional.ofNullable(from))
                .to(to)
                .at(T0)
                .by(LINK_WORKER)
                .build();
    }
}
