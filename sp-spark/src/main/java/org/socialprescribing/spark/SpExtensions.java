package org.socialprescribing.spark;

import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.SparkSessionExtensionsProvider;
import org.socialprescribing.spark.internal.ScoreFunction;
import scala.Tuple3;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Makes the SDK's SQL functions part of every session, with no Java code: start Spark with {@code
 * spark.sql.extensions=org.socialprescribing.spark.SpExtensions} and the sp-spark jar on {@code spark.jars}, and SQL,
 * PySpark and SparkR users can call {@code sp_score_phq9(...)} and the others (see {@link SpFunctions}).
 */
public final class SpExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit>
        implements SparkSessionExtensionsProvider {

    /** Creates the extension (Spark instantiates it by name). */
    public SpExtensions() {
        // stateless
    }

    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        for (ScoreFunction function : SpFunctions.functions()) {
            extensions.injectFunction(new Tuple3<>(
                    SpFunctions.identifier(function), SpFunctions.info(function), SpFunctions.builder(function)));
        }
        return BoxedUnit.UNIT;
    }
}
