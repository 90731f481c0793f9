#!/usr/bin/env bash
# Measures the blast client alone: a NullGateway (answers HELLO and ACKs every DATA frame without
# decoding it) in one JVM pinned to core 1, the blast in another JVM pinned to core 0 and told it has
# one processor, first as fast as the ACK windows allow (MAX), then at 2,000,000 msg/s.
#   edge-rsu-sim/blast-bench.sh                       # 20 s each, 200 connections
#   BLAST_SECONDS=30 BLAST_CONNECTIONS=400 BLAST_RATES="MAX 3000000" edge-rsu-sim/blast-bench.sh
#   edge-rsu-sim/blast-bench.sh --batch 20 --window 64  # more arguments go to BlastBench
# Each run ends with a "blast-bench: RESULT" line (steady seconds: the first two and the drain left out).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${BLAST_SECONDS:-20}"
connections="${BLAST_CONNECTIONS:-200}"
rates="${BLAST_RATES:-MAX 2000000}"
# One reactor build, so that message-codecs comes from this checkout (its target/), never from ~/.m2.
./mvnw -q -B test-compile dependency:build-classpath -pl edge-rsu-sim -am \
  -Dspotless.apply.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/blast-bench.classpath >/dev/null
cp="edge-rsu-sim/target/test-classes:edge-rsu-sim/target/classes:$(cat edge-rsu-sim/target/blast-bench.classpath)"

echo "machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
work="$(mktemp -d)"
gateway_pid=""
cleanup() {
  if [[ -n "$gateway_pid" ]]; then kill "$gateway_pid" 2>/dev/null || true; wait "$gateway_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
taskset -c 1 java -XX:ActiveProcessorCount=1 -Xms512m -Xmx512m -cp "$cp" \
  org.openv2x.sim.blast.NullGateway --port 0 --port-file "$work/port" --quiet &
gateway_pid=$!
for _ in $(seq 1 300); do
  [[ -s "$work/port" ]] && break
  kill -0 "$gateway_pid" 2>/dev/null || { echo "the null gateway did not start" >&2; exit 1; }
  sleep 0.1
done
[[ -s "$work/port" ]] || { echo "the null gateway did not write its port within 30 s" >&2; exit 1; }
port="$(cat "$work/port")"

for rate in $rates; do
  echo "=== blast at $rate msg/s, $connections connections, ${seconds} s ==="
  taskset -c 0 java -XX:ActiveProcessorCount=1 -Xms1g -Xmx1g -cp "$cp" \
    org.openv2x.sim.blast.BlastBench --gateway "tcp://127.0.0.1:$port" --rate "$rate" \
    --connections "$connections" --duration "${seconds}s" "$@"
done
