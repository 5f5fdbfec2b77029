package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.socialprescribing.model.episode.EpisodeFixtures.LINK_WORKER;
import static org.socialprescribing.model.episode.EpisodeFixtures.RECEIVED_AT;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

class OnwardReferralStatusTest {

    private static final Instant AT = RECEIVED_AT.plus(Duration.ofDays(2));
    private static final CodedText WHY = CodedText.ofText("Group is full until spring");

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
            assertThat(onward.transitionTo(to, RECEIVED_AT.plus(Duration.ofDays(60)))
                            .status())
                    .isEqualTo(to);
        } else {
            assertThatExceptionOfType(IllegalTransitionException.class)
                    .isThrownBy(() -> onward.transitionTo(to, RECEIVED_AT.plus(Duration.ofDays(60))))
                    .withMessage(
                            "onwardReferral.status: cannot move from '" + from.code() + "' to '" + to.code() + "'");
        }
    }

    static Stream<Arguments> overloads() {
        OnwardReferral sent = onwardIn(OnwardReferralStatus.SENT);
        OnwardReferralStatus to = OnwardReferralStatus.DECLINED;
        return Stream.of(
                Arguments.of(sent.transitionTo(to, AT), false, false),
                Arguments.of(sent.transitionTo(to, AT, LINK_WORKER), true, false),
                Arguments.of(sent.transitionTo(to, AT, WHY), false, true),
                Arguments.of(sent.transitionTo(to, AT, LINK_WORKER, WHY), true, true));
    }

    @ParameterizedTest(name = "by={1} reason={2}")
    @MethodSource("overloads")
    void transitionTo_recordsWhoAndWhyOnlyWhenGiven(OnwardReferral declined, boolean byKnown, boolean reasonKnown) {
        OnwardReferralEvent last = declined.history().get(declined.history().size() - 1);
        assertThat(last.from()).contains(OnwardReferralStatus.SENT);
        assertThat(last.to()).isEqualTo(OnwardReferralStatus.DECLINED);
        assertThat(last.at()).isEqualTo(AT);
        assertThat(last.by()).isEqualTo(byKnown ? Optional.of(LINK_WORKER) : Optional.empty());
        assertThat(last.reason()).isEqualTo(reasonKnown ? Optional.of(WHY) : Optional.empty());
    }

    static Stream<Arguments> nullArguments() {
        OnwardReferral sent = onwardIn(OnwardReferralStatus.SENT);
        OnwardReferralStatus to = OnwardReferralStatus.DECLINED;
        ProfessionalRef noOne = null;
        CodedText noReason = null;
        return Stream.of(
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(null, AT), "to"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, null), "at"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(null, AT, LINK_WORKER), "to"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, null, LINK_WORKER), "at"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, AT, noOne), "by"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(null, AT, WHY), "to"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, null, WHY), "at"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, AT, noReason), "reason"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(null, AT, LINK_WORKER, WHY), "to"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, null, LINK_WORKER, WHY), "at"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, AT, null, WHY), "by"),
                Arguments.of((ThrowingCallable) () -> sent.transitionTo(to, AT, LINK_WORKER, null), "reason"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("nullArguments")
    void transitionTo_rejectsNullNamingTheParameter(ThrowingCallable transition, String parameter) {
        assertThatNullPointerException().isThrownBy(transition).withMessage(parameter);
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
            onward = onward.transitionTo(s, RECEIVED_AT.plus(Duration.ofDays(day++)), LINK_WORKER);
        }
        return onward;
    }
}
