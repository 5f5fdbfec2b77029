package org.socialprescribing.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.Footer;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFooterReader;
import org.apache.spark.sql.execution.datasources.parquet.ParquetToSparkSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.HadoopFSUtils;

/**
 * Reads the schema of a Parquet input on the driver, from one file's footer, as Spark's own inference would read it,
 * so that {@code spark.read().schema(schema).parquet(input)} does not run a Spark job to infer it. Measured reason
 * (docs/PERFORMANCE.md, "sp-spark"): without a schema, Spark reads the footer in a Spark job of its own (one task,
 * scheduled, serialised and run before the scoring job: 0.5 to 1 s of a first job), even for one file.
 *
 * <p>The same file and the same conversion as Spark's inference without {@code mergeSchema}: of the input's leaf files
 * (hidden names skipped, as Spark's file index skips them: starting with {@code _} unless a partition directory
 * {@code k=v}, or with {@code .}, or ending in {@code ._COPYING_}), the first by path; its footer converted by
 * Spark's {@link ParquetFileFormat#readSchemaFromFooter} with the session's Parquet settings (a schema that Spark
 * wrote into the footer wins, as in Spark). Where Spark would read something else (summary files {@code _metadata} or
 * {@code _common_metadata}, {@code mergeSchema} set) or the input cannot be listed or read, this gives nothing and
 * the caller lets Spark infer the schema, with its own errors.
 */
public final class ParquetSchema {

    private ParquetSchema() {}

    /**
     * The schema Spark would infer for a Parquet input, read on the driver.
     *
     * @param spark the session (its Hadoop and SQL configuration)
     * @param input a file, directory or glob, as {@code spark.read().parquet(input)} takes it
     * @return the schema, or empty where Spark's own inference should decide
     */
    public static Optional<StructType> read(SparkSession spark, String input) {
        org.apache.spark.sql.classic.SparkSession classic = (org.apache.spark.sql.classic.SparkSession) spark;
        SQLConf sql = classic.sessionState().conf();
        if (sql.isParquetSchemaMergingEnabled()) {
            return Optional.empty();
        }
        Configuration conf = classic.sessionState().newHadoopConf();
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            // Listed here and again by Spark's file index: on an object store, a second listing (measured only on
            // local files, where it costs less than the Spark job it saves).
            FileStatus[] roots = fs.globStatus(path);
            if (roots == null) {
                return Optional.empty();
            }
            List<FileStatus> leaves = new ArrayList<>();
            for (FileStatus root : roots) {
                if (root.isDirectory() || !hidden(root.getPath().getName())) {
                    collect(fs, root, leaves);
                }
            }
            if (leaves.stream().anyMatch(f -> isSummary(f.getPath().getName()))) {
                return Optional.empty();
            }
            Optional<FileStatus> first =
                    leaves.stream().min(Comparator.comparing(f -> f.getPath().toString()));
            if (first.isEmpty()) {
                return Optional.empty();
            }
            // As Spark's own footer job reads it: the schema and key-value metadata, no row groups.
            ParquetMetadata metadata = ParquetFooterReader.readFooter(
                    HadoopInputFile.fromStatus(first.get(), conf), ParquetMetadataConverter.SKIP_ROW_GROUPS);
            return Optional.of(ParquetFileFormat.readSchemaFromFooter(
                    new Footer(first.get().getPath(), metadata), new ParquetToSparkSchemaConverter(sql)));
        } catch (IOException | RuntimeException e) {
            // Not ours to report: Spark's inference reads the input again and fails with its own message.
            return Optional.empty();
        }
    }

    /** The leaf files under a listed path, skipping the names Spark's file index skips. */
    private static void collect(FileSystem fs, FileStatus status, List<FileStatus> leaves) throws IOException {
        if (!status.isDirectory()) {
            leaves.add(status);
            return;
        }
        FileStatus[] children;
        try {
            children = fs.listStatus(status.getPath());
        } catch (FileNotFoundException e) {
            return;
        }
        for (FileStatus child : children) {
            if (!hidden(child.getPath().getName())) {
                collect(fs, child, leaves);
            }
        }
    }

    /**
     * Whether Spark's file index skips a name: Spark's own rule ({@code HadoopFSUtils.shouldFilterOutPathName}, public
     * in the bytecode though internal to Spark), so the two cannot drift apart across Spark versions.
     */
    private static boolean hidden(String name) {
        return HadoopFSUtils.shouldFilterOutPathName(name);
    }

    private static boolean isSummary(String name) {
        return name.equals("_metadata") || name.equals("_common_metadata");
    }
}
