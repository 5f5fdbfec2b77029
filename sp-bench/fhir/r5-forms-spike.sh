#!/usr/bin/env bash
# Spike for issue 12 (cold sp fhir validate): would R4 core's StructureDefinitions, kept in R5 form from the build, be
# ready sooner than today's R4 parse + conversion? CPU time of one thread, each way in a fresh JVM with the launcher's
# compiler and collector (C1 only, serial GC), PASSES passes in that JVM (the first is the cold one), RUNS JVMs each:
#   a  = HAPI's R4 JSON parser over the build's files + HAPI's VersionCanonicalizer (the path in use),
#   r4 = a's parse alone (so a - r4 is the conversion),
#   b  = the FHIR core library's R5 JSON parser (org.hl7.fhir.r5.formats.JsonParser) over R5 JSON written beforehand,
#   b2 = b over a tree Gson parsed, b3 = the same library's R5 XML parser,
#   c  = Java deserialisation of the R5 objects (R5 primitives are Externalizable and write their value only, so
#        their ids and extensions are lost: not equalsDeep, and so not a candidate).
# Each way other than a and r4 also says how many of its StructureDefinitions are not equalsDeep to a's.
# Usage: sp-bench/fhir/r5-forms-spike.sh   (from the repository root, after './mvnw -pl sp-cli -am package')
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/sp-cli/target/sp.jar"
runs="${RUNS:-2}"
passes="${PASSES:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
spike=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dpasses="$passes" -cp "$jar" "$root/sp-bench/fhir/R5FormsSpike.java")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
PASSES=1 "${spike[@]}" prepare "$work/forms" | grep -v 'pass 1'
for run in $(seq "$runs"); do
  for mode in a r4 b b2 b3 c; do
    "${spike[@]}" "$mode" "$work/forms" | grep -v '^differs'
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
