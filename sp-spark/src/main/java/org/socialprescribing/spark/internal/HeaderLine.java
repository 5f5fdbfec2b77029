package org.socialprescribing.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.util.LineReader;
import org.apache.spark.Partition;
import org.apache.spark.rdd.NewHadoopPartition;

/**
 * Reads the header of a line-read CSV input on the driver: the first line of the first non-empty file, in the order of
 * the splits, which is the line the first record of the input would be. Measured reason (docs/PERFORMANCE.md,
 * "sp-spark"): reading it with {@code first()} ran a Spark job of its own (scheduling, closure serialisation, a task)
 * before the scoring job; this reads one buffer of one file.
 */
public final class HeaderLine {

    private HeaderLine() {}

    /**
     * The input's first line.
     *
     * @param splits the partitions of the line RDD, as Hadoop cut the files (each file's splits in order)
     * @param conf the Hadoop configuration to open the files with
     * @return the first line's bytes (without its line break), or empty if every file is empty
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Optional<byte[]> read(Partition[] splits, Configuration conf) {
        CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
        for (Partition partition : splits) {
            FileSplit split = (FileSplit)
                    ((NewHadoopPartition) partition).serializableHadoopSplit().value();
            if (split.getStart() != 0) {
                continue;
            }
            Path path = split.getPath();
            try {
                FileSystem fs = path.getFileSystem(conf);
                CompressionCodec codec = codecs.getCodec(path);
                try (InputStream in = codec == null ? fs.open(path) : codec.createInputStream(fs.open(path));
                        LineReader reader = new LineReader(in, conf)) {
                    Text line = new Text();
                    if (reader.readLine(line) > 0) {
                        return Optional.of(line.copyBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the header of " + path, e);
            }
        }
        return Optional.empty();
    }
}
