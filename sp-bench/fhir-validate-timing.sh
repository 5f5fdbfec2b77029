#!/usr/bin/env bash
# `sp fhir validate` of one episode Bundle, cold and warm (issue 12; docs/PERFORMANCE.md).
#   cold: a fresh JVM validating one Bundle, the whole command as a user runs it (3 runs);
#   warm: per Bundle, from one JVM validating 1 and then 41 copies: (t41 - t1) / 40.
# Usage: sp-bench/fhir-validate-timing.sh   (from the repository root, after './mvnw -pl sp-cli -am package')
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/sp-cli/target/sp.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar "$jar" demo -o "$work/demo" > /dev/null
bundle="$work/demo/fhir/EP-101.bundle.json"
now() { date +%s.%N; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
for run in 1 2 3; do
  start=$(now)
  java -jar "$jar" fhir validate --quiet --package "$work/demo/conformance" "$bundle" > /dev/null || true
  echo "cold run $run: $(echo "$(now) - $start" | bc) s"
done
for i in $(seq 1 41); do cp "$bundle" "$work/copy-$i.json"; done
start=$(now)
java -jar "$jar" fhir validate --quiet --package "$work/demo/conformance" "$work/copy-1.json" > /dev/null || true
one=$(echo "$(now) - $start" | bc)
start=$(now)
java -jar "$jar" fhir validate --quiet --package "$work/demo/conformance" "$work"/copy-*.json > /dev/null || true
many=$(echo "$(now) - $start" | bc)
echo "1 Bundle: $one s; 41 Bundles: $many s; warm per Bundle: $(echo "scale=1; ($many - $one) * 1000 / 40" | bc) ms"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
