package org.socialprescribing.measures.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.NotScorableException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.person.AgeBand;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.service.ServiceCategory;

/**
 * Turns episodes into a pseudonymised research extract: one row per outcome measurement and score component (a
 * measurement without a score gives one row with its status), with the person's keyed pseudonym, coarsened dates and
 * equity dimensions. What never reaches the table: names, NHS numbers, addresses, postcodes, birth dates, exact
 * dates (only the month or year), and free text of any kind (only codes and numbers are copied).
 *
 * <p>A measurement's stored score is used when it has one (with the scoring-rule version that made it); otherwise its
 * answers are scored with the registry's current rule. An episode whose person has no NHS number gets no pseudonym: it
 * is left out and counted in {@link Result#episodesWithoutNhsNumber()}, because a pseudonym of any other identifier
 * would not link with extracts from other sources and a blank one would merge unrelated people. Immutable and
 * thread-safe.
 */
public final class ResearchExtract {

    /** How finely measurement dates are shown. */
    public enum Period {
        /** {@code yyyy-MM}. */
        MONTH,
        /** {@code yyyy}. */
        YEAR
    }

    /**
     * What an extract run produced.
     *
     * @param rows the rows, in episode then measurement order
     * @param episodes how many episodes were read
     * @param episodesWithoutNhsNumber how many were left out because their person has no NHS number
     */
    public record Result(List<ExtractRow> rows, int episodes, int episodesWithoutNhsNumber) {

        /** Copies the rows. */
        public Result {
            rows = List.copyOf(rows);
        }
    }

    private final Pseudonymiser pseudonymiser;
    private final InstrumentRegistry registry;
    private final Period period;
    private final List<AgeBand> ageBands;

    private ResearchExtract(
            Pseudonymiser pseudonymiser, InstrumentRegistry registry, Period period, List<AgeBand> ageBands) {
        this.pseudonymiser = pseudonymiser;
        this.registry = registry;
        this.period = period;
        this.ageBands = List.copyOf(ageBands);
    }

    /**
     * An extract with monthly periods and the given age bands.
     *
     * @param pseudonymiser the keyed pseudonymiser, not null
     * @param registry the instruments used to score unscored measurements, not null
     * @param ageBands the age bands to report (the SDK defines none of its own), not null
     * @return the extract, never null
     */
    public static ResearchExtract of(Pseudonymiser pseudonymiser, InstrumentRegistry registry, List<AgeBand> ageBands) {
        return new ResearchExtract(
                requireNonNull(pseudonymiser, "pseudonymiser"),
                requireNonNull(registry, "registry"),
                Period.MONTH,
                ageBands);
    }

    /**
     * The same extract with another date period.
     *
     * @param period month or year, not null
     * @return a new extract, never null
     */
    public ResearchExtract withPeriod(Period period) {
        return new ResearchExtract(pseudonymiser, registry, requireNonNull(period, "period"), ageBands);
    }

    /**
     * Extracts the rows of some episodes.
     *
     * @param episodes the episodes, not null
     * @return the rows and counts, never null
     */
    public Result extract(Collection<SocialPrescribingEpisode> episodes) {
        List<ExtractRow> rows = new ArrayList<>();
        int number = 0;
        int withoutNhsNumber = 0;
        for (SocialPrescribingEpisode episode : episodes) {
            number++;
            Optional<NhsNumber> nhsNumber = nhsNumberOf(episode);
            if (nhsNumber.isEmpty()) {
                withoutNhsNumber++;
                continue;
            }
            String person = pseudonymiser.pseudonym(nhsNumber.get());
            int measurement = 0;
            for (OutcomeMeasurement m : episode.outcomeMeasurements()) {
                measurement++;
                addRows(rows, episode, person, number, measurement, m);
            }
        }
        return new Result(rows, number, withoutNhsNumber);
    }

    /** The episode's NHS number; kept in one place because the model may allow an episode without one. */
    private static Optional<NhsNumber> nhsNumberOf(SocialPrescribingEpisode episode) {
        return episode.person().nhsNumber();
    }

    private void addRows(
            List<ExtractRow> rows,
            SocialPrescribingEpisode episode,
            String person,
            int episodeNumber,
            int measurementNumber,
            OutcomeMeasurement m) {
        Optional<ScoreResult> score = m.score().or(() -> score(m));
        List<String> common = new ArrayList<>();
        common.add(person);
        common.add(String.valueOf(episodeNumber));
        common.add(String.valueOf(measurementNumber));
        common.add(m.instrumentId().value());
        common.add(m.instrumentVersion());
        common.add(score.map(ScoreResult::scoringRuleVersion).orElse(""));
        common.add(m.timepoint().code());
        common.add(period(m.date()));
        common.add(m.collector().code());
        common.add(score.map(s -> s.status().code()).orElse("not_scored"));
        List<String> equity = equity(episode, m.date());
        String flags = score.map(s -> String.join(";", s.flags())).orElse("");
        List<ScoreComponent> components = score.map(ScoreResult::components).orElse(List.of());
        if (components.isEmpty()) {
            rows.add(row(common, "", "", "", flags, equity));
        }
        for (ScoreComponent component : components) {
            rows.add(row(
                    common,
                    component.name(),
                    component.value().toPlainString(),
                    component.band().map(b -> b.code()).orElse(""),
                    flags,
                    equity));
        }
    }

    private static ExtractRow row(
            List<String> common, String component, String value, String band, String flags, List<String> equity) {
        List<String> cells = new ArrayList<>(common);
        cells.add(component);
        cells.add(value);
        cells.add(band);
        cells.add(flags);
        cells.addAll(equity);
        return new ExtractRow(cells);
    }

    private Optional<ScoreResult> score(OutcomeMeasurement m) {
        return registry.find(m.instrumentId()).flatMap(instrument -> {
            try {
                return Optional.of(registry.scorer(instrument.id().value()).evaluate(Answers.ofText(m.answers())));
            } catch (NotScorableException e) {
                return Optional.empty();
            }
        });
    }

    private String period(LocalDate date) {
        return period == Period.YEAR
                ? String.valueOf(date.getYear())
                : String.format("%04d-%02d", date.getYear(), date.getMonthValue());
    }

    private List<String> equity(SocialPrescribingEpisode episode, LocalDate date) {
        Person person = episode.person();
        List<String> cells = new ArrayList<>();
        cells.add(person.imdDecile().map(d -> String.valueOf(d.decile())).orElse(""));
        cells.add(person.imdDecile().map(d -> d.index().code()).orElse(""));
        cells.add(person.ethnicCategory().map(e -> e.code()).orElse(""));
        cells.add(ageBand(person, date));
        cells.add(episode.referral().source().map(s -> s.code()).orElse(""));
        TreeSet<String> categories = new TreeSet<>();
        for (OnwardReferral referral : episode.onwardReferrals()) {
            referral.categories().stream().map(ServiceCategory::code).forEach(categories::add);
        }
        cells.add(String.join(";", categories));
        cells.add(episode.journey().status().code());
        return cells;
    }

    private String ageBand(Person person, LocalDate date) {
        try {
            return person.ageBandOn(date, ageBands).map(AgeBand::label).orElse("");
        } catch (InvalidValueException e) {
            return ""; // a measurement dated before the birth date: no age to report
        }
    }

    @Override
    public String toString() {
        return "ResearchExtract[" + period + ", " + ageBands.size() + " age bands, " + pseudonymiser + "]";
    }
}
