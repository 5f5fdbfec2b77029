import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;
import org.apache.spark.sql.SparkSession;
import org.socialprescribing.spark.ScoreJob;

/**
 * Runs sp-spark's ScoreJob RUNS times (default 2) in one SparkSession, as a researcher's long-lived session would
 * (Databricks), and prints for each run where its time went, from Spark's listener timestamps:
 *
 * <pre>
 * sp-spark run 1 (first job): job 7.55 s, tasks 12, run 4.13 s, CPU 3.78 s, GC 0.12 s, longest 0.83 s; Spark
 *   jobs 1, before the first 3.10 s, in them 4.40 s, between and after them 0.05 s; task deserialisation ...
 *   spark job 0: 12 tasks, submit to first task 0.12 s, tasks 4.25 s, last task to job end 0.01 s
 *   JVM: driver thread CPU 3.41 s, process CPU 14.31 s, classes loaded 7128, JIT compilation 18.97 s, collections ...
 * </pre>
 *
 * Run 1 is the "first job" of a fresh session (session start-up excluded, as ScoreJob's own figure); run 2 onwards is
 * the "warm session" (the same job again: classes loaded, code compiled by the JIT, Spark's caches filled). Usage, as
 * a single-file program with the cluster jar and Spark on the class path (sp-bench/spark-vs-cli.sh):
 *
 * <pre>
 * java -cp CLUSTER_JAR:SPARK_CLASSPATH -DRUNS=2 sp-bench/spark/ScoreRuns.java --instrument wemwbs --input ... \
 *     --output ... --output-format none [--then --instrument ... (another job, run after it in each run)]
 * </pre>
 */
public class ScoreRuns {

    public static void main(String[] args) throws TimeoutException {
        int runs = Integer.getInteger("RUNS", 2);
        // "--then" separates jobs run one after another in each run (the AppCDS training run scores CSV, then Parquet).
        List<Map<String, String>> jobs = new ArrayList<>();
        List<String> job = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--then")) {
                jobs.add(ScoreJob.parse(job.toArray(new String[0])));
                job.clear();
            } else {
                job.add(arg);
            }
        }
        jobs.add(ScoreJob.parse(job.toArray(new String[0])));
        SparkSession spark = SparkSession.builder().appName("sp-spark runs").getOrCreate();
        try {
            for (int run = 1; run <= runs; run++) {
                Timeline timeline = new Timeline();
                spark.sparkContext().addSparkListener(timeline);
                Jvm before = Jvm.now();
                long start = System.currentTimeMillis();
                for (Map<String, String> options : jobs) {
                    ScoreJob.run(spark, options);
                }
                long end = System.currentTimeMillis();
                Jvm after = Jvm.now();
                spark.sparkContext().listenerBus().waitUntilEmpty();
                spark.sparkContext().removeSparkListener(timeline);
                System.err.println(timeline.report(run, start, end) + after.since(before));
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * What the JVM spent during a run besides the tasks: the driver thread's CPU (planning, class loading, code
     * generation), the whole process's CPU, classes loaded, JIT compilation and collection time.
     */
    record Jvm(long driverCpuNanos, long processCpuNanos, long classes, long jitMillis, long gcMillis) {
        static Jvm now() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long gc = 0;
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                gc += Math.max(0, collector.getCollectionTime());
            }
            return new Jvm(
                    threads.getCurrentThreadCpuTime(),
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime(),
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                    gc);
        }

        String since(Jvm start) {
            return String.format(
                    Locale.ROOT,
                    "%n  JVM: driver thread CPU %.2f s, process CPU %.2f s, classes loaded %d, JIT compilation %.2f s,"
                            + " collections %.2f s",
                    (driverCpuNanos - start.driverCpuNanos) / 1e9,
                    (processCpuNanos - start.processCpuNanos) / 1e9,
                    classes - start.classes,
                    (jitMillis - start.jitMillis) / 1e3,
                    (gcMillis - start.gcMillis) / 1e3);
        }
    }

    /** Job and task timestamps and metrics of one run. Listener events arrive on one thread: no locking needed. */
    static final class Timeline extends SparkListener {
        final Map<Integer, long[]> jobs = new LinkedHashMap<>(); // id -> submit, end, first launch, last finish, tasks
        final Map<Integer, Integer> stageJob = new LinkedHashMap<>();
        long tasks, run, cpu, gc, deserialize, deserializeCpu, longest, serialize;

        @Override
        public void onJobStart(SparkListenerJobStart start) {
            jobs.put(start.jobId(), new long[] {start.time(), 0, Long.MAX_VALUE, 0, 0});
            for (Object stage : scala.jdk.javaapi.CollectionConverters.asJava(start.stageIds())) {
                stageJob.put((Integer) stage, start.jobId());
            }
        }

        @Override
        public void onJobEnd(SparkListenerJobEnd end) {
            long[] job = jobs.get(end.jobId());
            if (job != null) {
                job[1] = end.time();
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            TaskInfo info = end.taskInfo();
            Integer jobId = stageJob.get(end.stageId());
            long[] job = jobId == null ? null : jobs.get(jobId);
            if (job != null) {
                job[2] = Math.min(job[2], info.launchTime());
                job[3] = Math.max(job[3], info.finishTime());
                job[4]++;
            }
            TaskMetrics m = end.taskMetrics();
            if (m == null) {
                return;
            }
            tasks++;
            run += m.executorRunTime();
            cpu += m.executorCpuTime() / 1_000_000;
            gc += m.jvmGCTime();
            deserialize += m.executorDeserializeTime();
            deserializeCpu += m.executorDeserializeCpuTime() / 1_000_000;
            serialize += m.resultSerializationTime();
            longest = Math.max(longest, m.executorRunTime());
        }

        String report(int number, long start, long end) {
            List<long[]> list = new ArrayList<>(jobs.values());
            long firstSubmit = list.isEmpty() ? end : list.get(0)[0];
            long inJobs = 0;
            for (long[] job : list) {
                inJobs += job[1] - job[0];
            }
            StringBuilder out = new StringBuilder(String.format(
                    Locale.ROOT,
                    "sp-spark run %d (%s): job %.2f s, tasks %d, run %.2f s, CPU %.2f s, GC %.2f s, longest %.2f s;"
                            + " Spark jobs %d, before the first %.2f s, in them %.2f s, between and after them %.2f s;"
                            + " task deserialisation %.2f s (CPU %.2f s), result serialisation %.2f s",
                    number,
                    number == 1 ? "first job" : "warm session",
                    (end - start) / 1e3,
                    tasks,
                    run / 1e3,
                    cpu / 1e3,
                    gc / 1e3,
                    longest / 1e3,
                    list.size(),
                    (firstSubmit - start) / 1e3,
                    inJobs / 1e3,
                    (end - firstSubmit - inJobs) / 1e3,
                    deserialize / 1e3,
                    deserializeCpu / 1e3,
                    serialize / 1e3));
            for (Map.Entry<Integer, long[]> e : jobs.entrySet()) {
                long[] j = e.getValue();
                boolean ran = j[4] > 0;
                out.append(String.format(
                        Locale.ROOT,
                        "%n  spark job %d: %d tasks, submit to first task %.2f s, tasks %.2f s, last task to job end %.2f s",
                        e.getKey(),
                        j[4],
                        ran ? (j[2] - j[0]) / 1e3 : 0.0,
                        ran ? (j[3] - j[2]) / 1e3 : 0.0,
                        ran ? (j[1] - j[3]) / 1e3 : (j[1] - j[0]) / 1e3));
            }
            return out.toString();
        }
    }

    private ScoreRuns() {}
}
