package org.socialprescribing.cli;

import java.util.stream.Collectors;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.NotScorableException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.InstrumentId;

/** Finds instruments for the commands, turning an unknown or record-only instrument into a usage error. */
final class Instruments {

    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.standard();

    private Instruments() {}

    /** @return every instrument the command line knows: the built-in ones and any found through ServiceLoader */
    static InstrumentRegistry registry() {
        return REGISTRY;
    }

    /**
     * Finds an instrument.
     *
     * @param id the id as typed
     * @return the instrument
     * @throws UsageException if no instrument has the id
     */
    static Instrument get(String id) {
        try {
            return REGISTRY.find(InstrumentId.of(id)).orElseThrow(() -> unknown(id));
        } catch (InvalidValueException e) {
            throw unknown(id);
        }
    }

    /**
     * Finds an instrument's scorer.
     *
     * @param id the id as typed
     * @return the scorer
     * @throws UsageException if no instrument has the id, or the SDK does not score it (PAM)
     */
    static Scorer scorer(String id) {
        Instrument instrument = get(id);
        try {
            return REGISTRY.scorer(instrument.id().value());
        } catch (NotScorableException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static UsageException unknown(String id) {
        String known = REGISTRY.instruments().stream().map(i -> i.id().value()).collect(Collectors.joining(", "));
        return new UsageException("unknown instrument '" + CsvRowHandler.shown(id.toCharArray(), 0, id.length())
                + "'; known: " + known + " (see 'sp instruments')");
    }
}
