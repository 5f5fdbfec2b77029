package org.socialprescribing.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.analysis.TypeCheckResult;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.codegen.CodeBlock;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.catalyst.expressions.codegen.FalseLiteral$;
import org.apache.spark.sql.catalyst.expressions.codegen.JavaCode;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.contract.ContractRows;
import org.socialprescribing.measures.contract.ScoreContract;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Catalyst expression behind {@code sp_score_<instrument>(...)}: one answer per argument (integer or string
 * columns, in item order), or one array argument holding them. It returns the {@code sp score} struct of the row.
 * Written as an expression rather than a UDF so that SQL users get it through {@code spark.sql.extensions}, and so
 * that whole-stage code generation passes the answers without converting rows; the generated code scores through a
 * {@link RowScorer} per task, the interpreted path through {@link #scoreRaw}.
 */
public final class ScoreExpression extends Expression implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ScoreFunction function;
    private final Seq<Expression> arguments;

    private transient @Nullable ThreadLocal<Evaluator> evaluators;

    /** The arguments as an array and, for an array call, the element type; read on every row, so kept. */
    private transient volatile Expression @Nullable [] argumentArray;

    private transient @Nullable DataType arrayElement;

    private transient volatile @Nullable ScoreContract argumentLayout;

    /** Whether {@link #arrayElement} has been worked out (it stays null for a call with one answer per argument). */
    private transient volatile boolean arrayChecked;

    /**
     * Creates the expression (Spark also calls this constructor when it copies a tree).
     *
     * @param function the scoring function
     * @param arguments the answers, or one array of them
     */
    public ScoreExpression(ScoreFunction function, Seq<Expression> arguments) {
        this.function = function;
        this.arguments = arguments;
    }

    /**
     * Creates the expression from Java.
     *
     * @param function the scoring function
     * @param arguments the answers, or one array of them
     * @return the expression
     */
    public static ScoreExpression of(ScoreFunction function, List<Expression> arguments) {
        return new ScoreExpression(
                function, CollectionConverters.asScala(arguments).toList());
    }

    @Override
    public Seq<Expression> children() {
        return arguments;
    }

    @Override
    public Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
        return new ScoreExpression(function, newChildren.toList());
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public DataType dataType() {
        return function.dataType();
    }

    @Override
    public String prettyName() {
        return function.name();
    }

    private List<Expression> args() {
        return CollectionConverters.asJava(arguments);
    }

    private boolean isArrayCall() {
        List<Expression> args = args();
        return args.size() == 1 && args.get(0).dataType() instanceof ArrayType;
    }

    @Override
    public TypeCheckResult checkInputDataTypes() {
        List<Expression> args = args();
        if (isArrayCall()) {
            DataType element = ((ArrayType) args.get(0).dataType()).elementType();
            return accepted(element)
                    ? TypeCheckResult.TypeCheckSuccess$.MODULE$
                    : new TypeCheckResult.TypeCheckFailure(function.name() + ": the array holds "
                            + element.simpleString() + "; expected an array of integers or strings");
        }
        if (function.layoutFor(args.size()).isEmpty()) {
            return new TypeCheckResult.TypeCheckFailure(function.name() + ": " + args.size()
                    + " answers given; expected " + function.expected() + ", or one array of them");
        }
        for (int i = 0; i < args.size(); i++) {
            DataType type = args.get(i).dataType();
            if (!accepted(type)) {
                return new TypeCheckResult.TypeCheckFailure(function.name() + ": answer " + (i + 1) + " is "
                        + type.simpleString() + "; expected an integer or a string");
            }
        }
        return TypeCheckResult.TypeCheckSuccess$.MODULE$;
    }

    /** Integer types hold answers as given; strings are read as the CLI reads CSV cells. Decimals are refused. */
    static boolean accepted(DataType type) {
        return type.equals(DataTypes.IntegerType)
                || type.equals(DataTypes.LongType)
                || type.equals(DataTypes.ShortType)
                || type.equals(DataTypes.ByteType)
                || type.equals(DataTypes.StringType)
                || type instanceof NullType;
    }

    @Override
    public Object eval(InternalRow input) {
        Expression[] args = argumentArray();
        Object[] raws = new Object[args.length];
        for (int i = 0; i < raws.length; i++) {
            raws[i] = args[i].eval(input);
        }
        return scoreRaw(raws);
    }

    private Expression[] argumentArray() {
        Expression[] array = argumentArray;
        if (array == null) {
            array = args().toArray(new Expression[0]);
            argumentArray = array;
        }
        return array;
    }

    /** The element type of an array call's argument, or null for answers given one per argument. */
    private @Nullable DataType arrayElement() {
        if (!arrayChecked) {
            arrayElement = isArrayCall() ? ((ArrayType) argumentArray()[0].dataType()).elementType() : null;
            arrayChecked = true;
        }
        return arrayElement;
    }

    @Override
    public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
        if (arrayElement() != null) {
            return genCodeForArray(ctx, ev);
        }
        // One answer per argument: integers become codes in the generated code itself, unboxed; strings are passed
        // as they are and parsed from their UTF-8 bytes. Fresh arrays per row, not mutable state: several calls in
        // one stage once shared a state slot.
        List<Expression> args = args();
        String self = ctx.addReferenceObj("spScore", this, ScoreExpression.class.getName());
        // One row scorer per generated iterator (per task), made when the iterator starts: the per-row call then has no
        // lazy set-up to check. Measured: that check ("is the layout resolved yet?") was never taken after the first
        // row, so the JIT compiled it out, and every new task (a new copy of this expression) took it again and threw
        // the compiled code away (JFR jdk.Deoptimization, unstable_if).
        scala.Function1<String, String> init = v -> v + " = " + self + ".rowScorer();";
        String scorer = ctx.addMutableState(RowScorer.class.getCanonicalName(), "spRowScorer", init, false, true);
        String codes = ctx.freshName("spCodes");
        String texts = ctx.freshName("spTexts");
        StringBuilder code = new StringBuilder()
                .append("int[] ")
                .append(codes)
                .append(" = new int[")
                .append(args.size())
                .append("];\n")
                .append("Object[] ")
                .append(texts)
                .append(" = new Object[")
                .append(args.size())
                .append("];\n");
        String missing = "org.socialprescribing.measures.BatchScorer.MISSING";
        for (int i = 0; i < args.size(); i++) {
            DataType type = args.get(i).dataType();
            String slot = "[" + i + "]";
            if (type instanceof NullType) {
                code.append(codes).append(slot).append(" = ").append(missing).append(";\n");
                continue;
            }
            ExprCode arg = args.get(i).genCode(ctx);
            String value = arg.value().toString();
            code.append(arg.code().toString()).append('\n');
            code.append("if (")
                    .append(arg.isNull())
                    .append(") {\n  ")
                    .append(codes)
                    .append(slot)
                    .append(" = ")
                    .append(missing)
                    .append(";\n} else {\n");
            if (type.equals(DataTypes.StringType)) {
                code.append("  ")
                        .append(texts)
                        .append(slot)
                        .append(" = ")
                        .append(value)
                        .append(";\n}\n");
            } else {
                // A number outside the codes' range is kept as given, for the message that quotes it.
                String number = ctx.freshName("spNumber");
                code.append("  long ")
                        .append(number)
                        .append(" = (long) ")
                        .append(value)
                        .append(";\n  ")
                        .append(codes)
                        .append(slot)
                        .append(" = ")
                        .append(ScoreExpression.class.getName())
                        .append(".code(")
                        .append(number)
                        .append(");\n  if (")
                        .append(codes)
                        .append(slot)
                        .append(" != ")
                        .append(number)
                        .append(") ")
                        .append(texts)
                        .append(slot)
                        .append(" = Long.valueOf(")
                        .append(number)
                        .append(");\n}\n");
            }
        }
        code.append("InternalRow ")
                .append(ev.value())
                .append(" = (InternalRow) ")
                .append(scorer)
                .append(".score(")
                .append(codes)
                .append(", ")
                .append(texts)
                .append(");\n");
        return block(ev, code.toString());
    }

    /** An array call: the array is passed as it is. */
    private ExprCode genCodeForArray(CodegenContext ctx, ExprCode ev) {
        String self = ctx.addReferenceObj("spScore", this, ScoreExpression.class.getName());
        ExprCode arg = args().get(0).genCode(ctx);
        String code = arg.code().toString() + "\nInternalRow " + ev.value() + " = (InternalRow) " + self
                + ".scoreRaw(new Object[] {" + arg.isNull() + " ? null : (Object) " + arg.value() + "});\n";
        return block(ev, code);
    }

    private static ExprCode block(ExprCode ev, String code) {
        CodeBlock block = new CodeBlock(
                CollectionConverters.asScala(List.of(code)).toList(),
                CollectionConverters.asScala(List.<JavaCode>of()).toList());
        return ev.copy(block, FalseLiteral$.MODULE$, ev.value());
    }

    /**
     * An integer answer as a code: itself, or the nearest code when it lies outside them (as the CLI reads a cell).
     *
     * @param value the answer
     * @return the code
     */
    public static int code(long value) {
        return (int) Math.max(BatchScorer.NOT_AN_INTEGER + 1, Math.min(Integer.MAX_VALUE, value));
    }

    /**
     * A scorer of rows of a call with one answer per argument, for one task's generated code.
     *
     * @return a new scorer, for one thread
     */
    public RowScorer rowScorer() {
        return new RowScorer(function, argumentLayout());
    }

    /** The layout of a call with one answer per argument (its count was checked at analysis). */
    private ScoreContract argumentLayout() {
        ScoreContract layout = argumentLayout;
        if (layout == null) {
            layout = function.layoutFor(argumentArray().length).orElseThrow();
            argumentLayout = layout;
        }
        return layout;
    }

    /**
     * Scores one row from its evaluated arguments.
     *
     * @param raws each argument's value: null, a boxed integer, a {@link UTF8String}, or for an array call one
     *     {@link ArrayData}
     * @return the result struct
     */
    public InternalRow scoreRaw(Object[] raws) {
        Object[] answers = raws;
        DataType element = arrayElement();
        if (element != null) {
            Object array = raws[0];
            if (array == null) {
                return score(function.layoutForNoAnswers(), new Object[0]);
            }
            ArrayData data = (ArrayData) array;
            answers = new Object[data.numElements()];
            for (int i = 0; i < answers.length; i++) {
                answers[i] = data.isNullAt(i) ? null : data.get(i, element);
            }
        }
        Optional<ScoreContract> layout = function.layoutFor(answers.length);
        if (layout.isEmpty()) {
            return wrongCount(answers.length);
        }
        return score(layout.get(), answers);
    }

    private InternalRow score(ScoreContract layout, Object[] answers) {
        Evaluator evaluator = evaluator();
        ContractRows rows = evaluator.rows(layout);
        int[] codes = evaluator.codes(layout.answerColumns().size());
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i < answers.length ? evaluator.code(answers[i]) : BatchScorer.MISSING;
        }
        rows.score(codes, 1);
        Object[] values = new Object[function.dataType().fields().length];
        evaluator.cells.fill(rows, 0, (row, slot) -> shown(answers[slot]), values, 0);
        return new GenericInternalRow(values);
    }

    private InternalRow wrongCount(int given) {
        Object[] values = new Object[function.dataType().fields().length];
        ResultCells.invalid(values, 0, values.length - 2, given + " answers given; expected " + function.expected());
        return new GenericInternalRow(values);
    }

    private static String shown(@Nullable Object answer) {
        return answer == null ? "" : ContractRows.quoted(answer.toString());
    }

    private Evaluator evaluator() {
        ThreadLocal<Evaluator> local = evaluators;
        if (local == null) {
            local = ThreadLocal.withInitial(Evaluator::new);
            evaluators = local;
        }
        return local.get();
    }

    @Override
    public int productArity() {
        return 2;
    }

    @Override
    public Object productElement(int n) {
        switch (n) {
            case 0:
                return function;
            case 1:
                return arguments;
            default:
                throw new IndexOutOfBoundsException(n);
        }
    }

    @Override
    public boolean canEqual(Object that) {
        return that instanceof ScoreExpression;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreExpression
                && ((ScoreExpression) other).function.equals(function)
                && ((ScoreExpression) other).arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(function, arguments);
    }

    /**
     * Scores the rows of one task's generated code, one at a time, with its own scratch: the contract's row scorer,
     * the result cells and the answers of the row being scored (for its message). Not thread-safe: one per task.
     */
    public static final class RowScorer {
        private final ContractRows rows;
        private final ResultCells cells = new ResultCells();
        private final ByteChars chars = new ByteChars();
        private final int fields;
        private int[] codes = new int[0];
        private @Nullable Object[] texts = new Object[0];
        private final ContractRows.Shown shown =
                (row, slot) -> ContractRows.quoted(String.valueOf(texts[slot] != null ? texts[slot] : codes[slot]));

        RowScorer(ScoreFunction function, ScoreContract layout) {
            this.rows = new ContractRows(layout, 1);
            this.fields = function.dataType().fields().length;
        }

        /**
         * Scores one row, from the generated code.
         *
         * @param codes each answer's code; a string answer's is filled in here
         * @param texts each answer's value when a message must quote it as given: a {@link UTF8String}, or a number
         *     whose code differs from it; else null
         * @return the result struct
         */
        public InternalRow score(int[] codes, @Nullable Object[] texts) {
            for (int i = 0; i < codes.length; i++) {
                if (texts[i] instanceof UTF8String) {
                    codes[i] = BatchScorer.parseAnswer(chars.of((UTF8String) texts[i]));
                }
            }
            rows.score(codes, 1);
            this.codes = codes;
            this.texts = texts;
            Object[] values = new Object[fields];
            cells.fill(rows, 0, shown, values, 0);
            return new GenericInternalRow(values);
        }
    }

    /** Per-thread scratch: the row scorers, code arrays and result cells, reused from row to row. */
    private static final class Evaluator {
        private final List<ScoreContract> layouts = new ArrayList<>(2);
        private final List<ContractRows> scorers = new ArrayList<>(2);
        final ResultCells cells = new ResultCells();
        private int[] codes = new int[0];
        private final ByteChars chars = new ByteChars();

        ContractRows rows(ScoreContract layout) {
            for (int i = 0; i < layouts.size(); i++) {
                if (layouts.get(i) == layout) {
                    return scorers.get(i);
                }
            }
            ContractRows rows = new ContractRows(layout, 1);
            layouts.add(layout);
            scorers.add(rows);
            return rows;
        }

        int[] codes(int size) {
            if (codes.length != size) {
                codes = new int[size];
            }
            return codes;
        }

        int code(@Nullable Object answer) {
            if (answer == null) {
                return BatchScorer.MISSING;
            }
            if (answer instanceof UTF8String) {
                return BatchScorer.parseAnswer(chars.of((UTF8String) answer));
            }
            return ScoreExpression.code(((Number) answer).longValue());
        }
    }
}
