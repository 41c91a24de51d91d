#!/usr/bin/env bash
# bench/run.sh [BenchClassSimpleName ...] - runs the benchmark mains of bench/ (all *Bench classes by default).
# Each prints its numbers and a ratio against a baseline measured in the same process. Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=bench/target/classpath.txt
./mvnw -B -o -q -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null 2>&1 \
  || ./mvnw -B -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
CP="bench/target/classes:$(cat "$CP_FILE")"
mapfile -t ALL < <(cd bench/src/main/java && find . -name '*Bench.java' | sed 's#^\./##; s#\.java$##; s#/#.#g' | sort)
if [ $# -gt 0 ]; then
  SELECTED=()
  for name in "$@"; do
    for c in "${ALL[@]}"; do [[ "$c" == *".$name" ]] && SELECTED+=("$c"); done
  done
else
  SELECTED=("${ALL[@]}")
fi
for main in "${SELECTED[@]}"; do
  echo "=== $main"
  java -Xms1g -Xmx4g -cp "$CP" "$main"
done
