#!/usr/bin/env bash
# Rows per second of Spark (local[1], local[2]) against the single-threaded `sp score` on the same N rows of WEMWBS
# answers, from CSV and from Parquet (docs/PERFORMANCE.md, "sp-spark"). Run from anywhere:
#
#   sp-bench/spark-vs-cli.sh                # N=10000000, work files in sp-bench/target/spark-bench
#   N=1000000 sp-bench/spark-vs-cli.sh      # a quicker look
#   BUILD=0 sp-bench/spark-vs-cli.sh        # reuse the jars built by an earlier run
#   JFR=1 sp-bench/spark-vs-cli.sh          # also record a JFR profile of each Spark run, and print its hot methods
#
# It builds sp.jar and sp-spark's cluster jar, generates the answers with awk (2% missing, 0.5% out of range, the
# "mixed" file of the CLI's own benchmark), converts them once to Parquet (int columns), then times each run as wall
# time of a fresh JVM (start-up included) and, for Spark, also the job's own time (session start excluded). Spark runs
# the spark-submit job (org.socialprescribing.spark.ScoreJob) from the cluster jar, with Spark's class path beside it,
# as a cluster would. For Spark it also prints the tasks' own run time and CPU time (Spark's task metrics, summed by
# the job): scaling judged by task CPU time does not depend on what else the machine runs, wall time does. Finally it
# checks that Spark's CSV output has exactly the CLI's rows.
set -euo pipefail
N=${N:-10000000}
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-$ROOT/sp-bench/target/spark-bench}
mkdir -p "$WORK"

# BUILD=0 reuses the jars and class path of an earlier run.
[ "${BUILD:-1}" = 0 ] || ./mvnw -B -q -o package dependency:build-classpath -pl sp-cli,sp-spark -am -DskipTests -Dmaven.javadoc.skip \
  -Dmaven.source.skip -Dmdep.includeScope=compile -Dmdep.excludeGroupIds=org.socialprescribing \
  -Dmdep.outputFile=target/classpath.txt
CLUSTER_JAR=$(ls "$ROOT"/sp-spark/target/sp-spark-*-cluster.jar)
SPARK_CP="$CLUSTER_JAR:$(cat "$ROOT"/sp-spark/target/classpath.txt)"
# The JVM options Spark's own launcher adds on Java 17 (as sp-spark's Surefire argLine).
OPENS="-XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
  java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  OPENS="$OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
OPENS="$OPENS -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

CSV=$WORK/wemwbs-$N.csv
PARQUET=$WORK/wemwbs-$N.parquet
if [ ! -s "$CSV" ]; then
  awk -v N="$N" 'BEGIN { srand(7); printf "id"; for (i=1;i<=14;i++) printf ",wemwbs_%d", i; print "";
    for (r=1; r<=N; r++) { printf "p%d", r;
      for (i=1;i<=14;i++) { x = rand(); if (x < 0.02) printf ","; else if (x < 0.025) printf ",6";
        else printf ",%d", 1+int(rand()*5) }
      print "" } }' > "$CSV"
fi

spark() { # spark MASTER NAME ARGS...: runs the job, prints "wall job tasks task-run task-cpu" seconds
  local master=$1 name=$2; shift 2
  local start end jfr=()
  [ "${JFR:-0}" = 0 ] || jfr=("-XX:StartFlightRecording=filename=$WORK/$name.jfr,settings=profile")
  start=$(date +%s.%N)
  java $OPENS -Xmx4g "${jfr[@]}" -Dspark.master="$master" -Dspark.ui.enabled=false \
    -Dspark.sql.files.maxPartitionBytes=33554432 -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
    -Dlog4j2.level=error -cp "$SPARK_CP" org.socialprescribing.spark.ScoreJob "$@" 2> "$WORK/job.log"
  end=$(date +%s.%N)
  local job tasks
  job=$(grep -o 'in [0-9.]* s' "$WORK/job.log" | tail -1 | awk '{print $2}')
  # "sp-spark: 12 tasks, run time 30.12 s, CPU time 28.40 s"
  tasks=$(grep -o '[0-9]* tasks, run time [0-9.]* s, CPU time [0-9.]* s' "$WORK/job.log" | tail -1 \
    | awk '{print $1, $5, $9}')
  echo "$(echo "$end - $start" | bc) ${job:-?} ${tasks:-? ? ?}"
  if [ "${JFR:-0}" != 0 ]; then
    jfr print --json --events jdk.ExecutionSample --stack-depth 64 "$WORK/$name.jfr" > "$WORK/$name.json"
    python3 "$ROOT/sp-bench/spark/hot-methods.py" "$WORK/$name.json" > "$WORK/$name-hot.txt"
  fi
}

if [ ! -d "$PARQUET" ]; then
  # Integer columns, as a real Parquet extract has them (blank cells become nulls: missing answers).
  java $OPENS -Xmx4g -cp "$SPARK_CP" -Dspark.master='local[2]' -Dspark.ui.enabled=false \
    -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
    "$ROOT/sp-bench/spark/ToParquet.java" "$CSV" "$PARQUET" 2> "$WORK/convert.log"
fi

rate() { echo "$N / $1" | bc; }

echo "| Run | Input | Output | Wall time | Job time | Rows/s (wall) | Rows/s (job) | Tasks | Task run time | Task CPU time | Rows per task-CPU s | Load average (1 min) before |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
load=$(cut -d' ' -f1 /proc/loadavg)
start=$(date +%s.%N)
cli_cpu=$( { /usr/bin/time -f '%U %S' java -jar "$ROOT/sp-cli/target/sp.jar" score wemwbs "$CSV" -o "$WORK/cli.csv" -q \
  2>&1 >/dev/null || [ $? -eq 1 ]; } | tail -1 | awk '{print $1 + $2}')
end=$(date +%s.%N)
printf '| sp score (1 thread) | csv | csv | %.2f s | | %s | | | | %s s (process) | %s | %s |\n' "$(echo "$end - $start" | bc)" \
  "$(rate "$(echo "$end - $start" | bc)")" "$cli_cpu" "$(rate "$cli_cpu")" "$load"
declare -A JOB CPU
for master in 'local[1]' 'local[2]'; do
  for input in csv parquet; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    src=$CSV; [ "$input" = parquet ] && src=$PARQUET
    name="$input-${master//[^0-9a-z]/}"
    read -r wall job tasks run cpu < <(spark "$master" "$name" --instrument wemwbs --input "$src" --input-format "$input" \
      --output "$WORK/out-$input-$master" --output-format "$input")
    JOB[$name]=$job; CPU[$name]=$cpu
    printf '| Spark %s | %s | %s | %.2f s | %s s | %s | %s | %s | %s s | %s s | %s | %s |\n' "$master" "$input" "$input" \
      "$wall" "$job" "$(rate "$wall")" "$(rate "$job")" "$tasks" "$run" "$cpu" "$(rate "$cpu")" "$load"
  done
done
echo
for input in csv parquet; do
  printf "Scaling %s, local[2] against local[1]: %.2fx by job time; task CPU time %.2fx of local[1] (1.00: no extra work per row).\n" \
    "$input" "$(echo "${JOB[$input-local1]} / ${JOB[$input-local2]}" | bc -l)" \
    "$(echo "${CPU[$input-local2]} / ${CPU[$input-local1]}" | bc -l)"
done

# Spark's CSV rows are the CLI's rows (order aside).
cmp <(tail -n +2 "$WORK/cli.csv" | sort) <(cat "$WORK"/out-csv-local\[2\]/part-*.csv | grep -v '^id,' | sort) \
  && echo "Spark's CSV output has exactly the CLI's $N rows."
