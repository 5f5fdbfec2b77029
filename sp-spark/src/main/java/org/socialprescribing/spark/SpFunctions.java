package org.socialprescribing.spark;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.RecordOnly;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.ScoreExpression;
import org.socialprescribing.spark.internal.ScoreFunction;
import scala.Function1;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;

/**
 * The SDK's Spark SQL functions: one per scorable instrument of {@link InstrumentRegistry#standard()}, named {@code
 * sp_score_<instrument>} ({@code sp_score_phq9}, {@code sp_score_swemwbs}...). Each takes the answers in item order,
 * as integer or string columns, or one array of them, and returns the struct of {@code sp score}'s columns: the
 * scores, bands and flags, {@code status} and {@code message} (docs/spark.md, docs/cli.md).
 *
 * <pre>{@code
 * SpFunctions.register(spark);
 * spark.sql("SELECT id, sp_score_gad7(gad7_1, gad7_2, gad7_3, gad7_4, gad7_5, gad7_6, gad7_7) AS s FROM answers");
 * }</pre>
 */
public final class SpFunctions {

    private SpFunctions() {}

    /**
     * Registers every function on a session; names already registered (by {@link SpExtensions} or an earlier call)
     * are left as they are.
     *
     * @param spark a classic (not Spark Connect) session, not null; Spark Connect clients use {@link SpExtensions}
     *     on the server instead
     * @throws InvalidValueException if the session is a Spark Connect client
     */
    public static void register(SparkSession spark) {
        if (!(spark instanceof org.apache.spark.sql.classic.SparkSession)) {
            throw new InvalidValueException(
                    "spark",
                    spark.getClass().getName(),
                    "must be a classic session; with Spark Connect, set spark.sql.extensions="
                            + SpExtensions.class.getName() + " on the server");
        }
        org.apache.spark.sql.classic.SparkSession classic = (org.apache.spark.sql.classic.SparkSession) spark;
        FunctionRegistry registry = classic.sessionState().functionRegistry();
        for (ScoreFunction function : functions()) {
            // Already there through SpExtensions or an earlier call: the same function, so keep it.
            if (!registry.functionExists(identifier(function))) {
                registry.registerFunction(identifier(function), info(function), builder(function));
            }
        }
    }

    /** @return the names of the functions, e.g. {@code sp_score_phq9}, in the registry's order */
    public static List<String> names() {
        return functions().stream().map(ScoreFunction::name).collect(Collectors.toList());
    }

    /**
     * The name of an instrument's function.
     *
     * @param instrumentId the instrument id, e.g. {@code phq9}
     * @return the function name, e.g. {@code sp_score_phq9}
     * @throws InvalidValueException if no scorable instrument has that id
     */
    public static String nameOf(String instrumentId) {
        return functions().stream()
                .filter(f -> f.instrumentId().equals(instrumentId))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "instrument",
                        instrumentId,
                        "is not a scorable instrument; expected one of "
                                + functions().stream()
                                        .map(ScoreFunction::instrumentId)
                                        .collect(Collectors.joining(", "))))
                .name();
    }

    static List<ScoreFunction> functions() {
        return InstrumentRegistry.standard().instruments().stream()
                .filter(instrument -> !(instrument.scoringRule() instanceof RecordOnly))
                .map(instrument -> new ScoreFunction(instrument.id().value()))
                .collect(Collectors.toList());
    }

    static FunctionIdentifier identifier(ScoreFunction function) {
        return new FunctionIdentifier(function.name());
    }

    static ExpressionInfo info(ScoreFunction function) {
        return new ExpressionInfo(
                ScoreExpression.class.getName(),
                null,
                function.name(),
                "_FUNC_(answer1, answer2, ...) or _FUNC_(array(answers)) - Scores " + function.instrumentId()
                        + " answers as `sp score` does: " + function.expected() + ". Returns the struct "
                        + function.dataType().simpleString() + ".",
                "",
                "",
                "",
                "struct_funcs",
                "",
                "",
                "java_udf");
    }

    static Function1<Seq<Expression>, Expression> builder(ScoreFunction function) {
        return new Builder(function);
    }

    /** Builds the expression from a call's arguments; serializable, as Spark may ship builders. */
    private static final class Builder extends AbstractFunction1<Seq<Expression>, Expression> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ScoreFunction function;

        Builder(ScoreFunction function) {
            this.function = function;
        }

        @Override
        public Expression apply(Seq<Expression> arguments) {
            return ScoreExpression.of(function, CollectionConverters.asJava(arguments));
        }
    }
}
