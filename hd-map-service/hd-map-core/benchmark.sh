#!/usr/bin/env bash
# Runs the JMH benchmarks of hd-map-core. Arguments go to JMH, for example:
#   hd-map-service/hd-map-core/benchmark.sh                          # everything, with the GC profiler
#   hd-map-service/hd-map-core/benchmark.sh 'MapMatcherBenchmark.match$' -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/../.."
module=hd-map-service/hd-map-core
# One invocation, so message-codecs resolves to this checkout's classes, not the local repository.
./mvnw -q -B test-compile dependency:build-classpath -pl "$module" -am -Dspotless.apply.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/benchmark.classpath")"
exec java -cp "$cp" org.openjdk.jmh.Main -prof gc "$@"
