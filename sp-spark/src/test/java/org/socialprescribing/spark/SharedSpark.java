package org.socialprescribing.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local session every test class uses ({@code local[2]}, the CI machine's two cores), built with the SDK's
 * extension so that SQL tests need no Java call. Surefire runs all classes in one JVM; the session lives as long as
 * it does.
 */
final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("sp-spark tests")
                    .config("spark.sql.extensions", SpExtensions.class.getName())
                    .config("spark.ui.enabled", false)
                    .config("spark.sql.shuffle.partitions", 4)
                    .config("spark.default.parallelism", 2)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }
}
