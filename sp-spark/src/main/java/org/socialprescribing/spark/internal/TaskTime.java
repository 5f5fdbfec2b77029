package org.socialprescribing.spark.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums Spark's own task metrics over every finished task (run time, CPU time, GC time, bytes and records read and
 * written, the longest task), so that a job's scaling can be judged by the work its tasks did rather than by wall
 * time, which other processes on the machine inflate, and so that a job that does not scale shows why (one long task,
 * collector time, a stage with few tasks).
 */
public final class TaskTime extends SparkListener {

    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong runMillis = new AtomicLong();
    private final AtomicLong longestMillis = new AtomicLong();
    private final AtomicLong cpuNanos = new AtomicLong();
    private final AtomicLong gcMillis = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong recordsRead = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicLong recordsWritten = new AtomicLong();

    /** Creates a listener with nothing counted. */
    public TaskTime() {}

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        TaskMetrics metrics = taskEnd.taskMetrics();
        if (metrics == null) {
            return;
        }
        tasks.incrementAndGet();
        runMillis.addAndGet(metrics.executorRunTime());
        longestMillis.accumulateAndGet(metrics.executorRunTime(), Math::max);
        cpuNanos.addAndGet(metrics.executorCpuTime());
        gcMillis.addAndGet(metrics.jvmGCTime());
        bytesRead.addAndGet(metrics.inputMetrics().bytesRead());
        recordsRead.addAndGet(metrics.inputMetrics().recordsRead());
        bytesWritten.addAndGet(metrics.outputMetrics().bytesWritten());
        recordsWritten.addAndGet(metrics.outputMetrics().recordsWritten());
    }

    /** @return the finished tasks */
    public long tasks() {
        return tasks.get();
    }

    /** @return the tasks' summed executor run time, in seconds */
    public double runSeconds() {
        return runMillis.get() / 1e3;
    }

    /** @return the tasks' summed executor CPU time, in seconds */
    public double cpuSeconds() {
        return cpuNanos.get() / 1e9;
    }

    /** @return the tasks' summed JVM garbage collection time, in seconds (shared by tasks running at once) */
    public double gcSeconds() {
        return gcMillis.get() / 1e3;
    }

    /**
     * A one-line summary: tasks, run, CPU and GC time, the longest task, bytes and records read and written.
     *
     * @return the summary, e.g. {@code 12 tasks, run time 30.12 s, CPU time 28.40 s, GC time 0.50 s, ...}
     */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d tasks, run time %.2f s, CPU time %.2f s, GC time %.2f s, longest task %.2f s, "
                        + "read %d bytes %d records, wrote %d bytes %d records",
                tasks(),
                runSeconds(),
                cpuSeconds(),
                gcSeconds(),
                longestMillis.get() / 1e3,
                bytesRead.get(),
                recordsRead.get(),
                bytesWritten.get(),
                recordsWritten.get());
    }
}
