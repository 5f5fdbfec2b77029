package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.socialprescribing.model.episode.EpisodeFixtures.LINK_WORKER;
import static org.socialprescribing.model.episode.EpisodeFixtures.RECEIVED_AT;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;

class OnwardReferralStatusTest {

    /** The onward referral transition table as docs/model.md states it. */
    static final String[] TABLE = {
        "sent             | accepted declined cancelled entered_in_error",
        "accepted         | started not_started cancelled entered_in_error",
        "started          | completed discontinued entered_in_error",
        "declined         | entered_in_error",
        "not_started      | entered_in_error",
        "completed        | entered_in_error",
        "discontinued     | entered_in_error",
        "cancelled        | entered_in_error",
        "entered_in_error | ",
    };

    static Map<OnwardReferralStatus, Set<OnwardReferralStatus>> expectedTable() {
        return LifecycleTables.parse(OnwardReferralStatus.class, TABLE);
    }

    static Stream<Arguments> allPairs() {
        return LifecycleTables.allPairs(OnwardReferralStatus.class, expectedTable());
    }

    @Test
    void table_coversEveryState() {
        assertThat(expectedTable()).containsOnlyKeys(OnwardReferralStatus.values());
        assertThat(allPairs()).hasSize(81);
    }

    @ParameterizedTest(name = "{0} -> {1}: legal={2}")
    @MethodSource("allPairs")
    void transitionTo_acceptsLegalAndRejectsIllegalPairs(
            OnwardReferralStatus from, OnwardReferralStatus to, boolean legal) {
        OnwardReferral onward = onwardIn(from);
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        if (legal) {
            assertThat(onward.transitionTo(to, RECEIVED_AT.plus(Duration.ofDays(60)), null, null)
                            .status())
                    .isEqualTo(to);
        } else {
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> onward.transitionTo(to, RECEIVED_AT.plus(Duration.ofDays(60)), null, null))
                    .withMessage(
                            "onwardReferral.status: cannot move from '" + from.code() + "' to '" + to.code() + "'");
        }
    }

    @Test
    void history_mustStartWithSending() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> OnwardReferral.builder()
                        .id("x")
                        .to(LINK_WORKER)
                        .addHistory(OnwardReferralEvent.builder()
                                .to(OnwardReferralStatus.STARTED)
                                .at(RECEIVED_AT)
                                .build())
                        .build())
                .withMessageContaining("must start in 'sent'");
    }

    private static OnwardReferral onwardIn(OnwardReferralStatus target) {
        OnwardReferral onward = OnwardReferral.builder()
                .id("OR-x")
                .to(LINK_WORKER)
                .addHistory(OnwardReferral.sent(RECEIVED_AT, LINK_WORKER))
                .build();
        int day = 1;
        for (OnwardReferralStatus s : LifecycleTables.pathTo(OnwardReferralStatus.SENT, target, expectedTable())) {
            onward = onward.transitionTo(s, RECEIVED_AT.plus(Duration.ofDays(day++)), LINK_WORKER, null);
        }
        return onward;
    }
}
