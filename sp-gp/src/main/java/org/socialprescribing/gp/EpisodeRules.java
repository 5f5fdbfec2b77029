package org.socialprescribing.gp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.ProfessionalContact;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.Signposting;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.SpValidator;

/**
 * The episode rules ({@code docs/gp.md}, "Episode rules"): one person's events, in date order, become episodes.
 *
 * <ol>
 *   <li>Events are ordered by date; on one day a referral comes first and a decline last, then by row.
 *   <li>A referral opens an episode: received on its date (00:00 UTC) from general practice, the recording practice
 *       as referrer and registration. A referral on the day the open episode's referral was made is the same
 *       referral recorded twice (in two code systems, say): mapped into that episode. A later one closes the open
 *       episode as it stands and opens a new one.
 *   <li>A decline moves the open episode from received to declined and closes it.
 *   <li>A link worker contact or a review becomes a professional contact, a signposting a signposting, a score an
 *       outcome measurement "as recorded in the GP record" (total only, no answers, {@code suppliedBy} naming the
 *       record), of the open episode; the first score of an instrument is its baseline, later ones are reviews. The
 *       same score on the same day again is mapped into the measurement already there.
 *   <li>An event other than a referral with no open episode (before any referral, or after a decline) is reported.
 * </ol>
 */
final class EpisodeRules {

    /** The prefix of a measurement's {@code suppliedBy}: the record it was read from. */
    static final String SUPPLIED_BY = "GP record";

    private static final Comparator<GpEvent> ORDER = Comparator.comparing(GpEvent::date)
            .thenComparingInt(GpEvent::sameDayOrder)
            .thenComparingLong(GpEvent::row);

    private final InstrumentRegistry instruments;

    EpisodeRules(InstrumentRegistry instruments) {
        this.instruments = instruments;
    }

    /**
     * Builds one person's episodes.
     *
     * @param events the person's events, any order; sorted here
     * @param person who the events are about
     * @param episodes receives each episode, in date order
     * @param reported receives each event reported
     * @return how many events were mapped into episodes
     */
    long assemble(
            List<GpEvent> events, PersonContext person, Consumer<GpEpisode> episodes, Consumer<ReportedRow> reported) {
        List<GpEvent> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        long mapped = 0;
        Draft open = null;
        int count = 0;
        for (GpEvent event : sorted) {
            EventKind kind = event.mapping().kind();
            if (kind == EventKind.REFERRAL) {
                if (open != null && open.referralDate.equals(event.date())) {
                    open.rows.add(event.row());
                    mapped++;
                    continue;
                }
                if (open != null) {
                    episodes.accept(open.build());
                }
                count++;
                open = new Draft(event, person, count);
                mapped++;
                continue;
            }
            if (open == null || open.declined) {
                reported.accept(new ReportedRow(
                        event.row(),
                        GpIssueCode.NO_OPEN_REFERRAL,
                        event.mapping().label() + " (" + kind.code() + ") on " + event.date()
                                + (open == null
                                        ? " comes before any social prescribing referral of the person"
                                        : " comes after the person declined social prescribing on " + open.declinedOn)
                                + "; it has no open referral to attach to"));
                continue;
            }
            open.add(event);
            mapped++;
        }
        if (open != null) {
            episodes.accept(open.build());
        }
        return mapped;
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static CodedText coded(CodeMapping mapping) {
        return mapping.system() == GpCodeSystem.SNOMED
                ? CodedText.of(CodedConcept.snomed(mapping.code(), mapping.display()))
                : CodedText.ofText(mapping.display() + " (" + mapping.label() + ")");
    }

    /**
     * Who a person's events are about.
     *
     * @param person the person as the record gives them (from an extract, only the NHS number)
     * @param pseudonym the person's pseudonymous id, if the record identifies them by one; episode ids use it
     * @param practice the practice the person is registered at, if the record says (GP Connect does)
     */
    record PersonContext(Person person, Optional<String> pseudonym, Optional<GpPractice> practice) {}

    /** One episode being built. */
    private final class Draft {
        final LocalDate referralDate;
        final List<Long> rows = new ArrayList<>();
        final SocialPrescribingEpisode.Builder episode;
        final List<OutcomeMeasurement> measurements = new ArrayList<>();
        final Optional<OdsCode> practice;
        ReferralJourney journey;
        boolean declined;
        LocalDate declinedOn;

        Draft(GpEvent referral, PersonContext person, int number) {
            referralDate = referral.date();
            rows.add(referral.row());
            practice = person.practice().map(GpPractice::odsCode).or(referral::practice);
            Instant at = startOf(referral.date());
            journey = ReferralJourney.received(at);
            Referral.Builder details = Referral.builder()
                    .referralId(referral.recordId())
                    .source(ReferralSource.GP)
                    .referredAt(at);
            practice.ifPresent(ods -> details.referrer(
                    Referrer.builder().organisation(OrganisationRef.of(ods)).build()));
            episode = SocialPrescribingEpisode.builder().person(person.person()).referral(details.build());
            person.pseudonym().ifPresent(id -> episode.episodeId(id + "/" + number));
            person.practice()
                    .or(() -> practice.map(GpPractice::of))
                    .ifPresent(registered -> episode.addGpRegistration(GpRegistration.at(registered)));
        }

        void add(GpEvent event) {
            rows.add(event.row());
            Instant at = startOf(event.date());
            switch (event.mapping().kind()) {
                case DECLINED:
                    journey = journey.transitionTo(ReferralStatus.DECLINED, at);
                    declined = true;
                    declinedOn = event.date();
                    break;
                case LINK_WORKER_CONTACT:
                case REVIEW:
                    episode.addContact(ProfessionalContact.builder()
                            .at(at)
                            .contactType(coded(event.mapping()))
                            .build());
                    break;
                case SIGNPOSTING:
                    episode.addSignposting(Signposting.builder()
                            .date(event.date())
                            .addReason(coded(event.mapping()))
                            .build());
                    break;
                case SCORE:
                    addScore(event);
                    break;
                case REFERRAL:
                    throw new IllegalStateException("a referral is not added to an episode");
            }
        }

        private void addScore(GpEvent event) {
            CodeMapping mapping = event.mapping();
            Instrument instrument =
                    instruments.get(mapping.instrument().orElseThrow().value());
            OdsCode recordedAt = event.practice().or(() -> practice).orElse(null);
            String suppliedBy = SUPPLIED_BY + (recordedAt == null ? "" : " " + recordedAt.value());
            ScoreResult score = supplied(instrument, mapping, event.value().orElseThrow(), suppliedBy);
            for (OutcomeMeasurement before : measurements) {
                if (before.instrumentId().equals(instrument.id())
                        && before.date().equals(event.date())
                        && before.score().equals(Optional.of(score))) {
                    return;
                }
            }
            boolean first =
                    measurements.stream().noneMatch(m -> m.instrumentId().equals(instrument.id()));
            measurements.add(OutcomeMeasurement.builder()
                    .instrumentId(instrument.id())
                    .instrumentVersion(instrument.version())
                    .timepoint(first ? Timepoint.BASELINE : Timepoint.REVIEW)
                    .date(event.date())
                    .collector(Collector.HEALTH_SYSTEM)
                    .score(score)
                    .build());
        }

        GpEpisode build() {
            SocialPrescribingEpisode built = episode.journey(journey)
                    .addAllOutcomeMeasurements(measurements)
                    .build();
            return new GpEpisode(built, SpValidator.validate(built, CompleteForNationalDataset.class), rows);
        }
    }

    /**
     * The result for a score as a GP record holds it: the value as the component the code table names, or, where
     * the table names none, no component and a message saying the source does not tell which score it is.
     */
    static ScoreResult supplied(Instrument instrument, CodeMapping mapping, BigDecimal value, String suppliedBy) {
        ScoreResult.Builder result = ScoreResult.builder()
                .instrumentId(instrument.id())
                .instrumentVersion(instrument.version())
                .scoringRuleVersion(instrument.scoringRuleVersion())
                .suppliedBy(suppliedBy);
        if (mapping.component().isEmpty()) {
            return result.status(ScoreStatus.INCOMPLETE)
                    .addMessage(ScoreMessage.of(
                            GpIssueCode.SCORE_SCALE_NOT_STATED,
                            "the GP record gives " + value.toPlainString() + " under " + mapping.label()
                                    + ", which does not say whether it is the raw or the converted (metric) "
                                    + instrument.id() + " score; the SDK does not guess"))
                    .build();
        }
        String component = mapping.component().get();
        return result.status(component.equals(primary(instrument)) ? ScoreStatus.SCORED : ScoreStatus.INCOMPLETE)
                .addComponent(
                        ScoreComponent.builder().name(component).value(value).build())
                .build();
    }

    /** The component a summed scale's total is named by ({@code total}, SWEMWBS {@code raw}). */
    static String primary(Instrument instrument) {
        return instrument.scoringRule() instanceof SummedScale
                ? ((SummedScale) instrument.scoringRule()).totalName()
                : "total";
    }
}
