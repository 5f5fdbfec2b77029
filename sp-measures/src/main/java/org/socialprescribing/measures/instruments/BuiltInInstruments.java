package org.socialprescribing.measures.instruments;

import java.util.List;
import org.socialprescribing.measures.Instrument;

/** The instruments the SDK ships, in the order they are listed. */
public final class BuiltInInstruments {

    private BuiltInInstruments() {}

    /**
     * Every built-in instrument in its default form (WEMWBS without bands, UCLA-3 without a cut-off).
     *
     * @return the instruments, never null
     */
    public static List<Instrument> all() {
        return List.of(
                Ons4.instrument(),
                Wemwbs.instrument(),
                Swemwbs.instrument(),
                Ucla3.instrument(),
                OnsLoneliness.instrument(),
                Phq9.instrument(),
                Gad7.instrument(),
                Pam.instrument());
    }
}
