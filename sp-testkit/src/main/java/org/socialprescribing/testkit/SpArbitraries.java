package org.socialprescribing.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.Consent;
import org.socialprescribing.model.episode.Goal;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.PlanNeed;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * jqwik generators of valid SDK values, for property tests of code that reads, maps, stores or shows them.
 *
 * <p>Every value is valid (it passes its factory's and builder's checks); how complete it is depends on the
 * {@link Completeness}: {@link #asReferred()} leaves out at random what real referrals often lack, {@link
 * #nationalDataset()} records everything the national dataset needs. Text is any character FHIR and XML can carry
 * (from the space to U+D7FF, with tab, line feed and carriage return), up to 12 characters and never blank; {@link
 * #withControlCharacters()} adds the other control characters for formats that escape them (JSON). Dates and
 * instants lie between 2020 and 2028. NHS numbers are valid: never print one in clear (the SDK's {@code toString()}
 * masks them).
 *
 * <pre>{@code
 * @Property
 * void episodes_roundTrip(@ForAll("episodes") SocialPrescribingEpisode episode) { ... }
 *
 * @Provide
 * Arbitrary<SocialPrescribingEpisode> episodes() {
 *     return SpArbitraries.asReferred().episodes();
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SpArbitraries {

    private final Completeness completeness;
    private final boolean controlCharacters;
    private final Values values;
    private final Parties parties;
    private final Services services;
    private final Episodes episodes;

    private SpArbitraries(Completeness completeness, boolean controlCharacters) {
        this.completeness = completeness;
        this.controlCharacters = controlCharacters;
        this.values = new Values(controlCharacters);
        this.parties = new Parties(values, completeness);
        this.services = new Services(values, parties);
        this.episodes = new Episodes(values, parties, completeness);
    }

    /**
     * Generators of values as real referrals arrive: PRSB's mandatory items and the national dataset's items are
     * left out at random ({@link Completeness#AS_REFERRED}).
     *
     * @return the generators, never null
     */
    public static SpArbitraries asReferred() {
        return new SpArbitraries(Completeness.AS_REFERRED, false);
    }

    /**
     * Generators of values complete for the national dataset ({@link Completeness#NATIONAL_DATASET}): {@code
     * SpValidator.validate(episode, CompleteForNationalDataset.class)} reports nothing for their episodes.
     *
     * @return the generators, never null
     */
    public static SpArbitraries nationalDataset() {
        return new SpArbitraries(Completeness.NATIONAL_DATASET, false);
    }

    /**
     * The same generators, with text that may also hold control characters (U+0000 to U+001F): for formats that
     * escape them, such as JSON; FHIR and XML cannot carry them.
     *
     * @return the generators, never null
     */
    public SpArbitraries withControlCharacters() {
        return new SpArbitraries(completeness, true);
    }

    /** @return how complete the generated values are, never null */
    public Completeness completeness() {
        return completeness;
    }

    /** @return whether text may hold control characters */
    public boolean controlCharacters() {
        return controlCharacters;
    }

    /** @return free text, 1 to 12 characters, never blank */
    public Arbitrary<String> text() {
        return values.text();
    }

    /** @return instants between 2020 and 2028, with nanoseconds */
    public Arbitrary<Instant> instants() {
        return Values.instants();
    }

    /** @return dates between 2020 and 2028 */
    public Arbitrary<LocalDate> dates() {
        return Values.dates();
    }

    /** @return valid NHS numbers (modulus 11 checked), never repdigits */
    public Arbitrary<NhsNumber> nhsNumbers() {
        return Values.nhsNumbers();
    }

    /** @return ODS codes of 3 to 8 letters and digits */
    public Arbitrary<OdsCode> odsCodes() {
        return Values.odsCodes();
    }

    /** @return real postcodes of every shape (including the Girobank and a BFPO code) */
    public Arbitrary<Postcode> postcodes() {
        return Values.postcodes();
    }

    /** @return registered charity numbers of England and Wales, Scotland and Northern Ireland */
    public Arbitrary<CharityNumber> charityNumbers() {
        return Values.charityNumbers();
    }

    /** @return Companies House numbers of England and Wales and of Scotland */
    public Arbitrary<CompanyNumber> companyNumbers() {
        return Values.companyNumbers();
    }

    /** @return coded concepts of SNOMED CT, the SDK's service categories or another system, with a display or not */
    public Arbitrary<CodedConcept> concepts() {
        return values.concepts();
    }

    /** @return coded text as PRSB pairs it: a code, free text or both */
    public Arbitrary<CodedText> codedTexts() {
        return values.codedTexts();
    }

    /** @return people with any of their items (demographics, deprivation, needs), as complete as this kit's setting */
    public Arbitrary<Person> persons() {
        return parties.persons();
    }

    /** @return professionals with at least a name, role, team, service or organisation */
    public Arbitrary<ProfessionalRef> professionals() {
        return parties.professionals();
    }

    /** @return references to organisations by ODS code, by name or both */
    public Arbitrary<OrganisationRef> organisationRefs() {
        return parties.organisationRefs();
    }

    /** @return GP practices with an ODS code, and a name and postcode or not */
    public Arbitrary<GpPractice> gpPractices() {
        return parties.gpPractices();
    }

    /** @return primary care networks with up to three member practices */
    public Arbitrary<PrimaryCareNetwork> primaryCareNetworks() {
        return parties.primaryCareNetworks();
    }

    /** @return integrated care boards */
    public Arbitrary<IntegratedCareBoard> integratedCareBoards() {
        return parties.integratedCareBoards();
    }

    /** @return local authorities, with an ODS code or not */
    public Arbitrary<LocalAuthority> localAuthorities() {
        return parties.localAuthorities();
    }

    /** @return VCSE organisations with any of their items (income, charity and company numbers...) */
    public Arbitrary<VcseOrganisation> vcseOrganisations() {
        return parties.vcseOrganisations();
    }

    /** @return personalised care roles of every type, with a local title or not */
    public Arbitrary<PersonalisedCareRole> careRoles() {
        return parties.careRoles();
    }

    /** @return link worker roles: employer, employment model, PCNs served, caseload */
    public Arbitrary<LinkWorkerRole> linkWorkerRoles() {
        return parties.linkWorkerRoles();
    }

    /**
     * Services of a directory as the SDK holds them: provider, locations, schedules, eligibility, costs, capacity
     * and contacts filled or left out at random.
     *
     * @return the generator, never null
     */
    public Arbitrary<Service> services() {
        return services.services();
    }

    /**
     * Outcome measurements of the standard instruments that the SDK scores (every one but PAM), answers left out at
     * random, with the score sp-measures gives for the answers or no score: never a contradicting score.
     *
     * @return the generator, never null
     */
    public Arbitrary<OutcomeMeasurement> outcomeMeasurements() {
        return Measurements.outcomeMeasurements();
    }

    /** @return consents with one to three purposes, withdrawn or not */
    public Arbitrary<Consent> consents() {
        return episodes.consents();
    }

    /** @return referrals with their referrer, source, needs and recipient, as complete as this kit's setting */
    public Arbitrary<Referral> referrals() {
        return episodes.referrals();
    }

    /** @return legal walks through the referral status table, who made each change known or not */
    public Arbitrary<ReferralJourney> journeys() {
        return episodes.journeys();
    }

    /**
     * Onward referrals to VCSE services: a legal history of the provider's steps, feedback and attendance.
     *
     * @param id  the onward referral's id, not null
     * @return the generator, never null
     */
    public Arbitrary<OnwardReferral> onwardReferrals(String id) {
        return episodes.onwardReferrals(id);
    }

    /** @return goals with actions, importance, confidence, dates and outcomes (no action names an onward referral) */
    public Arbitrary<Goal> goals() {
        return episodes.goals(List.of());
    }

    /**
     * Episodes with every section filled or left out at random: legal journeys and onward referral histories,
     * support plans whose actions name the episode's onward referrals, outcome measurements; half of them carry
     * ids on their consents, measurements, needs and goals ({@link #withIds}). Complete for the national dataset
     * with {@link #nationalDataset()}.
     *
     * @return the generator, never null
     */
    public Arbitrary<SocialPrescribingEpisode> episodes() {
        return episodes.episodes();
    }

    /**
     * The episode with an id on every consent, outcome measurement, plan need and goal, by position ({@code c0},
     * {@code m0}, {@code n0}, {@code g0}...), replacing any id they had.
     *
     * @param episode  the episode, not null
     * @return the episode with ids, never null
     */
    public static SocialPrescribingEpisode withIds(SocialPrescribingEpisode episode) {
        List<Consent> consents = new ArrayList<>();
        for (Consent consent : episode.consents()) {
            consents.add(consent.withId("c" + consents.size()));
        }
        List<OutcomeMeasurement> measurements = new ArrayList<>();
        for (OutcomeMeasurement measurement : episode.outcomeMeasurements()) {
            measurements.add(measurement.withId("m" + measurements.size()));
        }
        SocialPrescribingEpisode result = episode.withConsents(consents).withOutcomeMeasurements(measurements);
        if (episode.supportPlan().isPresent()) {
            List<PlanNeed> needs = new ArrayList<>();
            int goal = 0;
            for (PlanNeed need : episode.supportPlan().get().needs()) {
                List<Goal> goals = new ArrayList<>();
                for (Goal g : need.goals()) {
                    goals.add(g.withId("g" + goal++));
                }
                needs.add(need.withId("n" + needs.size()).withGoals(goals));
            }
            result = result.withSupportPlan(episode.supportPlan().get().withNeeds(needs));
        }
        return result;
    }
}
