#!/usr/bin/env bash
# Rows per second of Spark (local[1], local[2]) against the single-threaded `sp score` on the same N rows of WEMWBS
# answers, from CSV and from Parquet (docs/PERFORMANCE.md, "sp-spark"). Run from anywhere:
#
#   sp-bench/spark-vs-cli.sh                # N=10000000, work files in sp-bench/target/spark-bench
#   N=1000000 sp-bench/spark-vs-cli.sh      # a quicker look
#   BUILD=0 sp-bench/spark-vs-cli.sh        # reuse the jars built by an earlier run
#   EXTRA=0 sp-bench/spark-vs-cli.sh        # only the scoring runs and the machine check (no write or reader runs)
#   JFR=1 sp-bench/spark-vs-cli.sh          # also record a JFR profile of each Spark run, and print its hot methods
#   CDS=0 sp-bench/spark-vs-cli.sh          # no AppCDS archive rows (no training run)
#   ROUNDS=3 sp-bench/spark-vs-cli.sh       # the scoring runs three times over, interleaved; figures are medians
#   JOBS=4 WARM=1 sp-bench/spark-vs-cli.sh  # jobs per session (default 6); the warm figure is the mean of the last WARM
#                                           # (default 3), after JOBS-WARM jobs of warm-up (the first job among them)
#   SPARK_JAVA_OPTS=-XX:+UseParallelGC sp-bench/spark-vs-cli.sh   # extra JVM options for every Spark JVM (a trial)
#
# It builds sp.jar and sp-spark's cluster jar, generates the answers with awk (2% missing, 0.5% out of range, the
# "mixed" file of the CLI's own benchmark), converts them once to Parquet (int columns), then, each in a fresh JVM:
#
# 1. The machine: `sp score` once, then two `sp score` processes at once on the same file, each pinned to a core of
#    its own (taskset), and the same unpinned. Pinned, "2 at once" is how much more two independent processes get done
#    than one: the most any two-thread job can scale on this machine (1.00 none, 2.00 linear). Unpinned it is not: one
#    unpinned `sp score` already uses about 1.5 cores (it reads and scores on one thread while it writes on another, with
#    its collector and JIT compilers beside them; its CPU time is printed), so two of them share what one nearly had.
# 2. Scoring (the issue's figure): ScoreJob's `run` from the cluster jar, with Spark's class path beside it as a
#    cluster would load it, `--output-format none` (Spark's noop sink: every row read and scored, nothing written),
#    CSV input (read as lines, cells parsed from bytes: the job's default) and Parquet input (int columns), `local[1]`
#    pinned to one core (the whole JVM: task thread, driver, JIT and GC on one core, "1 core"), `local[1]` unpinned
#    (one task thread; driver, JIT and GC may use the other core) and `local[2]`. Each JVM runs the same job JOBS
#    times in one session (sp-bench/spark/ScoreRuns.java): "first job" is the first in a fresh session (what
#    spark-submit measures: the JVM's class loading, JIT warm-up and Spark's session set-up are in it), "warm session"
#    the mean of the last WARM jobs (a researcher's long-lived session, e.g. Databricks: the steady state, once the JIT
#    compilers have done most of their work, which on 2 cores took CPU from the tasks until about the fifth job).
#    Session start-up is in neither.
#    Scaling is local[2] against local[1] pinned (1 core to 2 cores) and against local[1] unpinned (1 task thread to 2).
#    Unless CDS=0, the first job again with an AppCDS archive of the driver's classes (docs/spark.md, "Throughput"):
#    a training JVM scores 100,000 CSV rows and one Parquet file with -XX:ArchiveClassesAtExit, then local[1] pinned
#    and local[2] run with -XX:SharedArchiveFile, as a spark-submit with --driver-java-options would. Labelled "first
#    job, AppCDS archive"; the default rows have no archive.
# 3. Unless EXTRA=0, local[1] unpinned: CSV in with Spark's own CSV reader (`--csv-reader spark`); CSV out and Parquet
#    out (what writing costs on top of scoring); and local[2] CSV in, CSV out, whose rows must be exactly the CLI's.
#
# Job time excludes session start-up. For Spark it also prints the tasks' summed run, CPU and GC time and the longest
# task (Spark's task metrics): scaling judged by task CPU time does not depend on what else the machine runs, wall time
# does; and, from Spark's listener timestamps, how much of the job was before its first Spark job (planning, file
# listing, session state, code generation) and outside any Spark job, and from the JVM's own counters (ScoreRuns'
# "JVM:" line in WORK/*.log) the driver thread's CPU, the process's CPU, classes loaded and JIT compilation time of each
# job. The full report of each run is in WORK/*.log.
set -euo pipefail
N=${N:-10000000}
JOBS=${JOBS:-6}
WARM=${WARM:-3}
# The warm figure is a steady state: the JIT compilers still took 1 to 2.5 s of CPU per job in a session's second and
# third jobs on 2 cores, and under 1 s from the fifth (JVM: lines, docs/PERFORMANCE.md), so by default it is the mean
# of jobs 4 to 6, as a JMH run measures after its warm-up iterations. The first job is never part of it.
[ "$WARM" -ge 1 ] && [ "$JOBS" -gt "$WARM" ] || { echo "need WARM >= 1 and JOBS > WARM (a first job, then warm ones)" >&2; exit 2; }
FIRST_WARM=$((JOBS - WARM + 1))
# The host's speed drifts by a third within minutes (docs/PERFORMANCE.md): with ROUNDS > 1 the three scoring
# configurations run in turn, round after round, so each ratio compares medians taken under the same drift.
ROUNDS=${ROUNDS:-1}
[ "$ROUNDS" -ge 1 ] || { echo "ROUNDS must be 1 or more" >&2; exit 2; }
ROUND=""
WARM_LABEL="warm session (mean of jobs $FIRST_WARM-$JOBS)"; [ "$WARM" = 1 ] && WARM_LABEL="warm session (job $JOBS)"
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

# The two-runs driver, compiled once (not as a source-file program, whose compiler would run in every measured JVM).
# In a jar: an AppCDS archive takes classes from jars only (a non-empty directory on the class path is refused).
rm -rf "$WORK/bench-classes" && mkdir -p "$WORK/bench-classes"
javac -nowarn -d "$WORK/bench-classes" -cp "$SPARK_CP" "$ROOT/sp-bench/spark/ScoreRuns.java"
jar cf "$WORK/bench.jar" -C "$WORK/bench-classes" .
# Settings every Spark JVM of the benchmark gets (SPARK_JAVA_OPTS: a trial of the user's own, e.g. a collector).
read -r -a USER_OPTS <<< "${SPARK_JAVA_OPTS:-}"
SPARK_SETTINGS=(-Dspark.ui.enabled=false -Dspark.sql.files.maxPartitionBytes=33554432 -Dspark.driver.host=127.0.0.1
  -Dspark.driver.bindAddress=127.0.0.1 -Dlog4j2.level=error)

# "wall job tasks run cpu gc longest before outside" of a run's report line, or ? for each when it is missing.
figures() {
  local line; line=$(grep -F "sp-spark run $1 " "$2" | tail -1)
  if [ -z "$line" ]; then echo "? ? ? ? ? ? ? ? ?"; return; fi
  echo "$line" | sed -E 's/.*: job ([0-9.]+) s, tasks ([0-9]+), run ([0-9.]+) s, CPU ([0-9.]+) s, GC ([0-9.]+) s, longest ([0-9.]+) s; Spark jobs [0-9]+, before the first ([0-9.]+) s, in them [0-9.]+ s, between and after them ([0-9.]+) s.*/\1 \2 \3 \4 \5 \6 \7 \8/'
}

# The same figures averaged over the warm jobs (FIRST_WARM to JOBS), the longest task the longest of any of them; the
# jobs' own times, one by one, on stdout's last field.
warm_figures() {
  local number lines=""
  for number in $(seq "$FIRST_WARM" "$JOBS"); do lines+="$(figures "$number" "$1")"$'\n'; done
  printf '%s' "$lines" | awk '$1 == "?" { bad = 1 } { for (i = 1; i <= 8; i++) sum[i] += $i; if ($6 > longest) longest = $6;
      times = times (NR > 1 ? "/" : "") $1 }
    END { if (bad || NR == 0) { print "? ? ? ? ? ? ? ? ?"; exit }
      printf "%.2f %d %.2f %.2f %.2f %.2f %.2f %.2f %s\n", sum[1]/NR, sum[2]/NR, sum[3]/NR, sum[4]/NR, sum[5]/NR, longest,
        sum[7]/NR, sum[8]/NR, times }'
}

spark() { # spark PIN MASTER NAME ARCHIVE ARGS...: runs the job JOBS times in one JVM (once with the archive: only
  # the first job is reported there); prints the JVM's wall time (s)
  local pin=$1 master=$2 name=$3 archive=$4; shift 4
  local start end jfr=() taskset=() cds=() jobs=$JOBS
  [ "${JFR:-0}" = 0 ] || jfr=("-XX:StartFlightRecording=filename=$WORK/$name.jfr,settings=profile")
  [ "$pin" = 1 ] && taskset=(taskset -c 0)
  [ "$archive" = cds ] && cds=("-XX:SharedArchiveFile=$ARCHIVE") && jobs=1
  start=$(date +%s.%N)
  "${taskset[@]}" java $OPENS -Xmx4g "${USER_OPTS[@]}" "${cds[@]}" "${jfr[@]}" -Dspark.master="$master" \
    "${SPARK_SETTINGS[@]}" -DRUNS="$jobs" -cp "$WORK/bench.jar:$SPARK_CP" ScoreRuns "$@" 2> "$WORK/$name.log"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
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

# The AppCDS archive of the driver's classes: trained on a small job of each input kind, then used by the rows labelled
# "AppCDS archive" (a deployment step a user may take: docs/spark.md). Retrained on every run: it must match the jars.
ARCHIVE=$WORK/spark-driver.jsa
if [ "${CDS:-1}" != 0 ]; then
  head -n 100001 "$CSV" > "$WORK/train.csv"
  rm -rf "$WORK/train.parquet" "$ARCHIVE" && mkdir -p "$WORK/train.parquet"
  cp "$(ls "$PARQUET"/*.parquet | head -1)" "$WORK/train.parquet/"
  java $OPENS -Xmx4g "${USER_OPTS[@]}" -XX:ArchiveClassesAtExit="$ARCHIVE" -Dspark.master='local[2]' "${SPARK_SETTINGS[@]}" \
    -DRUNS=1 -cp "$WORK/bench.jar:$SPARK_CP" ScoreRuns \
    --instrument wemwbs --input "$WORK/train.csv" --output "$WORK/train-out" --output-format none --then \
    --instrument wemwbs --input "$WORK/train.parquet" --output "$WORK/train-out" --output-format none \
    > "$WORK/cds-train.log" 2>&1
fi

rate() { echo "$N / $1" | bc; }
now() { date +%s.%N; }
cli() { # cli PIN OUT: one `sp score` run, pinned to core PIN (or - for none); prints nothing
  local taskset=()
  [ "$1" = - ] || taskset=(taskset -c "$1")
  "${taskset[@]}" java -jar "$ROOT/sp-cli/target/sp.jar" score wemwbs "$CSV" -o "$2" -q || [ $? -eq 1 ]
}

echo "### The machine: sp score once, and two at once"
echo
echo "| Run | Wall time | Rows/s (all processes) | Load average (1 min) before |"
echo "|---|---:|---:|---:|"
load=$(cut -d' ' -f1 /proc/loadavg)
start=$(now)
cli_cpu=$( { /usr/bin/time -f '%U %S' java -jar "$ROOT/sp-cli/target/sp.jar" score wemwbs "$CSV" -o "$WORK/cli.csv" -q \
  2>&1 >/dev/null || [ $? -eq 1 ]; } | tail -1 | awk '{print $1 + $2}')
end=$(now)
CLI_WALL=$(echo "$end - $start" | bc)
printf '| sp score (1 process, unpinned; %s s CPU) | %.2f s | %s | %s |\n' "$cli_cpu" "$CLI_WALL" "$(rate "$CLI_WALL")" "$load"
declare -A M
for mode in pinned unpinned; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  a=-; b=-; [ $mode = pinned ] && { a=0; b=1; }
  start=$(now); cli "$a" "$WORK/cli-1.csv"; end=$(now)
  one=$(echo "$end - $start" | bc)
  start=$(now); cli "$a" "$WORK/cli-a.csv" & cli "$b" "$WORK/cli-b.csv" & wait; end=$(now)
  two=$(echo "$end - $start" | bc)
  M[$mode]=$(echo "2 * $one / $two" | bc -l)
  printf '| sp score, 1 process %s | %.2f s | %s | %s |\n' "$mode" "$one" "$(rate "$one")" "$load"
  printf '| sp score, 2 processes at once, %s | %.2f s | %s | |\n' "$mode" "$two" "$(echo "2 * $N / $two" | bc)"
done
echo
printf 'Machine: 2 processes at once do %.2fx the rows per second of 1 (each pinned to a core of its own), %.2fx unpinned.\n' \
  "${M[pinned]}" "${M[unpinned]}"
echo

echo "### Spark"
echo
echo "| Run | Pinned | Input | Reader | Output | Session | Job time | Rows/s (job) | Tasks | Task run time | Task CPU time | Task GC time | Longest task | Rows per task-CPU s | Before the first Spark job | Outside Spark jobs | Load average (1 min) before |"
echo "|---|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
# Each run's job and task CPU times, a list per configuration and job (one entry, or one per round); JOB and CPU,
# for the summary, are their medians.
declare -A JOBS_OF CPUS_OF JOB CPU
run() { # run PIN MASTER INPUT READER OUTPUT [cds]: one JVM, the first job and the same job again JOBS-1 times
  local pin=$1 master=$2 input=$3 reader=$4 output=$5 archive=${6:-}
  local load src name wall
  load=$(cut -d' ' -f1 /proc/loadavg)
  src=$CSV; [ "$input" = parquet ] && src=$PARQUET
  name="$input-$reader-$output-${master//[^0-9a-z]/}-p$pin${archive:+-$archive}"
  local log=$name${ROUND:+-r$ROUND}
  wall=$(spark "$pin" "$master" "$log" "$archive" --instrument wemwbs --input "$src" \
    --input-format "$input" --csv-reader "$reader" --output "$WORK/out-$input-$master" --output-format "$output")
  local pinned=no; [ "$pin" = 1 ] && pinned="1 core"
  [ "$input" = parquet ] && reader=-
  local number session job tasks trun tcpu tgc longest before outside times
  local numbers="1 warm"; [ "$archive" = cds ] && numbers=1
  for number in $numbers; do
    session="first job"
    if [ $number = warm ]; then
      read -r job tasks trun tcpu tgc longest before outside times < <(warm_figures "$WORK/$log.log")
      session="$WARM_LABEL"; [ "$WARM" = 1 ] || session="$session, jobs $times s"
    else
      read -r job tasks trun tcpu tgc longest before outside < <(figures $number "$WORK/$log.log")
    fi
    [ "$archive" = cds ] && session="first job, AppCDS archive"
    [ -n "$ROUND" ] && session="round $ROUND, $session"
    JOBS_OF[$name-$number]+="$job "; CPUS_OF[$name-$number]+="$tcpu "
    printf '| Spark %s | %s | %s | %s | %s | %s | %s s | %s | %s | %s s | %s s | %s s | %s s | %s | %s s | %s s | %s |\n' \
      "$master" "$pinned" "$input" "$reader" "$output" "$session" "$job" "$(rate "$job")" "$tasks" "$trun" "$tcpu" \
      "$tgc" "$longest" "$(rate "$tcpu")" "$before" "$(printf '%.2f' "$(echo "$before + $outside" | bc)")" "$load"
    load=""
  done
  local jobs=$JOBS; [ "$archive" = cds ] && jobs=1
  printf '| | | | | | (JVM wall time, %s job(s) and start-up: %.2f s) | | | | | | | | | | | |\n' "$jobs" "$wall"
}
# The median of a list of numbers (the lower middle one of an even count), or ? if any is missing.
median() { tr ' ' '\n' <<< "$1" | grep . | sort -g | awk '$1 == "?" { bad = 1 } { v[NR] = $1 }
  END { if (bad || NR == 0) print "?"; else print v[int((NR + 1) / 2)] }'; }
for round in $(seq "$ROUNDS"); do
  [ "$ROUNDS" = 1 ] || ROUND=$round
  for input in csv parquet; do
    run 1 'local[1]' $input lines none
    run 0 'local[1]' $input lines none
    run 0 'local[2]' $input lines none
  done
done
ROUND=""
if [ "${CDS:-1}" != 0 ]; then
  if [ -s "$ARCHIVE" ]; then
    for input in csv parquet; do
      run 1 'local[1]' $input lines none cds
      run 0 'local[2]' $input lines none cds
    done
  else
    echo "| (no AppCDS archive: the training run failed, see $WORK/cds-train.log) | | | | | | | | | | | | | | | | |"
  fi
fi
if [ "${EXTRA:-1}" != 0 ]; then
  run 0 'local[1]' csv spark none
  run 0 'local[1]' csv lines csv
  run 0 'local[1]' parquet lines parquet
  run 0 'local[2]' csv lines csv
fi
for key in "${!JOBS_OF[@]}"; do JOB[$key]=$(median "${JOBS_OF[$key]}"); CPU[$key]=$(median "${CPUS_OF[$key]}"); done
echo
echo "Output none: Spark's noop sink (every row read and scored, nothing written): the scoring throughput issue 16 asks"
echo "for. The CLI writes CSV: compare its rows/s with the CSV-out runs for end to end, with the none runs for scoring."
for number in 1 warm; do
  session="first job"; [ "$number" != 1 ] && session="$WARM_LABEL"
  [ "$ROUNDS" = 1 ] || session="$session, medians of $ROUNDS rounds"
  for input in csv parquet; do
    printf "Scaling %s, %s (scoring), local[2] against local[1] pinned to 1 core: %.2fx; against local[1] unpinned: %.2fx by job time; task CPU time %.2fx of local[1] unpinned (1.00: no extra work per row).\n" \
      "$input" "$session" "$(echo "${JOB[$input-lines-none-local1-p1-$number]} / ${JOB[$input-lines-none-local2-p0-$number]}" | bc -l)" \
      "$(echo "${JOB[$input-lines-none-local1-p0-$number]} / ${JOB[$input-lines-none-local2-p0-$number]}" | bc -l)" \
      "$(echo "${CPU[$input-lines-none-local2-p0-$number]} / ${CPU[$input-lines-none-local1-p0-$number]}" | bc -l)"
  done
  printf 'Per core, %s (scoring, local[1] pinned to 1 core): CSV %s rows/s, Parquet %s rows/s; CLI %s rows/s (wall, CSV in and out).\n' \
    "$session" "$(rate "${JOB[csv-lines-none-local1-p1-$number]}")" "$(rate "${JOB[parquet-lines-none-local1-p1-$number]}")" "$(rate "$CLI_WALL")"
done
if [ "${CDS:-1}" != 0 ] && [ -s "$ARCHIVE" ]; then
  for input in csv parquet; do
    printf "Scaling %s, first job with the AppCDS archive (scoring), local[2] against local[1] pinned to 1 core: %.2fx.\n" \
      "$input" "$(echo "${JOB[$input-lines-none-local1-p1-cds-1]} / ${JOB[$input-lines-none-local2-p0-cds-1]}" | bc -l)"
  done
  printf 'Per core, first job with the AppCDS archive (local[1] pinned to 1 core): CSV %s rows/s, Parquet %s rows/s.\n' \
    "$(rate "${JOB[csv-lines-none-local1-p1-cds-1]}")" "$(rate "${JOB[parquet-lines-none-local1-p1-cds-1]}")"
fi
printf 'Machine: 2 sp score processes at once do %.2fx the rows per second of 1 (pinned), %.2fx unpinned.\n' \
  "${M[pinned]}" "${M[unpinned]}"

if [ "${EXTRA:-1}" != 0 ]; then
  # Spark's CSV rows are the CLI's rows (order aside).
  cmp <(tail -n +2 "$WORK/cli.csv" | sort) <(cat "$WORK"/out-csv-local\[2\]/part-*.csv | grep -v '^id,' | sort) \
    && echo "Spark's CSV output has exactly the CLI's $N rows."
fi
