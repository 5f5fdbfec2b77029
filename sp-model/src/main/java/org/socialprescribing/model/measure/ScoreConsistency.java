package org.socialprescribing.model.measure;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.socialprescribing.model.ModelIssueCode;

/** The rule that a stored score is what its scoring rule gives for the answers, or names its supplier. */
final class ScoreConsistency {

    static final Rescorer NONE = (instrumentId, instrumentVersion, scoringRuleVersion, answers) -> Optional.empty();

    /** The rescorer on the class path, looked up once on first use (the JVM makes the holder thread-safe). */
    static final Supplier<Rescorer> INSTALLED = () -> Installed.RESCORER;

    private ScoreConsistency() {}

    private static final class Installed {
        static final Rescorer RESCORER = ServiceLoader.load(Rescorer.class, Rescorer.class.getClassLoader())
                .findFirst()
                .orElse(NONE);
    }

    static Optional<ModelIssueCode> check(OutcomeMeasurement measurement, Rescorer rescorer) {
        if (measurement.score().isEmpty()) {
            return Optional.empty();
        }
        ScoreResult stored = measurement.score().get();
        if (!stored.instrumentId().equals(measurement.instrumentId())
                || !stored.instrumentVersion().equals(measurement.instrumentVersion())) {
            return Optional.of(ModelIssueCode.MEASUREMENT_SCORE_OTHER_INSTRUMENT);
        }
        if (stored.suppliedBy().isPresent()) {
            return Optional.empty(); // recorded elsewhere (e.g. PAM, a GP record): its provenance is the check
        }
        Optional<ScoreResult> expected = rescorer.rescore(
                stored.instrumentId(), stored.instrumentVersion(), stored.scoringRuleVersion(), measurement.answers());
        if (expected.isEmpty()) {
            return Optional.of(ModelIssueCode.MEASUREMENT_SCORE_UNVERIFIABLE);
        }
        return agree(stored, expected.get())
                ? Optional.empty()
                : Optional.of(ModelIssueCode.MEASUREMENT_SCORE_MISMATCH);
    }

    /**
     * Whether two results state the same score: status, components (values compared as numbers, so {@code 7} and
     * {@code 7.0} agree) with their bands, and flags in any order. Messages are explanations, not the score.
     */
    private static boolean agree(ScoreResult stored, ScoreResult expected) {
        if (stored.status() != expected.status()
                || !new HashSet<>(stored.flags()).equals(new HashSet<>(expected.flags()))) {
            return false;
        }
        List<ScoreComponent> a = stored.components();
        List<ScoreComponent> b = expected.components();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name().equals(b.get(i).name())
                    || a.get(i).value().compareTo(b.get(i).value()) != 0
                    || !a.get(i).band().equals(b.get(i).band())) {
                return false;
            }
        }
        return true;
    }
}
