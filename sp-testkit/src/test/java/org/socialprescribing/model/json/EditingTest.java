package org.socialprescribing.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.episode.Consent;
import org.socialprescribing.model.episode.Goal;
import org.socialprescribing.model.episode.GoalStatus;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.PlanNeed;
import org.socialprescribing.model.episode.ProviderFeedback;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.testkit.SpArbitraries;

/**
 * Editing without generated classes (issue 15 item 2): every {@code with...} changes exactly its attribute, {@code
 * toBuilder()} rebuilds an equal value, and an onward referral, goal, need, consent or outcome measurement is
 * updated in place by its id. In sp-testkit's tests because it uses the
 * kit's generators, which depend on sp-model (Guava's guava-tests pattern).
 */
class EditingTest {

    private static final SpArbitraries KIT = SpArbitraries.asReferred().withControlCharacters();

    @Provide
    Arbitrary<Tuple.Tuple2<Object, Object>> pairs() {
        return Arbitraries.oneOf(
                pair(KIT.episodes()),
                pair(KIT.persons()),
                pair(KIT.referrals()),
                pair(KIT.consents()),
                pair(KIT.goals()),
                pair(KIT.professionals()),
                pair(KIT.outcomeMeasurements()),
                pair(KIT.onwardReferrals("OR-0")));
    }

    private static <T> Arbitrary<Tuple.Tuple2<Object, Object>> pair(Arbitrary<T> values) {
        return values.tuple2().map(t -> Tuple.of(t.get1(), t.get2()));
    }

    @Property(tries = 200)
    void with_changesExactlyOneAttribute(@ForAll("pairs") Tuple.Tuple2<Object, Object> pair) throws Exception {
        Object a = pair.get1();
        Object b = pair.get2();
        for (Method accessor : attributes(a)) {
            Optional<Method> wither = wither(a, accessor);
            assertThat(wither).as("with method of %s", accessor).isPresent();
            Object changed;
            try {
                changed = wither.get().invoke(a, accessor.invoke(b));
            } catch (InvocationTargetException e) {
                // b's value may break a's structural rule (dates in order, plan actions that resolve): refused, fine.
                assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
                continue;
            }
            for (Method other : attributes(a)) {
                Object expected = other.equals(accessor) ? other.invoke(b) : other.invoke(a);
                assertThat(other.invoke(changed))
                        .as("%s after %s", other.getName(), wither.get().getName())
                        .isEqualTo(expected);
            }
            assertThat(a).as("the original is untouched").isEqualTo(pair.get1());
        }
    }

    @Property(tries = 100)
    void toBuilder_rebuildsAnEqualValue(@ForAll("pairs") Tuple.Tuple2<Object, Object> pair) throws Exception {
        Object value = pair.get1();
        Object builder = value.getClass().getMethod("toBuilder").invoke(value);
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        assertThat(build.invoke(builder)).isEqualTo(value);
    }

    @Provide
    Arbitrary<Goal> goals() {
        return KIT.goals();
    }

    @Property(tries = 100)
    void toBuilder_setsAgain(@ForAll("goals") Goal goal) {
        Goal changed = goal.toBuilder().status(goal.status()).confidence(7).build();
        assertThat(changed.confidence()).contains(7);
        assertThat(changed.withConfidence(goal.confidence())).isEqualTo(goal);
    }

    @Property(tries = 100)
    void withOnwardReferral_updatesOnlyThatOne(
            @ForAll("episodesWithOnwardReferrals") SocialPrescribingEpisode episode) {
        int index = episode.onwardReferrals().size() - 1;
        OnwardReferral target = episode.onwardReferrals().get(index);
        ProviderFeedback note = ProviderFeedback.of(Instant.parse("2025-06-01T10:00:00Z"), "Settled in well");
        SocialPrescribingEpisode updated = episode.withOnwardReferral(target.id(), r -> r.withFeedback(List.of(note)));
        List<OnwardReferral> expected = new ArrayList<>(episode.onwardReferrals());
        expected.set(index, target.withFeedback(List.of(note)));
        assertThat(updated.onwardReferrals()).isEqualTo(expected);
        assertThat(updated.withOnwardReferrals(episode.onwardReferrals())).isEqualTo(episode);
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> episodesWithOnwardReferrals() {
        return KIT.episodes().filter(e -> !e.onwardReferrals().isEmpty());
    }

    @Property(tries = 50)
    void withOnwardReferral_unknownIdIsAClearError(@ForAll("episodesWithOnwardReferrals") SocialPrescribingEpisode e) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> e.withOnwardReferral("no-such-id", r -> r))
                .satisfies(x -> assertThat(x.field()).isEqualTo("onwardReferrals.id"))
                .withMessageContaining("'no-such-id'")
                .withMessageContaining("names no onward referral of this episode");
    }

    @Property(tries = 100)
    void withNestedItem_changesOnlyThatOneAndKeepsItsPlace(@ForAll("episodes") SocialPrescribingEpisode original) {
        SocialPrescribingEpisode episode = SpArbitraries.withIds(original);
        for (Consent consent : episode.consents()) {
            Instant withdrawn = consent.recordedAt().plusSeconds(60);
            SocialPrescribingEpisode updated =
                    episode.withConsent(consent.id().orElseThrow(), c -> c.withWithdrawnAt(withdrawn));
            List<Consent> expected = new ArrayList<>(episode.consents());
            expected.set(expected.indexOf(consent), consent.withWithdrawnAt(withdrawn));
            assertThat(updated.consents()).isEqualTo(expected);
            assertThat(updated.withConsents(episode.consents())).isEqualTo(episode);
        }
        for (OutcomeMeasurement measurement : episode.outcomeMeasurements()) {
            SocialPrescribingEpisode updated = episode.withOutcomeMeasurement(
                    measurement.id().orElseThrow(), m -> m.withDate(m.date().plusDays(1)));
            List<OutcomeMeasurement> expected = new ArrayList<>(episode.outcomeMeasurements());
            expected.set(
                    expected.indexOf(measurement),
                    measurement.withDate(measurement.date().plusDays(1)));
            assertThat(updated.outcomeMeasurements()).isEqualTo(expected);
        }
        episode.supportPlan().ifPresent(plan -> {
            for (Goal goal : plan.allGoals()) {
                SocialPrescribingEpisode updated =
                        episode.withGoal(goal.id().orElseThrow(), g -> g.withStatus(GoalStatus.ACHIEVED));
                List<Goal> expected = new ArrayList<>(plan.allGoals());
                expected.set(expected.indexOf(goal), goal.withStatus(GoalStatus.ACHIEVED));
                assertThat(updated.supportPlan().orElseThrow().allGoals()).isEqualTo(expected);
                assertThat(updated.supportPlan().orElseThrow().needs()).hasSameSizeAs(plan.needs());
            }
            for (PlanNeed need : plan.needs()) {
                SocialPrescribingEpisode updated =
                        episode.withNeed(need.id().orElseThrow(), n -> n.withGoals(List.of()));
                assertThat(updated.supportPlan().orElseThrow().needs())
                        .extracting(PlanNeed::id)
                        .isEqualTo(plan.needs().stream().map(PlanNeed::id).toList());
            }
        });
        assertThat(SpJson.parse(SpJson.write(episode), SocialPrescribingEpisode.class))
                .as("ids survive SDK JSON")
                .isEqualTo(episode);
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> episodes() {
        return KIT.episodes();
    }

    @Property(tries = 50)
    void withNestedItem_unknownIdIsAClearError(@ForAll("episodes") SocialPrescribingEpisode e) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> e.withGoal("no-such-id", g -> g))
                .satisfies(x -> assertThat(x.field()).isEqualTo("supportPlan.needs.goals.id"))
                .withMessageContaining("names no goal of this episode");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> e.withNeed("no-such-id", n -> n))
                .satisfies(x -> assertThat(x.field()).isEqualTo("supportPlan.needs.id"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> e.withConsent("no-such-id", c -> c))
                .satisfies(x -> assertThat(x.field()).isEqualTo("consents.id"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> e.withOutcomeMeasurement("no-such-id", m -> m))
                .satisfies(x -> assertThat(x.field()).isEqualTo("outcomeMeasurements.id"));
    }

    @Property(tries = 50)
    void anIdUsedTwice_isRefused(@ForAll("episodes") SocialPrescribingEpisode e) {
        net.jqwik.api.Assume.that(!e.outcomeMeasurements().isEmpty());
        OutcomeMeasurement first = e.outcomeMeasurements().get(0).withId("m");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> e.withOutcomeMeasurements(List.of(first, first)))
                .satisfies(x -> assertThat(x.field()).isEqualTo("outcomeMeasurements.id"))
                .withMessageContaining("is used twice");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> e.withOutcomeMeasurements(List.of(first.withId(" "))))
                .withMessageContaining("must not be blank");
    }

    /** The value type's attributes: its abstract accessors (interface or abstract class), by name. */
    private static List<Method> attributes(Object value) {
        Class<?> type = domainType(value);
        List<Method> attributes = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers())
                    && method.getParameterCount() == 0
                    && method.getDeclaringClass() != Object.class) {
                attributes.add(method);
            }
        }
        attributes.sort((x, y) -> x.getName().compareTo(y.getName()));
        return attributes;
    }

    private static Class<?> domainType(Object value) {
        for (Class<?> type : List.of(
                SocialPrescribingEpisode.class,
                Person.class,
                Referral.class,
                Consent.class,
                Goal.class,
                ProfessionalRef.class,
                OutcomeMeasurement.class,
                OnwardReferral.class)) {
            if (type.isInstance(value)) {
                return type;
            }
        }
        throw new AssertionError("no domain type for " + value.getClass());
    }

    /** The {@code with...} method the domain type declares for an attribute, taking the accessor's own type. */
    private static Optional<Method> wither(Object value, Method accessor) {
        String name = accessor.getName();
        String with = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Class<?> type = accessor.getReturnType();
        Class<?> parameter = List.class.isAssignableFrom(type) ? Iterable.class : type;
        return Arrays.stream(domainType(value).getMethods())
                .filter(m -> m.getName().equals(with))
                .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == parameter)
                .findFirst()
                // Declared by WithX, which is package-private like the generated class: a call through the public
                // type compiles, but reflection on the declaring interface needs access.
                .map(m -> {
                    m.setAccessible(true);
                    return m;
                });
    }
}
