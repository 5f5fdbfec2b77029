package org.socialprescribing.spark.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums the run time and CPU time of every finished task (Spark's own task metrics), so that a job's scaling can be
 * judged by the work its tasks did rather than by wall time, which other processes on the machine inflate.
 */
public final class TaskTime extends SparkListener {

    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong runMillis = new AtomicLong();
    private final AtomicLong cpuNanos = new AtomicLong();

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
        cpuNanos.addAndGet(metrics.executorCpuTime());
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
}
