#!/usr/bin/env bash
# Load test of the ingest gateway against Kafka's own producer ceiling, on loopback only.
#
#   ingest-gateway/loadtest.sh [--duration 30s] [--warmup 60s] [--producer-warmup 20s]
#                              [--connections 8] [--batch 100] [--rate MAX|N] [--window-frames 16]
#                              [--report DIR] [--profile] [--skip-build]
#
# Builds the gateway and its test classes, then starts three JVMs: a Kafka broker (BenchKafkaMain,
# an EmbeddedKafka on free ports in a temporary directory, topics created with LogAppendTime), the
# gateway (GatewayMain, Chronicle flags, -Xmx1g, no UDP, no downlink) and the load client
# (GatewayLoadClient: N RSU sessions sending a BSM/SPAT/MAP/RSI/RSM corpus). After --warmup (the
# JIT needs about a minute on a busy 2-core machine before the gateway's rate levels off) it
# measures for --duration: messages/s acknowledged to the RSUs and by Kafka, CPU of every JVM from
# /proc, ACK latency, gateway-receive -> Kafka-append latency; checks that Kafka holds as many
# records as the gateway acknowledged; then runs Kafka's ProducerPerformance against the same broker
# for the same duration after --producer-warmup (same record size, the gateway's producer
# settings) and writes DIR/summary.json and DIR/summary.txt (DIR defaults to
# ingest-gateway/target/loadtest-<time>). --profile records the gateway with JFR during the window
# and writes DIR/profile.txt. GATEWAY_JAVA_OPTS adds JVM flags to the gateway. Every process it
# starts is stopped on exit; temporary files are deleted.
set -euo pipefail

DURATION_S=30
WARMUP_S=60
PRODUCER_WARMUP_S=20
CONNECTIONS=8
BATCH=100
RATE=MAX
WINDOW_FRAMES=16
REPORT=""
PROFILE=0
BUILD=1

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
}

seconds() { # 30s, 30, 2m -> seconds
  case "$1" in
    *m) echo $((${1%m} * 60)) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION_S=$(seconds "$2"); shift 2 ;;
    --warmup) WARMUP_S=$(seconds "$2"); shift 2 ;;
    --producer-warmup) PRODUCER_WARMUP_S=$(seconds "$2"); shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --batch) BATCH=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --window-frames) WINDOW_FRAMES=$2; shift 2 ;;
    --report) REPORT=$2; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    --skip-build) BUILD=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "loadtest: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
for n in "$DURATION_S" "$WARMUP_S" "$PRODUCER_WARMUP_S" "$CONNECTIONS" "$BATCH" "$WINDOW_FRAMES"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "loadtest: '$n' is not a positive number" >&2; exit 2; }
done
[[ "$RATE" == MAX || "$RATE" =~ ^[0-9]+$ ]] || { echo "loadtest: --rate is MAX or a number" >&2; exit 2; }
if (( DURATION_S > 600 )); then
  echo "loadtest: --duration is at most 600s" >&2
  exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[[ -n "$REPORT" ]] || REPORT="$ROOT/ingest-gateway/target/loadtest-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$REPORT"
REPORT=$(cd "$REPORT" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/v2x-loadtest.XXXXXX")
PIDS=()

stop_pid() { # pid: SIGTERM, then SIGKILL after 20 s
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local i
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    stop_pid "${PIDS[$i]}"
  done
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "loadtest: $*"; }

wait_for_line() { # file pattern timeout-s pid -> the first matching line
  local file=$1 pattern=$2 timeout=$3 pid=$4 line
  for _ in $(seq 1 $((timeout * 5))); do
    if line=$(grep -m1 -E "$pattern" "$file" 2>/dev/null); then
      echo "$line"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "loadtest: process $pid ended before printing '$pattern'; its log ($file):" >&2
      tail -30 "$file" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "loadtest: no '$pattern' in $file within ${timeout}s" >&2
  tail -30 "$file" >&2
  return 1
}

figure() { # file key -> value
  sed -n "s/^$2=//p" "$1" | head -1
}

# ---- build ----
if (( BUILD )); then
  log "building ingest-gateway and its test classes (log: $REPORT/build.log)"
  if ! ./mvnw -q -o -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test \
      -pl ingest-gateway -am >"$REPORT/build.log" 2>&1; then
    tail -40 "$REPORT/build.log" >&2
    echo "loadtest: the build failed" >&2
    exit 1
  fi
fi
GW="$ROOT/ingest-gateway"
[[ -f "$GW/target/bench-classpath.txt" ]] || { echo "loadtest: no classpath; build first" >&2; exit 1; }
CP="$GW/target/test-classes:$GW/target/classes:$(cat "$GW/target/bench-classpath.txt")"
CHRONICLE_FLAGS=$(sed -n 's:.*<chronicle.jvm.flags>\(.*\)</chronicle.jvm.flags>.*:\1:p' pom.xml)
[[ -n "$CHRONICLE_FLAGS" ]] || { echo "loadtest: no chronicle.jvm.flags in pom.xml" >&2; exit 1; }
CLK_TCK=$(getconf CLK_TCK)
JAVA=${JAVA:-java}

# ---- Kafka broker ----
# The repository has no EmbeddedKafkaMain: the benchmark's own main runs EmbeddedKafka.
log "starting the Kafka broker"
"$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
  -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true -cp "$CP" \
  org.openv2x.gateway.bench.BenchKafkaMain "$TMP/kafka" >"$REPORT/broker.log" 2>&1 &
BROKER_PID=$!
PIDS+=("$BROKER_PID")
line=$(wait_for_line "$REPORT/broker.log" '^bench-kafka: ready' 120 "$BROKER_PID")
BOOTSTRAP=${line#*bootstrap=}
log "broker pid $BROKER_PID at $BOOTSTRAP"

# ---- gateway ----
log "starting the gateway"
GATEWAY_FLAGS=()
if (( PROFILE )); then
  # Started with the JVM (a recording started later by jcmd made the JIT recompile for seconds);
  # the delay lets it begin about when the measured window does.
  GATEWAY_FLAGS+=("-XX:StartFlightRecording=delay=$((WARMUP_S + 3))s,duration=${DURATION_S}s,settings=profile,filename=$REPORT/gateway.jfr")
fi
# GATEWAY_JAVA_OPTS: extra flags for experiments (e.g. -XX:+UseParallelGC).
# shellcheck disable=SC2086 # the flags are words
"$JAVA" $CHRONICLE_FLAGS -Xmx1g ${GATEWAY_JAVA_OPTS:-} "${GATEWAY_FLAGS[@]}" -cp "$CP" org.openv2x.gateway.GatewayMain \
  gateway.id=gw-bench bind.address=127.0.0.1 tcp.port=0 http.port=0 \
  udp.enabled=false downlink.enabled=false kafka.create-topics=false \
  kafka.bootstrap-servers="$BOOTSTRAP" journal.dir="$TMP/journal" \
  rsu.max-messages-per-second=0 >"$REPORT/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=("$GATEWAY_PID")
line=$(wait_for_line "$REPORT/gateway.log" '^gateway: ready' 60 "$GATEWAY_PID")
TCP_PORT=$(sed -n 's/.*tcp=\([0-9]*\).*/\1/p' <<<"$line")
HTTP_PORT=$(sed -n 's/.*http=\([0-9]*\).*/\1/p' <<<"$line")
log "gateway pid $GATEWAY_PID, tcp $TCP_PORT, http $HTTP_PORT"

# ---- load ----
log "load: $CONNECTIONS connections, batch $BATCH, rate $RATE, warm-up ${WARMUP_S}s, measured ${DURATION_S}s"
: >"$REPORT/client.log"
"$JAVA" -Xmx1g -Dbench.clkTck="$CLK_TCK" -cp "$CP" org.openv2x.gateway.bench.GatewayLoadClient \
  --port "$TCP_PORT" --connections "$CONNECTIONS" --batch "$BATCH" --rate "$RATE" \
  --window-frames "$WINDOW_FRAMES" --warmup-s "$WARMUP_S" --duration-s "$DURATION_S" \
  --gateway-pid "$GATEWAY_PID" --broker-pid "$BROKER_PID" \
  --metrics-url "http://127.0.0.1:$HTTP_PORT/metrics" \
  --out "$REPORT/gateway-window.properties" 2>&1 | tee -a "$REPORT/client.log"
[[ -f "$REPORT/gateway-window.properties" ]] || { echo "loadtest: the load client failed" >&2; exit 1; }

# ---- drain and count ----
log "waiting for the gateway's journal to drain"
DRAINED=false
DRAIN_START=$(date +%s)
for _ in $(seq 1 600); do
  pending=$(curl -s "http://127.0.0.1:$HTTP_PORT/health" | sed -n 's/.*"journalPendingRecords":\([0-9]*\).*/\1/p')
  if [[ "$pending" == 0 ]]; then
    DRAINED=true
    break
  fi
  sleep 0.5
done
DRAIN_S=$(($(date +%s) - DRAIN_START))
OUT_TOTAL=$(curl -s "http://127.0.0.1:$HTTP_PORT/metrics" |
  awk '/^gateway_messages_out_total/ {s += $NF} END {printf "%d", s}')
if (( PROFILE )); then
  # The recording ends about with the window; give the JVM a moment to write it.
  for _ in $(seq 1 100); do [[ -s "$REPORT/gateway.jfr" ]] && break; sleep 0.2; done
fi
log "journal drained: $DRAINED (${DRAIN_S}s); Kafka acknowledged $OUT_TOTAL records in all"
stop_pid "$GATEWAY_PID"
log "reading back what Kafka holds"
"$JAVA" -Xmx1g -cp "$CP" org.openv2x.gateway.bench.KafkaRecordSampler --bootstrap "$BOOTSTRAP" \
  --window-start-ms "$(figure "$REPORT/gateway-window.properties" window.start.epoch.ms)" \
  --window-end-ms "$(figure "$REPORT/gateway-window.properties" window.end.epoch.ms)" \
  --out "$REPORT/kafka-after.properties" >"$REPORT/sampler.log" 2>&1 ||
  { tail -30 "$REPORT/sampler.log" >&2; exit 1; }
if (( PROFILE )) && [[ -s "$REPORT/gateway.jfr" ]]; then
  "$JAVA" -cp "$CP" org.openv2x.gateway.bench.JfrTopFrames "$REPORT/gateway.jfr" "$REPORT/profile.txt" 30
  log "profile of the gateway: $REPORT/profile.txt"
fi

# ---- Kafka's own producer ceiling ----
RECORD_BYTES=$(printf '%.0f' "$(figure "$REPORT/kafka-after.properties" record.value.bytes.mean)")
log "ProducerPerformance: records of $RECORD_BYTES bytes, warm-up ${PRODUCER_WARMUP_S}s, measured ${DURATION_S}s"
"$JAVA" -Xmx256m -Dbench.clkTck="$CLK_TCK" -cp "$CP" org.openv2x.gateway.bench.ProducerCeilingRun \
  --bootstrap "$BOOTSTRAP" --record-size "$RECORD_BYTES" --warmup-s "$PRODUCER_WARMUP_S" \
  --duration-s "$DURATION_S" --broker-pid "$BROKER_PID" \
  --out "$REPORT/producer-window.properties" --log "$REPORT/producer-performance.log" \
  >"$REPORT/producer-run.log" 2>&1 || { tail -30 "$REPORT/producer-run.log" >&2; exit 1; }
stop_pid "$BROKER_PID"

# ---- summary ----
CPU_MODEL=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
MEM_GIB=$(awk '/^MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)
{
  echo "machine=$(nproc) vCPU ($CPU_MODEL), ${MEM_GIB} GiB, $(uname -sr)"
  echo "java=$("$JAVA" -version 2>&1 | head -1 | tr -d '"')"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "command=ingest-gateway/loadtest.sh --duration ${DURATION_S}s --warmup ${WARMUP_S}s --producer-warmup ${PRODUCER_WARMUP_S}s --connections $CONNECTIONS --batch $BATCH --rate $RATE --window-frames $WINDOW_FRAMES"
  echo "clk.tck=$CLK_TCK"
  echo "journal.drained=$DRAINED"
  echo "journal.drain.s=$DRAIN_S"
  echo "gateway.messages.out.total=$OUT_TOTAL"
} >"$REPORT/run.properties"
echo
"$JAVA" -cp "$CP" org.openv2x.gateway.bench.BenchReport "$REPORT"
echo
log "report: $REPORT/summary.json"
