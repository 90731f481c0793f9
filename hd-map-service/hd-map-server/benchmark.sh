#!/usr/bin/env bash
# Runs the JMH benchmarks of hd-map-server. Arguments go to JMH, for example:
#   hd-map-service/hd-map-server/benchmark.sh                          # this module's, with the GC profiler
#   hd-map-service/hd-map-server/benchmark.sh 'storeUnchanged' -p side=20
set -euo pipefail
cd "$(dirname "$0")/../.."
module=hd-map-service/hd-map-server
./mvnw -q -B test-compile dependency:build-classpath -pl "$module" -am -Dspotless.apply.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/benchmark.classpath")"
# hd-map-core's benchmarks are on the class path too: without arguments, run this module's only
if [ $# -eq 0 ]; then set -- 'org\.openv2x\.hdmap\.server\.'; fi
exec java -cp "$cp" org.openjdk.jmh.Main -prof gc "$@"
