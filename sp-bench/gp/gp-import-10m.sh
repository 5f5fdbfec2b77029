#!/usr/bin/env bash
# The GP extract import of docs/PERFORMANCE.md ("sp gp import"), measured in one run against a baseline:
#   1. FastCSV alone reading the same file (FastCsvReadBaseline): the floor of any CSV-based import;
#   2. `sp gp import` on a 10-million-row coded-event extract in random person order under -Xmx256m (the default
#      "any order" path: an external merge sort by person in temporary files under WORKDIR), episodes to /dev/null,
#      reported rows to a file;
#   3. with GROUPED=1, also `sp gp import --grouped` under -Xmx256m on the same rows sorted by person (the streaming
#      path, no temporary files), for comparison.
# The extract has 2,000,000 persons of 5 rows each (a referral, SWEMWBS 21, WEMWBS twice, PHQ-9); in random order each
# person's rows are scattered over the file by a fixed permutation of the row numbers (row r holds the rows-in-person
# order row (r * 7919 + 13) mod ROWS). Every 1,000th row has an unknown code (10,000 reported rows).
# Each command runs RUNS times (default 1; the import takes minutes); the median wall time, CPU time (user + system)
# and the peak resident size are reported, and rows per second from the wall time. Needs /usr/bin/time, awk and the
# built jars:
#   ./mvnw -B -pl sp-cli,sp-bench -am package -DskipTests
# Usage: sp-bench/gp/gp-import-10m.sh [WORKDIR]   (default /tmp/sp-gp-bench; about 600 MB of input per order and as
# much again of temporary files while the import sorts)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-/tmp/sp-gp-bench}"
runs="${RUNS:-1}"
rows="${ROWS:-10000000}"
grouped="${GROUPED:-0}"
sp_jar="${SP_JAR:-$root/sp-cli/target/sp.jar}"
bench_cp="${FASTCSV_CP:-$root/sp-bench/target/benchmarks.jar}"
for jar in "$sp_jar" "$bench_cp"; do
  [ -f "$jar" ] || { echo "missing $jar: ./mvnw -B -pl sp-cli,sp-bench -am package -DskipTests" >&2; exit 2; }
done
mkdir -p "$work/sort"

# ORDER=random scatters each person's rows; ORDER=sorted keeps them together. 7919 is prime and does not divide
# 10^k, so r -> (r * 7919 + 13) mod ROWS is a permutation for ROWS = 10^k (check another ROWS before using it).
generate() {
  local order="$1" out="$2"
  [ -f "$out" ] || awk -v N="$rows" -v ORDER="$order" 'BEGIN {
    print "person_id,date,code,code_system,value,practice_ods,record_id";
    split("871731000000106,718466001,718426000,718426000,720433000", code, ",");
    split(",21,44,52,9", value, ",");
    split("2024-03-01,2024-03-01,2024-03-15,2024-09-15,2024-09-15", day, ",");
    for (r = 0; r < N; r++) {
      i = (ORDER == "random") ? (r * 7919 + 13) % N : r;
      k = i % 5 + 1; c = (i % 1000 == 999) ? "99999" : code[k];
      printf "P%d,%s,%s,snomed,%s,A12345,R%d\n", int(i / 5), day[k], c, value[k], i } }' > "$out"
}
random_input="$work/extract-$rows-random.csv"
generate random "$random_input"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local label="$1"; shift
  local times=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    # exit code 1 means "rows reported", which this input has by design
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || true
    read -r t u s m < <(tail -1 "$work/time.txt")
    times+=("$t"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.1f", u + s }')"); rss+=("$m")
  done
  local med; med=$(printf '%s\n' "${times[@]}" | median)
  local cpu; cpu=$(printf '%s\n' "${cpus[@]}" | median)
  local mem; mem=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '| %s | %s | %s | %d | %s |\n' "$label" "$med" "$cpu" $((mem / 1024)) \
    "$(awk -v n="$rows" -v t="$med" 'BEGIN { printf "%.0f", n / t }')"
  echo "  summary: $(grep ' rows: ' "$work/stderr.txt" | sed "s|$work/||")" >&2
}

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); input: $rows rows, $(($(stat -c %s "$random_input") / 1048576)) MB"
echo
echo "| Command | Wall (s) | CPU (s) | Max RSS (MB) | Rows/s (wall) |"
echo "|---|---:|---:|---:|---:|"
measure "FastCSV read only (baseline)" java -cp "$bench_cp" org.socialprescribing.bench.FastCsvReadBaseline "$random_input"
measure "sp gp import, random order, -Xmx256m" java -Xmx256m -jar "$sp_jar" gp import "$random_input" \
  --today 2026-12-07 --output /dev/null --temp-dir "$work/sort"
if [ "$grouped" = 1 ]; then
  sorted_input="$work/extract-$rows-sorted.csv"
  generate sorted "$sorted_input"
  measure "sp gp import --grouped, sorted, -Xmx256m" java -Xmx256m -jar "$sp_jar" gp import "$sorted_input" \
    --today 2026-12-07 --output /dev/null --grouped
fi
echo
echo "temporary files left in $work/sort: $(find "$work/sort" -type f | wc -l)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
