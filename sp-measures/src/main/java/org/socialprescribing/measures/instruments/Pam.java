package org.socialprescribing.measures.instruments;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.RecordOnly;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * The Patient Activation Measure (PAM-13), record-only: its owner does not disclose the scoring algorithm ("We do not
 * share the algorithm used for scoring", Insignia Health) [V], so the SDK never computes it. A score (0..100) and
 * activation level (1..4) [V] supplied by the licensed provider can be {@linkplain #record recorded} with their
 * provenance. PAM belongs to the health system tier: the report says VCSE partners should not be asked to use it.
 */
public final class Pam {

    /** The component holding the supplied score 0..100. */
    public static final String SCORE = "score";
    /** The component holding the supplied activation level 1..4. */
    public static final String LEVEL = "level";

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "pam",
                    "Patient Activation Measure (PAM-13)",
                    Licence.builder()
                            .owner("Insignia Health / Phreesia [V]")
                            .itemTextBundlable(false)
                            .terms("Licence required; the scoring algorithm is not disclosed [V]")
                            .build(),
                    "Patient Activation Measure, Insignia Health [V]",
                    Collector.HEALTH_SYSTEM)
            .scoringRule(RecordOnly.because("the owner (Insignia Health) does not disclose the scoring algorithm"
                    + " (\"We do not share the algorithm used for scoring\") [V]; record the licensed provider's"
                    + " score and level instead"))
            .scoringRuleVersion("pam-record-1")
            .build();

    private Pam() {}

    /** @return the record-only PAM instrument, never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }

    /**
     * Records a PAM score supplied by a licensed provider.
     *
     * @param score the supplied score, 0..100, not null
     * @param level the supplied activation level, 1..4
     * @param suppliedBy who computed the score (e.g. the licensed platform), not blank
     * @return a scored result whose {@code suppliedBy} names the provenance, never null
     * @throws InvalidValueException if the score or level is out of range or the supplier is blank
     */
    public static ScoreResult record(BigDecimal score, int level, String suppliedBy) {
        requireNonNull(score, "score");
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException("pam.score", score.toPlainString(), "must be within 0..100");
        }
        if (level < 1 || level > 4) {
            throw new InvalidValueException("pam.level", String.valueOf(level), "must be within 1..4");
        }
        if (suppliedBy.isBlank()) {
            throw new InvalidValueException("pam.suppliedBy", "must name who computed the score");
        }
        return ScoreResult.builder()
                .instrumentId(INSTRUMENT.id())
                .instrumentVersion(INSTRUMENT.version())
                .scoringRuleVersion(INSTRUMENT.scoringRuleVersion())
                .status(ScoreStatus.SCORED)
                .addComponent(ScoreComponent.builder().name(SCORE).value(score).build())
                .addComponent(ScoreComponent.builder()
                        .name(LEVEL)
                        .value(BigDecimal.valueOf(level))
                        .build())
                .suppliedBy(suppliedBy.strip())
                .build();
    }
}
