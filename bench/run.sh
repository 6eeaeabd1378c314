#!/usr/bin/env bash
# Synthesis benchmarks at national scale (see docs/benchmarks.md):
#   1. PeakHeap: national census load time, all EPCIs round by round, peak heap;
#   2. JMH (org.mutualis.bench): all EPCIs, all EPCIs on every core, one EPCI; with -prof gc.
#
# Usage: bench/run.sh [JMH options and benchmark regexp...]   (default: every benchmark of the project)
#   e.g. bench/run.sh -wi 2 -i 3 'SynthesisBenchmark.oneEpci'
# Environment:
#   MUTUALIS_BENCH_DATA  the territoire directory (default: ../shared/data/territoire from the repo)
#   PEAK_HEAP_OPTS       JVM options of the PeakHeap run (default: none, the JVM's default heap)
#   PEAK_HEAP_ROUNDS     passes over all EPCIs in the PeakHeap run (default 15)
#   SKIP_BUILD=1         reuse target/ as it is
#   SKIP_JMH=1 / SKIP_PEAK=1
#
# Builds in this tree's target/: run it in a copy of the tree when others build in the same one.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
data="${MUTUALIS_BENCH_DATA:-$repo/../shared/data/territoire}"
if [[ ! -f "$data/epci.json" || ! -f "$data/communes.json" ]]; then
    echo "No epci.json and communes.json in $data: set MUTUALIS_BENCH_DATA." >&2
    exit 1
fi
data="$(cd "$data" && pwd)"

classpath_file=target/bench-classpath.txt
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    mvn -q -B test-compile -DskipTests
    mvn -q -B dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
fi
if [[ ! -f target/test-classes/META-INF/BenchmarkList ]]; then
    echo "No JMH benchmark list in target/test-classes: did the annotation processor run?" >&2
    exit 1
fi
classpath="target/test-classes:target/classes:$(cat "$classpath_file")"

echo "== $(date -Iseconds), $(nproc) cores, $(java -version 2>&1 | head -1), data $data"
if [[ "${SKIP_PEAK:-0}" != 1 ]]; then
    echo "== PeakHeap"
    # shellcheck disable=SC2086 # PEAK_HEAP_OPTS is a list of JVM options
    java ${PEAK_HEAP_OPTS:-} -cp "$classpath" -Dmutualis.bench.data="$data" \
        org.mutualis.bench.PeakHeap "${PEAK_HEAP_ROUNDS:-15}"
fi
if [[ "${SKIP_JMH:-0}" != 1 ]]; then
    echo "== JMH"
    java -cp "$classpath" -Dmutualis.bench.data="$data" org.openjdk.jmh.Main \
        -prof gc -rf json -rff target/jmh-synthesis.json "$@"
    echo "== JMH results also in target/jmh-synthesis.json"
fi
