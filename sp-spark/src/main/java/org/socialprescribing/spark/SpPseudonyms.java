package org.socialprescribing.spark;

import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.extract.PseudonymKey;
import org.socialprescribing.measures.extract.Pseudonymiser;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.id.NhsNumber;

/**
 * Keyed pseudonyms of NHS numbers on Spark, with the same HMAC-SHA256 as sp-measures' {@link Pseudonymiser} (and
 * {@code sp extract}): the same key gives the same 64-character pseudonym on a cluster as on one machine, so extracts
 * made either way link. A value that is not a valid NHS number (wrong length, failed check digit) gives null, never a
 * pseudonym of something else.
 *
 * <pre>{@code
 * SpPseudonyms.register(spark, PseudonymKey.fromFile(Path.of("extract.key")));
 * spark.sql("SELECT sp_pseudonym(nhs_number) AS person, ... FROM gp_events");
 * }</pre>
 *
 * <p>The key is never a SQL literal or a configuration value (either would show in query plans, the Spark UI and
 * logs): it comes from a file or an environment variable read on the driver. It travels to the workers inside the
 * function, as any closure does, so the cluster must be one the key may be on. The extension ({@link SpExtensions})
 * does not register {@code sp_pseudonym}, since it has no key.
 */
public final class SpPseudonyms {

    /** The SQL name of the function {@link #register} adds. */
    public static final String FUNCTION = "sp_pseudonym";

    private SpPseudonyms() {}

    /**
     * Registers {@code sp_pseudonym(nhs_number)} on a session, with a key.
     *
     * @param spark the session, not null
     * @param key the secret key, not null
     */
    public static void register(SparkSession spark, PseudonymKey key) {
        spark.udf().register(FUNCTION, function(key));
    }

    /**
     * Registers {@code sp_pseudonym} with the key in a file (every byte of it), for PySpark and SparkR callers.
     *
     * @param spark the session, not null
     * @param keyFile the key file, not null
     * @throws InvalidValueException if the file cannot be read or holds fewer than 32 bytes
     */
    public static void registerFromFile(SparkSession spark, String keyFile) {
        register(spark, PseudonymKey.fromFile(Path.of(keyFile)));
    }

    /**
     * Registers {@code sp_pseudonym} with the key in an environment variable of the driver (its UTF-8 bytes).
     *
     * @param spark the session, not null
     * @param variable the variable's name, not null
     * @throws InvalidValueException if the variable is not set or holds fewer than 32 bytes
     */
    public static void registerFromEnvironment(SparkSession spark, String variable) {
        register(spark, PseudonymKey.fromEnvironment(variable, System.getenv()));
    }

    /**
     * The pseudonym of a column of NHS numbers, for the DataFrame API.
     *
     * @param nhsNumbers a string column of NHS numbers (ten digits, spaces allowed as in {@link NhsNumber#parse})
     * @param key the secret key, not null
     * @return a string column: the pseudonym, or null where the value is null or not a valid NHS number
     */
    public static Column pseudonym(Column nhsNumbers, PseudonymKey key) {
        return function(key).apply(nhsNumbers);
    }

    private static UserDefinedFunction function(PseudonymKey key) {
        return functions
                .udf(new Hmac(Pseudonymiser.of(key)), DataTypes.StringType)
                .withName(FUNCTION);
    }

    /** The function the workers run: parse, then HMAC; null for what is not a valid NHS number. */
    private static final class Hmac implements UDF1<String, String> {

        private static final long serialVersionUID = 1L;

        private final Pseudonymiser pseudonymiser;

        Hmac(Pseudonymiser pseudonymiser) {
            this.pseudonymiser = pseudonymiser;
        }

        @Override
        public @Nullable String call(@Nullable String value) {
            if (value == null) {
                return null;
            }
            try {
                return pseudonymiser.pseudonym(NhsNumber.parse(value));
            } catch (SpException e) {
                return null; // not an NHS number: no pseudonym rather than one that would link unrelated rows
            }
        }
    }
}
