#!/usr/bin/env bash
# The file-scoring comparison of docs/PERFORMANCE.md, measured side by side in one run:
#   0. start-up alone: `sp --version` and `sp score` of 10 rows, CPU time and classes loaded;
#   1. `sp score swemwbs` (JVM start included), as `java -jar sp.jar` and as the ./sp launcher runs it (for score:
#      serial GC, C2 kept, -Xmx128m, the AppCDS archive), against a Python csv script with the same contract
#      (score_swemwbs.py), on 1 million rows;
#   2. `sp score swemwbs` against reading the same 10-million-row file with FastCSV alone (FastCsvReadBaseline).
# Both sizes also run ./sp with other JVM options through SP_JAVA_OPTS (which comes after the launcher's own): C1
# only (the launcher's choice for short commands) and heaps of 64 and 256 MB, so that one quiet run can confirm the
# launcher's choices for sp score.
# Outputs of sp and Python are compared byte for byte. Each command runs RUNS times (default 3); the median wall
# time is reported with the peak resident size. Needs python3 (standard library), /usr/bin/time and the built jars:
#   ./mvnw -B -pl sp-cli,sp-bench -am package -DskipTests
# Usage: sp-bench/compare/run-comparison.sh [WORKDIR]   (default /tmp/sp-compare; about 1 GB of inputs)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-/tmp/sp-compare}"
runs="${RUNS:-3}"
sp_jar="${SP_JAR:-$root/sp-cli/target/sp.jar}"
launcher="$root/sp"   # uses sp-cli/target/sp.jar and its archive; prints its java command with SP_LAUNCHER_DRY_RUN=1
bench_cp="${FASTCSV_CP:-$root/sp-bench/target/benchmarks.jar}"
mkdir -p "$work"

generate() { # rows file: SWEMWBS answers, 2% missing and 0.5% out of range, as in real files
  awk -v N="$1" 'BEGIN { srand(7); printf "id"; for (i=1;i<=7;i++) printf ",swemwbs_%d", i; print "";
    for (r=1; r<=N; r++) { printf "p%d", r; for (i=1;i<=7;i++) { x=rand();
      if (x < 0.02) printf ","; else if (x < 0.025) printf ",6"; else printf ",%d", 1+int(rand()*5) } print "" } }' > "$2"
}
[ -f "$work/in1m.csv" ] || generate 1000000 "$work/in1m.csv"
[ -f "$work/in10m.csv" ] || generate 10000000 "$work/in10m.csv"

# Median wall seconds, median CPU seconds (user + system, all threads) and max RSS (MB) of RUNS runs of a command
# whose stdout goes to $out. On a busy machine wall time mostly measures waiting for a core; CPU time does not.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local label="$1" out="$2"; shift 2
  local times=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    # exit code 1 means "rows with problems", which these inputs have by design
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$out" 2> "$work/stderr.txt" || true
    read -r t u s m < <(tail -1 "$work/time.txt")
    times+=("$t"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"); rss+=("$m")
  done
  local med; med=$(printf '%s\n' "${times[@]}" | median)
  local cpu; cpu=$(printf '%s\n' "${cpus[@]}" | median)
  local mem; mem=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '| %s | %s | %s | %s | %d |\n' "$label" "$med" "$(printf '%s ' "${times[@]}")" "$cpu" $((mem / 1024))
  echo "$med $cpu" > "$work/last.txt"
}

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); python: $(python3 --version 2>&1)"
head -11 "$work/in1m.csv" > "$work/in10.csv"
# Classes the last command loaded (-Xlog:class+load), and how many came from the jar rather than a CDS archive.
classes() { echo "$(grep -c . "$work/classes.log") classes, $(grep -c 'source: file:' "$work/classes.log") from the jar"; }
echo
echo "| Start-up | Median wall (s) | Runs (s) | Median CPU (s) | Max RSS (MB) |"
echo "|---|---:|---|---:|---:|"
measure "java -jar sp.jar --version" "$work/out.version.txt" java -jar "$sp_jar" --version
measure "./sp --version" "$work/out.version.txt" "$launcher" --version
measure "java -jar sp.jar score swemwbs (10 rows)" "$work/out.sp10rows.csv" java -jar "$sp_jar" score swemwbs "$work/in10.csv"
measure "./sp score swemwbs (10 rows)" "$work/out.sp10rows.csv" "$launcher" score swemwbs "$work/in10.csv"
java -Xlog:class+load:file="$work/classes.log" -jar "$sp_jar" score swemwbs "$work/in10.csv" > /dev/null 2>&1 || true
echo "java -jar sp.jar score swemwbs (10 rows): $(classes)"
SP_JAVA_OPTS="-Xlog:class+load:file=$work/classes.log" "$launcher" score swemwbs "$work/in10.csv" > /dev/null 2>&1 || true
echo "./sp score swemwbs (10 rows): $(classes)"
echo
echo "| Command | Median wall (s) | Runs (s) | Median CPU (s) | Max RSS (MB) |"
echo "|---|---:|---|---:|---:|"
measure "python3 score_swemwbs.py (1M)" "$work/out.py.csv" python3 "$here/score_swemwbs.py" "$work/in1m.csv"
py=$(cat "$work/last.txt")
measure "java -jar sp.jar score swemwbs (1M)" "$work/out.sp.csv" java -jar "$sp_jar" score swemwbs "$work/in1m.csv"
sp1=$(cat "$work/last.txt")
cmp -s "$work/out.py.csv" "$work/out.sp.csv" && same="identical" || same="DIFFERENT"
measure "./sp score swemwbs (1M)" "$work/out.launcher.csv" "$launcher" score swemwbs "$work/in1m.csv"
spl1=$(cat "$work/last.txt")
cmp -s "$work/out.py.csv" "$work/out.launcher.csv" && same_l="identical" || same_l="DIFFERENT"
# The launcher's choices, varied one at a time (SP_JAVA_OPTS comes last on the java command, so it wins).
measure "./sp score swemwbs, C1 only (1M)" "$work/out.launcher.csv" env SP_JAVA_OPTS=-XX:TieredStopAtLevel=1 "$launcher" score swemwbs "$work/in1m.csv"
spl1c1=$(cat "$work/last.txt")
measure "./sp score swemwbs, -Xmx64m (1M)" "$work/out.launcher.csv" env SP_JAVA_OPTS=-Xmx64m "$launcher" score swemwbs "$work/in1m.csv"
measure "./sp score swemwbs, -Xmx256m (1M)" "$work/out.launcher.csv" env SP_JAVA_OPTS=-Xmx256m "$launcher" score swemwbs "$work/in1m.csv"
measure "FastCSV read alone (10M)" "$work/out.fastcsv.txt" java -cp "$bench_cp" org.socialprescribing.bench.FastCsvReadBaseline "$work/in10m.csv"
fast=$(cat "$work/last.txt")
measure "java -jar sp.jar score swemwbs (10M)" "$work/out.sp10.csv" java -jar "$sp_jar" score swemwbs "$work/in10m.csv"
sp10=$(cat "$work/last.txt")
measure "java -Xmx64m -jar sp.jar score swemwbs (10M)" "$work/out.sp10.csv" java -Xmx64m -jar "$sp_jar" score swemwbs "$work/in10m.csv"
measure "./sp score swemwbs (10M)" "$work/out.sp10.csv" "$launcher" score swemwbs "$work/in10m.csv"
spl10=$(cat "$work/last.txt")
measure "./sp score swemwbs, C1 only (10M)" "$work/out.sp10.csv" env SP_JAVA_OPTS=-XX:TieredStopAtLevel=1 "$launcher" score swemwbs "$work/in10m.csv"
spl10c1=$(cat "$work/last.txt")
measure "./sp score swemwbs, -Xmx64m (10M)" "$work/out.sp10.csv" env SP_JAVA_OPTS=-Xmx64m "$launcher" score swemwbs "$work/in10m.csv"
spl10h64=$(cat "$work/last.txt")
measure "./sp score swemwbs, -Xmx256m (10M)" "$work/out.sp10.csv" env SP_JAVA_OPTS=-Xmx256m "$launcher" score swemwbs "$work/in10m.csv"
spl10h256=$(cat "$work/last.txt")
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "outputs of sp and Python on 1M rows: java -jar $same, ./sp $same_l"
echo "./sp runs: $(SP_LAUNCHER_DRY_RUN=1 "$launcher" score swemwbs FILE)"
ratio() { # label, numerator "wall cpu", denominator "wall cpu"
  awk -v l="$1" -v a="$2" -v b="$3" 'BEGIN { split(a, x, " "); split(b, y, " ");
    printf "%s: %.2fx wall, %.2fx CPU\n", l, x[1] / y[1], x[2] / y[2] }'
}
ratio "Python / sp (1M, JVM start included)" "$py" "$sp1"
ratio "Python / ./sp (1M, JVM start included)" "$py" "$spl1"
ratio "Python / ./sp with C1 only (1M, JVM start included)" "$py" "$spl1c1"
ratio "sp / FastCSV read alone (10M)" "$sp10" "$fast"
ratio "./sp / FastCSV read alone (10M)" "$spl10" "$fast"
ratio "./sp with C1 only / FastCSV read alone (10M)" "$spl10c1" "$fast"
ratio "./sp with -Xmx64m / FastCSV read alone (10M)" "$spl10h64" "$fast"
ratio "./sp with -Xmx256m / FastCSV read alone (10M)" "$spl10h256" "$fast"
