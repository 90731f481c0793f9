#!/usr/bin/env bash
# Runs the JMH benchmarks of hd-map-server: benchmark.sh [regex] [JMH options], for example:
#   hd-map-service/hd-map-server/benchmark.sh                              # this module's, with the GC profiler
#   hd-map-service/hd-map-server/benchmark.sh -f 1 -wi 2 -i 3 -w 2s -r 3s  # the same, shorter
#   hd-map-service/hd-map-server/benchmark.sh 'storeUnchanged' -p side=20
# hd-map-core's and message-codecs' benchmarks are on the class path too; without a regex first,
# only this module's run.
set -euo pipefail
cd "$(dirname "$0")/../.."
module=hd-map-service/hd-map-server
./mvnw -q -B test-compile dependency:build-classpath -pl "$module" -am -Dspotless.apply.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/benchmark.classpath")"
if [ $# -eq 0 ] || [[ "$1" == -* ]]; then set -- 'org\.openv2x\.hdmap\.server\.' "$@"; fi
exec java -cp "$cp" org.openjdk.jmh.Main -prof gc "$@"
