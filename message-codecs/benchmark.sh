#!/usr/bin/env bash
# Runs the JMH benchmarks of message-codecs. Arguments go to JMH, for example:
#   message-codecs/benchmark.sh                                  # everything, with the GC profiler
#   message-codecs/benchmark.sh 'UperCodecBenchmark.decode$' -p vector=bsm-01-car-required
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -pl message-codecs -am -Dspotless.apply.skip=true
./mvnw -q -B dependency:build-classpath -pl message-codecs \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="message-codecs/target/test-classes:message-codecs/target/classes:$(cat message-codecs/target/benchmark.classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main -prof gc "$@"
