package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.socialprescribing.model.episode.Fixtures.LINK_WORKER;
import static org.socialprescribing.model.episode.Fixtures.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.coding.CodeSystems;

class ReferralStatusTest {

    /** The transition table as docs/model.md states it: from | legal next states. Written out independently. */
    static final String[] TABLE = {
        "received         | accepted declined cancelled entered_in_error",
        "accepted         | contacted in_progress on_hold declined did_not_engage cancelled entered_in_error",
        "contacted        | in_progress on_hold declined did_not_engage cancelled entered_in_error",
        "in_progress      | on_hold onward_referred completed did_not_engage cancelled entered_in_error",
        "on_hold          | contacted in_progress did_not_engage cancelled entered_in_error",
        "onward_referred  | in_progress on_hold completed did_not_engage cancelled entered_in_error",
        "declined         | entered_in_error",
        "completed        | entered_in_error",
        "did_not_engage   | entered_in_error",
        "cancelled        | entered_in_error",
        "entered_in_error | ",
    };

    static Map<ReferralStatus, Set<ReferralStatus>> expectedTable() {
        return LifecycleTables.parse(ReferralStatus.class, TABLE);
    }

    /** Every ordered pair of states (121), each with whether the table allows it. */
    static Stream<Arguments> allPairs() {
        return LifecycleTables.allPairs(ReferralStatus.class, expectedTable());
    }

    @Test
    void table_coversEveryState() {
        assertThat(expectedTable()).containsOnlyKeys(ReferralStatus.values());
        assertThat(allPairs()).hasSize(121);
    }

    @ParameterizedTest(name = "{0} -> {1}: legal={2}")
    @MethodSource("allPairs")
    void canMoveTo_followsTheTable(ReferralStatus from, ReferralStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @ParameterizedTest(name = "{0} -> {1}: legal={2}")
    @MethodSource("allPairs")
    void transitionTo_acceptsLegalAndRejectsIllegalPairs(ReferralStatus from, ReferralStatus to, boolean legal) {
        ReferralJourney journey = journeyIn(from);
        Instant later = journey.lastChanged().plus(Duration.ofHours(1));
        if (legal) {
            ReferralJourney moved = journey.transitionTo(to, later, LINK_WORKER);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.events()).hasSize(journey.events().size() + 1);
            assertThat(journey.status()).as("the old journey is unchanged").isEqualTo(from);
        } else {
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> journey.transitionTo(to, later, LINK_WORKER))
                    .satisfies(e -> {
                        assertThat(e.from()).isEqualTo(from.code());
                        assertThat(e.to()).isEqualTo(to.code());
                        assertThat(e.getMessage()).contains("'" + from.code() + "'", "'" + to.code() + "'");
                    });
        }
    }

    @Test
    void enteredInError_isReachableFromEveryOtherStateAndFinal() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(status.canMoveTo(ReferralStatus.ENTERED_IN_ERROR))
                    .as(status.code())
                    .isEqualTo(status != ReferralStatus.ENTERED_IN_ERROR);
        }
        assertThat(ReferralStatus.ENTERED_IN_ERROR.isFinal()).isTrue();
        assertThat(ReferralStatus.ENTERED_IN_ERROR.isClosed()).isFalse();
    }

    @Test
    void closedStates_areExactlyTheFourClosures() {
        assertThat(Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isClosed))
                .containsExactlyInAnyOrder(
                        ReferralStatus.DECLINED,
                        ReferralStatus.COMPLETED,
                        ReferralStatus.DID_NOT_ENGAGE,
                        ReferralStatus.CANCELLED);
    }

    @Test
    void next_isUnmodifiable() {
        Set<ReferralStatus> next = ReferralStatus.RECEIVED.next();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> next.add(ReferralStatus.COMPLETED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void codes_areLowerCaseInTheSdkCodeSystem() {
        assertThat(ReferralStatus.DID_NOT_ENGAGE.code()).isEqualTo("did_not_engage");
        assertThat(ReferralStatus.IN_PROGRESS.toConcept().system()).isEqualTo(CodeSystems.REFERRAL_STATUS);
        assertThat(ReferralStatus.IN_PROGRESS.toConcept().display()).contains("Assessed, support in progress");
    }

    /** A journey that has reached the state, by the shortest path through the expected table. */
    static ReferralJourney journeyIn(ReferralStatus target) {
        ReferralJourney journey = ReferralJourney.received(T0, LINK_WORKER);
        for (ReferralStatus state : LifecycleTables.pathTo(ReferralStatus.RECEIVED, target, expectedTable())) {
            journey = journey.transitionTo(state, journey.lastChanged().plus(Duration.ofDays(1)), LINK_WORKER);
        }
        return journey;
    }
}
