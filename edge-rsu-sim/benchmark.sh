#!/usr/bin/env bash
# Runs the JMH benchmarks of edge-rsu-sim. Arguments go to JMH:
#   edge-rsu-sim/benchmark.sh                              # everything, with the GC profiler
#   edge-rsu-sim/benchmark.sh RsuFleetBenchmark -f 1       # one 10x10 step with 20,000 vehicles
#   edge-rsu-sim/benchmark.sh BlastSendPathBenchmark
# The blast client against a null gateway is edge-rsu-sim/blast-bench.sh; the whole simulator on one
# core is: taskset -c 0 ./v2x sim --grid 10x10 --vehicles 20000 --speed max --duration 300s
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build, so that message-codecs comes from this checkout (its target/), never from ~/.m2.
./mvnw -q -B test-compile dependency:build-classpath -pl edge-rsu-sim -am \
  -Dspotless.apply.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="edge-rsu-sim/target/test-classes:edge-rsu-sim/target/classes:$(cat edge-rsu-sim/target/benchmark.classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main -prof gc "$@"
