package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.mapping.internal.At;
import org.socialprescribing.fhir.mapping.internal.BundleWriter;
import org.socialprescribing.fhir.mapping.internal.EpisodeFhir;
import org.socialprescribing.fhir.mapping.internal.IntakeEpisode;
import org.socialprescribing.fhir.mapping.internal.RandomUuids;
import org.socialprescribing.fhir.mapping.internal.Reading;
import org.socialprescribing.fhir.mapping.internal.ResourceIndex;
import org.socialprescribing.fhir.mapping.internal.ServiceFhir;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.service.Service;

/**
 * A whole social prescribing episode as one FHIR R4 Bundle, and back: the Patient and GP practices, the {@code
 * EpisodeOfCare}, the referral ({@code ServiceRequest}, Gravity-style {@code Task}, one {@code Provenance} per
 * journey event), onward referrals with feedback and attendance, the support plan, consents, safeguarding, risks,
 * contacts, signposting and outcome measurements, referring to each other by {@code urn:uuid} fullUrls.
 *
 * <pre>{@code
 * EpisodeBundles bundles = EpisodeBundles.standard();
 * Bundle transaction = bundles.toTransaction(episode);          // POST it to a FHIR server's base
 * MappingResult<SocialPrescribingEpisode> back = bundles.toEpisode(transaction);
 * back.value().equals(episode);                                  // true: nothing is lost
 * back.report().warnings();                                      // content the model has no home for, if any
 * }</pre>
 *
 * <p>Reading accepts a Bundle of any type (a transaction, a collection, a search result) or a list of resources
 * referring to each other by {@code Type/id}, holding one episode. It gives back an equal episode, or throws a
 * {@link FhirFormatException} whose {@code location()} is the FHIRPath of the problem (a dangling reference, a
 * reference to the wrong type, an invalid NHS number, a journey that breaks the referral lifecycle): never a partial
 * episode. Content the domain model has no home for and resources the episode does not use are warnings in the
 * result's report, never dropped silently. {@code docs/fhir.md} ("Mappings") documents every element.
 *
 * <p>A Bundle without the SDK's own EpisodeOfCare (one that claims the SDK episode profile) is another system's
 * referral, read leniently by {@link #importEpisode(Bundle)}: Gravity SDOH, BaRS messages, search results and bare
 * transactions of Patient and ServiceRequest. {@code importEpisode} reports every problem at once; {@code toEpisode}
 * throws the first error of a refused input and keeps the warnings of an accepted one.
 *
 * <p>Incomplete episodes map both ways: an item the episode does not record (no NHS number yet, no GP practice, no
 * risks, no referrer) is an absent FHIR element or resource, and an absent one reads back as the item not
 * recorded. Writing never needs a complete episode; whether it is complete is {@code SpValidator.validate(episode,
 * CompleteForPrsb.class)}.
 *
 * <p>Immutable and thread-safe if its UUID source is.
 */
public final class EpisodeBundles {

    private final Supplier<UUID> ids;
    private final OutcomeMeasurementMapper measurements;
    private final Map<String, Service> services;
    private final Clock clock;

    private EpisodeBundles(
            Supplier<UUID> ids, OutcomeMeasurementMapper measurements, Map<String, Service> services, Clock clock) {
        this.ids = ids;
        this.measurements = measurements;
        this.services = services;
        this.clock = clock;
    }

    /**
     * Bundles with random (version 4) UUIDs, mapping the outcome measurements of the standard instruments. The UUIDs
     * come from a fast per-thread generator seeded from {@code SecureRandom}: they name entries inside one Bundle, so
     * they must be unique, not unguessable; {@code withIds(UUID::randomUUID)} draws each from {@code SecureRandom}.
     *
     * @return the bundles, never null
     */
    public static EpisodeBundles standard() {
        return new EpisodeBundles(new RandomUuids(), OutcomeMeasurementMapper.standard(), Map.of(), Clock.systemUTC());
    }

    /**
     * The same bundles with another source of the entries' UUIDs, e.g. a seeded one for reproducible output.
     *
     * @param ids the UUID source, not null; called once per entry
     * @return new bundles, never null
     */
    public EpisodeBundles withIds(Supplier<UUID> ids) {
        return new EpisodeBundles(requireNonNull(ids, "ids"), measurements, services, clock);
    }

    /**
     * The same bundles with another mapper of outcome measurements, e.g. one that knows local instruments or a
     * licensee's Outcomes Star.
     *
     * @param mapper the mapper, not null
     * @return new bundles, never null
     */
    public EpisodeBundles withMeasurementMapper(OutcomeMeasurementMapper mapper) {
        return new EpisodeBundles(ids, requireNonNull(mapper, "mapper"), services, clock);
    }

    /**
     * The same bundles knowing a directory's services: an onward referral or signposting that names one of them by
     * its directory id carries the service in full, a {@code HealthcareService} with its provider {@code
     * Organization} and {@code Location}s (once per Bundle, as {@link ServiceMapper} writes them), referenced by
     * fullUrl and still by the directory id, so that a receiver needs no access to the SDK's directory. A service
     * not given stays a reference by identifier. Reading gives back the same episode; {@link #servicesOf} gives the
     * services.
     *
     * @param directory the services, each with a directory id; not null
     * @return new bundles, never null
     * @throws InvalidValueException if a service has no directory id, or two share one
     */
    public EpisodeBundles withServices(Collection<Service> directory) {
        Map<String, Service> byId = new LinkedHashMap<>();
        for (Service service : requireNonNull(directory, "directory")) {
            String id = requireNonNull(service, "service")
                    .directoryId()
                    .orElseThrow(() -> new InvalidValueException(
                            "directoryId", "a service written into an episode Bundle needs its directory id"));
            if (byId.put(id, service) != null) {
                throw new InvalidValueException("directoryId", id, "two services share this directory id");
            }
        }
        return new EpisodeBundles(ids, measurements, Map.copyOf(byId), clock);
    }

    /**
     * The directory services an episode Bundle carries in full (each {@code HealthcareService} with its provider and
     * locations), read as {@link ServiceMapper#toService} reads one, in input order.
     *
     * @param bundle the Bundle, not null; not changed
     * @return the services, never null
     * @throws FhirFormatException if a HealthcareService, its provider or a location cannot be read
     */
    public List<Service> servicesOf(Bundle bundle) {
        Reading reading = new Reading(ResourceIndex.of(requireNonNull(bundle, "bundle")));
        List<Service> result = new ArrayList<>();
        for (At<HealthcareService> service : reading.index().ofType(HealthcareService.class)) {
            result.add(ServiceFhir.read(reading, service));
        }
        return List.copyOf(result);
    }

    /**
     * The same bundles with another clock, which decides which of another system's names and addresses are current
     * (by their {@code period}) when a referral is imported; for tests.
     *
     * @param clock the clock, not null
     * @return new bundles, never null
     */
    public EpisodeBundles withClock(Clock clock) {
        return new EpisodeBundles(ids, measurements, services, requireNonNull(clock, "clock"));
    }

    /**
     * Maps an episode to a transaction Bundle: every entry a {@code POST}, the Patient created only if no Patient
     * has its NHS number ({@code ifNoneExist}; without an NHS number, created).
     *
     * @param episode the episode, not null
     * @return the Bundle, never null
     * @throws InvalidValueException if a text holds a control character or is blank (which FHIR cannot carry), or
     *     an outcome measurement cannot be mapped (unknown instrument, invalid answers)
     */
    public Bundle toTransaction(SocialPrescribingEpisode episode) {
        return write(episode, Bundle.BundleType.TRANSACTION);
    }

    /**
     * Maps an episode to a collection Bundle, the same resources as {@link #toTransaction} without requests.
     *
     * @param episode the episode, not null
     * @return the Bundle, never null
     * @throws InvalidValueException as for {@link #toTransaction}
     */
    public Bundle toCollection(SocialPrescribingEpisode episode) {
        return write(episode, Bundle.BundleType.COLLECTION);
    }

    /** A Bundle writer of this type that knows these bundles' services. */
    BundleWriter writer(Bundle.BundleType type, Supplier<UUID> uuids) {
        return new BundleWriter(type, uuids).withServices(services);
    }

    private Bundle write(SocialPrescribingEpisode episode, Bundle.BundleType type) {
        BundleWriter bundle = new BundleWriter(type, ids).withServices(services);
        EpisodeFhir.write(requireNonNull(episode, "episode"), bundle, measurements);
        return bundle.bundle();
    }

    /**
     * Maps a Bundle holding one episode back to the episode.
     *
     * @param bundle the Bundle, of any type, not null; not changed
     * @return the episode, with warnings for what it could not carry
     * @throws FhirFormatException if the Bundle does not hold one valid episode; the location names the element at
     *     fault
     */
    public MappingResult<SocialPrescribingEpisode> toEpisode(Bundle bundle) {
        if (!IntakeEpisode.isSdkEpisode(requireNonNull(bundle, "bundle"))) {
            IntakeResult<SocialPrescribingEpisode> intake = importEpisode(bundle);
            if (intake.refused()) {
                ValidationIssue first = intake.report().errors().get(0);
                throw new FhirFormatException(
                        first.code() instanceof FhirIssueCode
                                ? (FhirIssueCode) first.code()
                                : FhirIssueCode.INVALID_STRUCTURE,
                        first.path(),
                        null,
                        first.message() + refusedToo(intake.report().errors().size() - 1),
                        null);
            }
            return MappingResult.of(
                    intake.value().orElseThrow(),
                    ValidationReport.of(intake.report().warnings()));
        }
        Reading reading = new Reading(ResourceIndex.of(bundle));
        SocialPrescribingEpisode episode = EpisodeFhir.read(reading, measurements);
        return MappingResult.of(episode, reading.finish("the episode"));
    }

    private static String refusedToo(int more) {
        return more == 0 ? "" : " (and " + more + " more error(s); importEpisode reports them all)";
    }

    /**
     * Imports a referral from any system, reporting every problem at once instead of throwing at the first. A Bundle
     * with the SDK's own EpisodeOfCare is read as {@link #toEpisode(Bundle)} reads it. Any other Bundle is read as
     * another system's referral: a Gravity SDOH referral (Patient, ServiceRequest, Task), a BaRS message ({@code
     * MessageHeader.focus} names the ServiceRequest), a search result or a bare transaction of Patient and
     * ServiceRequest, with no SDK resource, extension or code system required. The episode's journey starts {@code
     * received} and follows the Task's FHIR status; every element the model cannot hold is a warning with its
     * FHIRPath; an unknown modifier extension or a Bundle with no referral refuses the input.
     * {@code docs/fhir.md} ("Intake") documents what is read from where.
     *
     * @param bundle the Bundle, of any type, not null; not changed
     * @return the episode with every problem found, or a refusal listing them; never null
     */
    public IntakeResult<SocialPrescribingEpisode> importEpisode(Bundle bundle) {
        requireNonNull(bundle, "bundle");
        if (IntakeEpisode.isSdkEpisode(bundle)) {
            try {
                MappingResult<SocialPrescribingEpisode> read = toEpisode(bundle);
                return IntakeResult.of(read.value(), read.report());
            } catch (FhirFormatException e) {
                return IntakeResult.refused(
                        ValidationReport.of(ValidationIssue.of(e.code(), Severity.ERROR, e.location(), e.rule())));
            }
        }
        return IntakeEpisode.read(bundle, measurements, clock.instant());
    }

    /**
     * Maps a set of resources holding one episode back to the episode. They refer to each other by {@code Type/id},
     * as a server returns them; locations are those of a collection Bundle of the resources in this order
     * ({@code Bundle.entry[i].resource}).
     *
     * @param resources the resources, not null; not changed
     * @return the episode, with warnings for what it could not carry
     * @throws FhirFormatException if the resources do not hold one valid episode
     */
    public MappingResult<SocialPrescribingEpisode> toEpisode(List<? extends Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        requireNonNull(resources, "resources")
                .forEach(resource -> bundle.addEntry().setResource(resource));
        return toEpisode(bundle);
    }

    /**
     * Reads a Bundle from FHIR JSON or XML text, through {@link FhirResourceReader} with its default limits, and
     * maps it back to the episode.
     *
     * @param text the Bundle as FHIR JSON or XML, not null
     * @return the episode, with warnings for what it could not carry
     * @throws FhirFormatException if the text is not a readable Bundle or does not hold one valid episode
     */
    public MappingResult<SocialPrescribingEpisode> parseEpisode(String text) {
        return toEpisode(FhirResourceReader.standard().parse(requireNonNull(text, "text"), Bundle.class));
    }
}
