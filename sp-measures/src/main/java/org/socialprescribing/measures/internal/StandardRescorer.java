package org.socialprescribing.measures.internal;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.Rescorer;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * The rescorer sp-model finds with {@link ServiceLoader} ({@link Rescorer#installed()}): the rules of {@link
 * InstrumentRegistry#standard()}, built on first use. Public only because {@link ServiceLoader} needs it.
 */
public final class StandardRescorer implements Rescorer {

    /** Creates the rescorer; called by {@link ServiceLoader}. */
    public StandardRescorer() {}

    private static final class Holder {
        static final Rescorer STANDARD = InstrumentRegistry.standard().rescorer();
    }

    @Override
    public Optional<ScoreResult> rescore(
            InstrumentId instrumentId,
            String instrumentVersion,
            String scoringRuleVersion,
            Map<String, String> answers) {
        return Holder.STANDARD.rescore(instrumentId, instrumentVersion, scoringRuleVersion, answers);
    }
}
