package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * One file of answers for {@code sp change}, scored and kept in memory by id (a join needs both sides): each
 * person's status, message and score result, and optionally the value of an equity column. Ids must be present and
 * unique; a file that breaks that is a usage error, because a join on it would be a guess.
 */
final class MeasuredFile {

    /**
     * One person's row.
     *
     * @param line the line the row starts on
     * @param id the person's id
     * @param stratum the value of the {@code --by} column, empty without one
     * @param status the score status
     * @param message the row's message (empty when scored)
     * @param result the score result; absent when the row is ragged or invalid outside the reporting stage, and
     *     holding only the single-item facts (ONS4 items, flags) when it is invalid
     */
    record Measured(
            long line,
            String id,
            String stratum,
            ScoreStatus status,
            String message,
            @Nullable ScoreResult result) {}

    private final String name;
    private final Map<String, Measured> byId;
    private final StatusCounts counts;

    private MeasuredFile(String name, Map<String, Measured> byId, StatusCounts counts) {
        this.name = name;
        this.byId = Collections.unmodifiableMap(byId);
        this.counts = counts;
    }

    /**
     * Reads and scores a file.
     *
     * @param file the file, or {@code -}
     * @param scorer the instrument's scorer
     * @param by the equity column to keep, or null
     * @param err stderr, for progress
     * @param quiet true to show no progress
     * @param limits the limits on the input
     * @return the people by id, in file order
     * @throws UsageException if the file cannot be read, lacks columns, or has a missing or repeated id
     */
    static MeasuredFile read(
            String file, Scorer scorer, @Nullable String by, PrintWriter err, boolean quiet, InputLimits limits) {
        List<String> texts = new ArrayList<>(List.of("id"));
        if (by != null) {
            texts.add(by);
        }
        Map<String, Measured> byId = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        try (CsvInput input = CsvInput.open(file, limits)) {
            ScoringPlan plan = ScoringPlan.of(scorer, new Header(input.name(), input.header()), texts);
            plan.selectColumns(input);
            Progress progress = Progress.onTerminal(err, "reading " + input.name(), quiet);
            StatusCounts counts =
                    ScoringRun.run(input, plan, texts.size(), ScoredChunk.DEFAULT_CAPACITY, progress, (chunk, r) -> {
                        String id = chunk.text(0, r);
                        long line = chunk.line(r);
                        if (id.isBlank()) {
                            throw new UsageException(input.name() + ": line " + line + " has no id");
                        }
                        Long first = lines.putIfAbsent(id, line);
                        if (first != null) {
                            // The id itself is not shown: it may be a personal identifier.
                            throw new UsageException(input.name() + ": lines " + first + " and " + line
                                    + " have the same id; sp change needs one row per person in each file");
                        }
                        ScoreStatus status = chunk.status(r);
                        byId.put(
                                id,
                                new Measured(
                                        line,
                                        id,
                                        by == null ? "" : chunk.text(1, r),
                                        status,
                                        chunk.message(r),
                                        status == ScoreStatus.INVALID && !chunk.invalidInReportingStage(r)
                                                ? null
                                                : chunk.result(r)));
                    });
            counts.account(input, err);
            return new MeasuredFile(input.name(), byId, counts);
        }
    }

    /** @return the file's name for messages */
    String name() {
        return name;
    }

    /** @return the people by id, in file order */
    Map<String, Measured> byId() {
        return byId;
    }

    /** @return the rows counted by status */
    StatusCounts counts() {
        return counts;
    }
}
