#!/usr/bin/env bash
# The annual statements of 36,000 collectivités (issue 14): StatementEngine.territory, then the ZIP of
# one ODS per collectivité and a summary, written to a temporary file (deleted afterwards). Runs
# org.mutualis.bench.StatementsBenchmark in RUNS fresh JVMs and prints each run's figures, then the
# median of "computed and written" (see docs/benchmarks.md).
#
# Usage: bench/statements.sh [collectivités=36000] [maxUses=40]
# Environment:
#   RUNS=3            fresh JVMs, one after the other
#   BENCH_JAVA_OPTS   JVM options (default: none, the JVM's default heap), e.g. -Xmx512m
#   SKIP_BUILD=1      reuse target/ as it is
#
# Builds in this tree's target/: run it in a copy of the tree when others build in the same one.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
classpath_file=target/bench-classpath.txt
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$classpath_file" ]]; then
    mvn -o -q -B test-compile -DskipTests
    if ! mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test \
        > /dev/null 2>&1; then
        # Offline without the dependency plugin: the class path surefire gives the statements' own
        # tests (which also check the documents before they are timed).
        mvn -o -q -B surefire:test -Dtest=StatementDocumentsTests
        sed -n 's/.*name="surefire.test.class.path" value="\([^"]*\)".*/\1/p' \
            target/surefire-reports/TEST-org.mutualis.servicefinance.documents.StatementDocumentsTests.xml \
            > "$classpath_file"
    fi
fi
classpath="target/test-classes:target/classes:$(cat "$classpath_file")"
echo "== $(date -Iseconds), $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for run in $(seq "${RUNS:-3}"); do
    echo "== run $run"
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
    /usr/bin/time -f 'Process: %e s wall, %U s user, %S s system, max RSS %M kB' \
        java ${BENCH_JAVA_OPTS:-} -cp "$classpath" org.mutualis.bench.StatementsBenchmark "$@" 2>&1 | tee -a "$log"
done
echo "== computed and written, median of ${RUNS:-3} runs: $(sed -n 's/.*computed and written in \([0-9]*\) ms.*/\1/p' "$log" \
    | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}') ms"
echo "== peak heap of each run (MB): $(sed -n 's/^Peak heap used: \([0-9]*\) MB.*/\1/p' "$log" | tr '\n' ' ')"
