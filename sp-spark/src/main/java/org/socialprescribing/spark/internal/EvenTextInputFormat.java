package org.socialprescribing.spark.internal;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;

/**
 * Hadoop's line reader with splits sized so that the input makes a multiple of the job's parallelism of equal tasks.
 * Measured reason (docs/PERFORMANCE.md, "sp-spark"): Hadoop cuts a file by its block size (32 MB on a local file
 * system), which gave 366 MB of CSV eleven full tasks and a small one; on two cores the last wave ran one task while
 * the other core idled. Here the split size is the input's total size over the smallest multiple of the parallelism
 * whose splits are no larger than {@code spark.sql.files.maxPartitionBytes}, the bound Spark's own file sources use.
 * A file smaller than a split stays one split, as before.
 */
public final class EvenTextInputFormat extends TextInputFormat {

    /** Configuration key: the job's parallelism (Spark's default parallelism, the cores of the job). */
    public static final String PARALLELISM = "org.socialprescribing.spark.splits.parallelism";

    /** Configuration key: the largest split, in bytes ({@code spark.sql.files.maxPartitionBytes}). */
    public static final String MAX_SPLIT_BYTES = "org.socialprescribing.spark.splits.max-bytes";

    /** Worked out from the listed files, before Hadoop cuts them (listStatus comes first in getSplits). */
    private long splitSize = Long.MAX_VALUE;

    /** Creates the format (Hadoop creates one per listing, by reflection). */
    public EvenTextInputFormat() {}

    @Override
    protected List<FileStatus> listStatus(JobContext job) throws IOException {
        List<FileStatus> files = super.listStatus(job);
        long total = 0;
        for (FileStatus file : files) {
            total += file.getLen();
        }
        Configuration conf = job.getConfiguration();
        splitSize = splitSize(total, conf.getInt(PARALLELISM, 1), conf.getLong(MAX_SPLIT_BYTES, 128L << 20));
        return files;
    }

    @Override
    protected long computeSplitSize(long blockSize, long minSize, long maxSize) {
        return splitSize;
    }

    /**
     * The split size that cuts {@code total} bytes into the smallest multiple of {@code parallelism} of equal splits
     * no larger than {@code maxBytes}.
     *
     * @param total the input's size in bytes
     * @param parallelism the tasks that run at once (below 1 counts as 1)
     * @param maxBytes the largest split (below 1 counts as 1)
     * @return the split size, at least 1
     */
    public static long splitSize(long total, int parallelism, long maxBytes) {
        long cores = Math.max(1, parallelism);
        long max = Math.max(1, maxBytes);
        long perCore = ceilDiv(Math.max(0, total), cores);
        long waves = Math.max(1, ceilDiv(perCore, max));
        return Math.max(1, ceilDiv(Math.max(0, total), cores * waves));
    }

    private static long ceilDiv(long a, long b) {
        return a / b + (a % b == 0 ? 0 : 1);
    }
}
