#!/usr/bin/env bash
# Runs the JMH benchmarks of ingest-gateway (the per-message code paths). Arguments go to JMH:
#   ingest-gateway/benchmark.sh                          # everything, with the GC profiler
#   ingest-gateway/benchmark.sh JournalBenchmark -f 2
# The whole-system measurement against Kafka is ingest-gateway/loadtest.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build, so that message-codecs and embedded-kafka come from this checkout (their
# target/ directories), never from a stale copy in ~/.m2.
./mvnw -q -B test-compile dependency:build-classpath -pl ingest-gateway -am \
  -Dspotless.apply.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="ingest-gateway/target/test-classes:ingest-gateway/target/classes:$(cat ingest-gateway/target/benchmark.classpath)"
flags="$(sed -n 's:.*<chronicle.jvm.flags>\(.*\)</chronicle.jvm.flags>.*:\1:p' pom.xml)"
# shellcheck disable=SC2086 # a list of JVM flags
exec java $flags -cp "$cp" org.openjdk.jmh.Main -jvmArgsAppend "$flags" -prof gc "$@"
