#!/usr/bin/env bash
# The `sp` command line. On first use (or after a source change) it builds the executable jar through the
# Maven Wrapper, so a fresh clone needs nothing but JDK 17.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$root/sp-cli/target/sp.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root" -path "$root/.git" -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "sp: building the command line (first use takes a few minutes)..." >&2
  (cd "$root" && ./mvnw -q -B -pl sp-cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true) >&2
fi
# The build also writes an AppCDS archive of the classes 'sp score' loads; it only matches the jar it was made from.
cds=()
if [ -f "$root/sp-cli/target/sp.jsa" ] && [ "$root/sp-cli/target/sp.jsa" -nt "$jar" ]; then
  cds=(-XX:SharedArchiveFile="$root/sp-cli/target/sp.jsa" -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr)
fi
exec java ${cds[@]+"${cds[@]}"} ${SP_JAVA_OPTS:-} -jar "$jar" "$@"
