package org.socialprescribing.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.contract.ContractRows;
import org.socialprescribing.measures.contract.ScoreContract;

/**
 * One SQL scoring function, e.g. {@code sp_score_phq9}: its name, its instrument, which numbers of answers it takes
 * and the struct it returns. Serializable by name and instrument id only; executors find the instrument again in
 * {@link InstrumentRegistry#standard()} (built-in instruments, and extras whose jar is on their class path).
 */
public final class ScoreFunction implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The prefix of every scoring function's name. */
    public static final String PREFIX = "sp_score_";

    private final String instrumentId;

    private transient @Nullable Resolved resolved;

    /** What the instrument id resolves to in this JVM. */
    private static final class Resolved {
        private final ScoreContract required;
        private final @Nullable ScoreContract all;
        private final @Nullable ScoreContract fromWemwbs;
        private final StructType dataType;

        Resolved(String instrumentId) {
            Scorer scorer = InstrumentRegistry.standard().scorer(instrumentId);
            List<Item> items = scorer.instrument().items();
            boolean optional = items.stream().anyMatch(item -> !item.isRequired());
            this.required = ScoreContract.of(scorer, key -> false);
            this.all = optional ? ScoreContract.of(scorer, key -> true) : null;
            this.fromWemwbs = instrumentId.equals("swemwbs") ? ScoreContract.swemwbsFromWemwbs(scorer) : null;
            this.dataType = structOf(required);
        }
    }

    /**
     * Creates the function of an instrument.
     *
     * @param instrumentId the instrument's id, e.g. {@code phq9}
     */
    public ScoreFunction(String instrumentId) {
        this.instrumentId = instrumentId;
    }

    /** @return the instrument id */
    public String instrumentId() {
        return instrumentId;
    }

    /** @return the SQL name, e.g. {@code sp_score_phq9} */
    public String name() {
        return PREFIX + instrumentId;
    }

    private Resolved resolved() {
        Resolved current = resolved;
        if (current == null) {
            current = new Resolved(instrumentId);
            resolved = current;
        }
        return current;
    }

    /** @return the struct every call returns: the {@code sp score} columns of the instrument */
    public StructType dataType() {
        return resolved().dataType;
    }

    /**
     * The layout for a number of answers.
     *
     * @param answers how many answers a row gives
     * @return the layout, or empty if the instrument takes no such number
     */
    public Optional<ScoreContract> layoutFor(int answers) {
        Resolved r = resolved();
        if (answers == r.required.answerColumns().size()) {
            return Optional.of(r.required);
        }
        if (r.all != null && answers == r.all.answerColumns().size()) {
            return Optional.of(r.all);
        }
        if (r.fromWemwbs != null && answers == r.fromWemwbs.answerColumns().size()) {
            return Optional.of(r.fromWemwbs);
        }
        return Optional.empty();
    }

    /**
     * The layout the CLI reads from a header with these columns: an optional item (PHQ-9's {@code phq9_10}) is read
     * when its column is present, and SWEMWBS from {@code wemwbs_1..wemwbs_14} when there is no {@code swemwbs_<n>}
     * column (docs/cli.md). The columns may still lack some of the layout's items: the caller checks.
     *
     * @param hasColumn whether the input has a column, by name
     * @return the layout
     */
    public ScoreContract layoutForColumns(Predicate<String> hasColumn) {
        Resolved r = resolved();
        if (r.fromWemwbs != null && ScoreContract.readsWemwbs(hasColumn)) {
            return r.fromWemwbs;
        }
        ScoreContract all = r.all;
        if (all != null) {
            List<String> optional = all.answerColumns()
                    .subList(
                            r.required.answerColumns().size(),
                            all.answerColumns().size());
            if (optional.stream().anyMatch(hasColumn)) {
                return all;
            }
        }
        return r.required;
    }

    /** @return the layout used when a row gives no answers at all (a null array): every required item missing */
    public ScoreContract layoutForNoAnswers() {
        return resolved().required;
    }

    /** @return what the function takes, e.g. {@code phq9_1..phq9_9 (phq9_10 optional)} */
    public String expected() {
        Resolved r = resolved();
        List<String> forms = new ArrayList<>();
        forms.add(String.join(", ", ContractRows.runs(r.required.answerColumns())));
        if (r.all != null) {
            List<String> optional = r.all.answerColumns()
                    .subList(
                            r.required.answerColumns().size(),
                            r.all.answerColumns().size());
            forms.set(0, forms.get(0) + " (" + String.join(", ", optional) + " optional)");
        }
        if (r.fromWemwbs != null) {
            forms.add(String.join(", ", ContractRows.runs(r.fromWemwbs.answerColumns())));
        }
        return forms.stream().collect(Collectors.joining(", or "));
    }

    /**
     * The struct of a layout's result columns: values as {@code int} (or {@code decimal(10, scale)} for a component
     * with decimals), bands and {@code status}, {@code message} as strings, flags as booleans. Only {@code status}
     * is never null.
     */
    static StructType structOf(ScoreContract layout) {
        List<StructField> fields = new ArrayList<>();
        for (ScoreContract.Column column : layout.columns()) {
            DataType type = switch (column.kind()) {
                case VALUE ->
                    column.scale() == 0 ? DataTypes.IntegerType : DataTypes.createDecimalType(10, column.scale());
                case BAND -> DataTypes.StringType;
                case FLAG -> DataTypes.BooleanType;
            };
            fields.add(DataTypes.createStructField(column.name(), type, true));
        }
        fields.add(DataTypes.createStructField("status", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("message", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScoreFunction && ((ScoreFunction) other).instrumentId.equals(instrumentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrumentId);
    }

    @Override
    public String toString() {
        return name();
    }
}
