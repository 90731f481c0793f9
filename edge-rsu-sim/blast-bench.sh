#!/usr/bin/env bash
# Measures the blast client alone: a NullGateway (answers HELLO and ACKs every DATA frame without
# decoding it) in one JVM pinned to core 1, the blast in another JVM pinned to core 0 and told it has
# one processor, first as fast as the ACK windows allow (MAX), then at 2,000,000 msg/s.
#   edge-rsu-sim/blast-bench.sh                         # 20 s each, 200 connections
#   BLAST_SECONDS=30 BLAST_CONNECTIONS=400 BLAST_RATES="MAX 3000000" edge-rsu-sim/blast-bench.sh
#   edge-rsu-sim/blast-bench.sh --unique-bsm-ids        # more arguments go to BlastBench
# Each run ends with a "blast-bench: RESULT" line (its steady seconds: the first two and the drain
# left out) and "load" lines from /proc: how busy core 0 (the blast) and core 1 (the null gateway)
# were over the run, softirq included (the kernel's loopback TCP work, charged to no process), and
# the CPU of the two JVMs. Core 0 busier than the blast JVM plus its softirq means something else ran
# there: not a clean figure.
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

# "busy softirq total" jiffies of one core
core_jiffies() { awk -v c="cpu$1" '$1 == c {print $2+$3+$4+$7+$8+$9, $8, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
process_jiffies() { awk '{print $14+$15}' "/proc/$1/stat"; }

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
  read -r busy0a soft0a total0a < <(core_jiffies 0)
  read -r busy1a soft1a total1a < <(core_jiffies 1)
  gateway0=$(process_jiffies "$gateway_pid")
  /usr/bin/time -f "%U %S" -o "$work/blast.time" taskset -c 0 java -XX:ActiveProcessorCount=1 -Xms1g -Xmx1g \
    -cp "$cp" org.openv2x.sim.blast.BlastBench --gateway "tcp://127.0.0.1:$port" --rate "$rate" \
    --connections "$connections" --duration "${seconds}s" "$@"
  read -r busy0b soft0b total0b < <(core_jiffies 0)
  read -r busy1b soft1b total1b < <(core_jiffies 1)
  gateway1=$(process_jiffies "$gateway_pid")
  read -r user sys < "$work/blast.time"
  awk -v b0="$((busy0b - busy0a))" -v s0="$((soft0b - soft0a))" -v t0="$((total0b - total0a))" \
      -v b1="$((busy1b - busy1a))" -v s1="$((soft1b - soft1a))" -v t1="$((total1b - total1a))" \
      -v gw="$((gateway1 - gateway0))" -v user="$user" -v sys="$sys" 'BEGIN {
    blast = (user + sys) * 100
    printf "load: over %.1f s (the blast JVM running), core 0 was %.0f %% busy (%.0f %% softirq), core 1 %.0f %% (%.0f %% softirq)\n",
      t0 / 100, 100 * b0 / t0, 100 * s0 / t0, 100 * b1 / t1, 100 * s1 / t1
    printf "load: the blast JVM used %.2f cores (user+sys, JVM start included), the null gateway %.2f\n",
      blast / t0, gw / t1 }'
done
