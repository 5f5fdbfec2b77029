#!/usr/bin/env bash
# `sp fhir serve` and `sp fhir validate --server` on the demo's episode Bundles (issue 12 §5; docs/PERFORMANCE.md).
#   ready:  from starting `./sp fhir serve` to its printing the URL (R4 core and the profiles loaded, the warm-up
#           episode validated three times);
#   cold:   `./sp fhir validate --server URL EP-101.bundle.json`, the whole client command (RUNS runs, default 5),
#           wall and CPU time of the client, and the server's CPU time for that request;
#   warm:   after WARM (default 300) Bundles sent to let C2 compile the validator, BATCH (default 200) more, all 12
#           demo Bundles in turn: per Bundle, the server's CPU time and the batch's wall time, sent by one client
#           two at a time (the command's own concurrency on 2 cores) and, with curl, one at a time (the latency
#           of one request: median and 90th percentile of `time_total`).
# Wall times from `date`, CPU times from /usr/bin/time (client) and /proc/PID/stat (server: user + system, all
# threads). Usage: sp-bench/fhir-serve-timing.sh (from the repository root, after './mvnw -pl sp-cli -am package').
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/sp-cli/target/sp.jar"
runs="${RUNS:-5}"
warm="${WARM:-300}"
batch="${BATCH:-200}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -z "$server_pid" ] || kill "$server_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
java -jar "$jar" demo -o "$work/demo" > /dev/null
bundles=("$work"/demo/fhir/EP-1*.bundle.json)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "./sp fhir serve runs: $(SP_LAUNCHER_DRY_RUN=1 "$root/sp" fhir serve)"
echo "./sp fhir validate --server runs: $(SP_LAUNCHER_DRY_RUN=1 "$root/sp" fhir validate --server URL FILE)"
ticks=$(getconf CLK_TCK)
now() { date +%s.%N; }
# The server's CPU time so far, in seconds (user + system of all its threads).
server_cpu() { awk -v t="$ticks" '{ printf "%.3f\n", ($14 + $15) / t }' "/proc/$server_pid/stat"; }

start=$(now)
"$root/sp" fhir serve --package "$work/demo/conformance" > "$work/url.txt" 2> "$work/serve.err" &
server_pid=$!
until [ -s "$work/url.txt" ]; do
  kill -0 "$server_pid" 2> /dev/null || { cat "$work/serve.err"; exit 1; }
  sleep 0.05
done
ready=$(now)
url=$(head -1 "$work/url.txt")
echo "ready: $(echo "$ready - $start" | bc) s after start (server CPU $(server_cpu) s)"

for run in $(seq "$runs"); do
  before=$(server_cpu)
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$root/sp" fhir validate --quiet --server "$url" \
    "$work/demo/fhir/EP-101.bundle.json" > /dev/null || true
  read -r wall user sys < "$work/time.txt"
  echo "cold client run $run: ${wall} s wall, $(echo "$user + $sys" | bc) s client CPU," \
    "$(echo "$(server_cpu) - $before" | bc) s server CPU"
done

# n files naming the 12 Bundles in turn.
list() { local i; for i in $(seq 0 $(($1 - 1))); do echo "${bundles[$((i % ${#bundles[@]}))]}"; done; }
mapfile -t warm_files < <(list "$warm")
"$root/sp" fhir validate --quiet --server "$url" "${warm_files[@]}" > /dev/null || true
mapfile -t batch_files < <(list "$batch")
before=$(server_cpu)
t0=$(now)
"$root/sp" fhir validate --quiet --server "$url" "${batch_files[@]}" > /dev/null || true
t1=$(now)
echo "warm, $batch Bundles two at a time after $warm: $(echo "scale=1; 1000 * ($t1 - $t0) / $batch" | bc) ms wall" \
  "and $(echo "scale=1; 1000 * ($(server_cpu) - $before) / $batch" | bc) ms server CPU per Bundle"
before=$(server_cpu)
: > "$work/latency.txt"
for file in "${batch_files[@]}"; do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/fhir+json' --data-binary "@$file" \
    "$url/Bundle/\$validate" >> "$work/latency.txt"
done
echo "warm, $batch Bundles one at a time (curl): $(echo "scale=1; 1000 * ($(server_cpu) - $before) / $batch" | bc) ms" \
  "server CPU per Bundle; latency median $(sort -n "$work/latency.txt" | awk -v n="$batch" 'NR == int((n + 1) / 2) { printf "%.1f", 1000 * $1 }') ms," \
  "90th percentile $(sort -n "$work/latency.txt" | awk -v n="$batch" 'NR == int(n * 0.9) { printf "%.1f", 1000 * $1 }') ms"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
