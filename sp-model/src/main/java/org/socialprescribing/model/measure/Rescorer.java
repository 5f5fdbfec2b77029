package org.socialprescribing.model.measure;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Scores answers again under a named scoring rule version, so that a stored score can be checked against its
 * answers ({@link OutcomeMeasurement#checkScore(Rescorer)}).
 *
 * <p>sp-model states the rule (a stored score is what its rule gives, or names its supplier) but cannot score: the
 * scoring rules live in sp-measures, which depends on sp-model. So sp-measures implements this interface ({@code
 * InstrumentRegistry.rescorer()}) and registers the standard one with {@link ServiceLoader}; {@link #installed()}
 * finds it. Without sp-measures on the class path no rule is known, and every computed score is unverifiable.
 *
 * <p>Implementations are thread-safe and never throw for any answers: invalid answers give an {@code invalid}
 * result.
 */
@FunctionalInterface
public interface Rescorer {

    /**
     * Scores answers under a scoring rule version.
     *
     * @param instrumentId the instrument, not null
     * @param instrumentVersion the version of the instrument definition, not null
     * @param scoringRuleVersion the scoring rule version the stored score names, not null
     * @param answers the answers by item key, as stored, not null
     * @return the result that rule gives, or empty if this rescorer does not know that rule version of that
     *     instrument, or the rule is record-only
     */
    Optional<ScoreResult> rescore(
            InstrumentId instrumentId,
            String instrumentVersion,
            String scoringRuleVersion,
            Map<String, String> answers);

    /**
     * The rescorer found on the class path with {@link ServiceLoader} (sp-measures provides one for its standard
     * instruments), or {@link #none()} if there is none. Looked up once.
     *
     * @return the rescorer, never null
     */
    static Rescorer installed() {
        return ScoreConsistency.INSTALLED.get();
    }

    /**
     * A rescorer that knows no rule: every computed score it is asked about is unverifiable.
     *
     * @return the rescorer, never null
     */
    static Rescorer none() {
        return ScoreConsistency.NONE;
    }
}
