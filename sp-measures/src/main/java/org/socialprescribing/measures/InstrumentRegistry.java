package org.socialprescribing.measures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.socialprescribing.measures.instruments.BuiltInInstruments;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.Rescorer;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * Finds instruments by id: the built-in ones plus any contributed through {@link InstrumentProvider} and {@link
 * ServiceLoader}. For a record-only instrument, {@link #scorer} throws {@link NotScorableException} with the reason
 * the SDK does not compute its score. Immutable and thread-safe; scorers are compiled once and cached.
 */
public final class InstrumentRegistry {

    private final Map<InstrumentId, Instrument> byId;
    private final Map<InstrumentId, Scorer> scorers = new ConcurrentHashMap<>();

    private InstrumentRegistry(Map<InstrumentId, Instrument> byId) {
        this.byId = byId;
    }

    /**
     * The built-in instruments plus those found by {@link ServiceLoader} on the thread's context class loader (or
     * this library's loader when there is none).
     *
     * @return the registry, never null
     * @throws InvalidValueException if two instruments share an id
     */
    public static InstrumentRegistry standard() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader == null ? InstrumentRegistry.class.getClassLoader() : loader);
    }

    /**
     * The built-in instruments plus those found by {@link ServiceLoader} on a class loader.
     *
     * @param loader where to look for {@link InstrumentProvider}s, not null
     * @return the registry, never null
     * @throws InvalidValueException if two instruments share an id
     */
    public static InstrumentRegistry load(ClassLoader loader) {
        List<Instrument> all = new ArrayList<>(BuiltInInstruments.all());
        for (InstrumentProvider provider : ServiceLoader.load(InstrumentProvider.class, loader)) {
            all.addAll(provider.instruments());
        }
        return of(all);
    }

    /**
     * A registry of exactly the given instruments.
     *
     * @param instruments the instruments, not null
     * @return the registry, never null
     * @throws InvalidValueException if two instruments share an id
     */
    public static InstrumentRegistry of(Collection<Instrument> instruments) {
        Map<InstrumentId, Instrument> byId = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            if (byId.putIfAbsent(instrument.id(), instrument) != null) {
                throw new InvalidValueException("instrumentId", instrument.id().value(), "is registered twice");
            }
        }
        return new InstrumentRegistry(Collections.unmodifiableMap(byId));
    }

    /**
     * This registry plus more instruments, e.g. local instruments read with {@code LocalInstruments}.
     *
     * @param more the instruments to add, not null
     * @return a new registry, never null
     * @throws InvalidValueException if an id is already registered
     */
    public InstrumentRegistry withInstruments(Collection<Instrument> more) {
        List<Instrument> all = new ArrayList<>(byId.values());
        all.addAll(more);
        return of(all);
    }

    /** @return every instrument, built-in first, never null */
    public List<Instrument> instruments() {
        return List.copyOf(byId.values());
    }

    /**
     * Looks an instrument up.
     *
     * @param id the instrument id, not null
     * @return the instrument, or empty if none has that id
     */
    public Optional<Instrument> find(InstrumentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Gets an instrument.
     *
     * @param id the instrument id, e.g. {@code "swemwbs"}, not null
     * @return the instrument, never null
     * @throws InvalidValueException if the id is malformed or no instrument has it
     */
    public Instrument get(String id) {
        InstrumentId instrumentId = InstrumentId.of(id);
        return find(instrumentId)
                .orElseThrow(() -> new InvalidValueException(
                        "instrumentId", id, "is not a known instrument; known: " + byId.keySet()));
    }

    /**
     * The scorer of an instrument.
     *
     * @param id the instrument id, not null
     * @return the scorer, never null
     * @throws InvalidValueException if the id is malformed or unknown
     * @throws NotScorableException if the instrument is record-only
     */
    public Scorer scorer(String id) {
        Instrument instrument = get(id);
        return scorers.computeIfAbsent(instrument.id(), key -> Scorer.of(instrument));
    }

    /**
     * This registry's scoring rules as a {@link Rescorer}, for checking stored scores against their answers ({@code
     * OutcomeMeasurement.checkScore}, {@code SpValidator.validate(object, rescorer)}). It knows a rule version when an
     * instrument of this registry has that id, instrument version and scoring rule version and is not record-only;
     * it scores as {@link Scorer#evaluate} does, so invalid answers give an {@code invalid} result.
     *
     * @return the rescorer, never null; thread-safe
     */
    public Rescorer rescorer() {
        return this::rescore;
    }

    private Optional<ScoreResult> rescore(
            InstrumentId id, String instrumentVersion, String scoringRuleVersion, Map<String, String> answers) {
        Instrument instrument = byId.get(id);
        if (instrument == null
                || !instrument.version().equals(instrumentVersion)
                || !instrument.scoringRuleVersion().equals(scoringRuleVersion)
                || instrument.scoringRule() instanceof RecordOnly) {
            return Optional.empty();
        }
        Scorer scorer = scorers.computeIfAbsent(instrument.id(), key -> Scorer.of(instrument));
        Map<String, String> keyed = new LinkedHashMap<>();
        // A blank item key (possible in stored JSON) is an unknown item, as the scorer reports one; Answers refuses it.
        answers.forEach((key, value) -> keyed.put(key.isBlank() ? "(blank)" : key, value));
        return Optional.of(scorer.evaluate(Answers.ofText(keyed)));
    }

    @Override
    public String toString() {
        return "InstrumentRegistry" + byId.keySet();
    }
}
