package org.socialprescribing.measures;

import java.util.Collection;

/**
 * The service-provider interface through which a jar adds instruments to {@link InstrumentRegistry#standard()}: list
 * the implementation in {@code META-INF/services/org.socialprescribing.measures.InstrumentProvider}. Implementations
 * need a public no-argument constructor.
 */
public interface InstrumentProvider {

    /**
     * The instruments this provider contributes.
     *
     * @return the instruments, never null
     */
    Collection<Instrument> instruments();
}
