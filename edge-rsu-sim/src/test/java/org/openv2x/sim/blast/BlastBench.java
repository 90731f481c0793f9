package org.openv2x.sim.blast;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The blast client's benchmark (run by {@code edge-rsu-sim/blast-bench.sh} against {@link
 * NullGateway}): a blast of a realistic corpus with a progress line per second, then the figures of
 * the steady seconds (the first two and the drain left out): messages per second offered and
 * acknowledged, the I/O threads' cores, messages per CPU-second of the I/O threads and of the whole
 * process (JIT and GC included).
 *
 * <pre>
 * --gateway tcp://127.0.0.1:P --rate MAX|2000000 --connections 200 --duration 20s [--batch 50]
 * [--window 32] [--io-threads 1] [--corpus 10000] [--unique-bsm-ids]
 * </pre>
 */
public final class BlastBench {
  private static final int WARMUP_SECONDS = 2;

  private BlastBench() {}

  public static void main(String[] args) throws Exception {
    BlastConfig.Builder builder = BlastConfig.builder();
    int corpusSize = 10_000;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--gateway" -> builder.gateway(value);
        case "--rate" -> builder.rate(value);
        case "--connections" -> builder.connections(Integer.parseInt(value));
        case "--duration" ->
            builder.duration(Duration.parse("PT" + value.toUpperCase(Locale.ROOT)));
        case "--batch" -> builder.batchMessages(Integer.parseInt(value));
        case "--window" -> builder.windowFrames(Integer.parseInt(value));
        case "--io-threads" -> builder.ioThreads(Integer.parseInt(value));
        case "--corpus" -> corpusSize = Integer.parseInt(value);
        case "--unique-bsm-ids" -> {
          builder.uniqueBsmIds(true);
          i--;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
      i++;
    }
    BlastConfig config = builder.build();
    BlastCorpus corpus = TestCorpus.realisticMix(corpusSize, 42);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.println("blast-bench: " + config);
    System.out.println("blast-bench: corpus " + corpus.describe());
    System.out.printf(
        Locale.ROOT,
        "blast-bench: JVM %s, %d available processor(s)%n",
        System.getProperty("java.vm.version"),
        Runtime.getRuntime().availableProcessors());

    long[] processCpuAtSecond = new long[(int) config.sendTime().toSeconds() + 64];
    BlastResult result =
        Blast.run(
            config,
            corpus,
            interval -> {
              if (interval.second() < processCpuAtSecond.length) {
                processCpuAtSecond[interval.second()] = os.getProcessCpuTime();
              }
              System.out.println(interval.toLine());
            });
    System.out.println(result.summary());

    List<BlastInterval> steady =
        result.intervals().stream()
            .filter(i -> i.sending() && i.second() > WARMUP_SECONDS)
            .toList();
    if (steady.isEmpty()) {
      System.out.println("blast-bench: no steady seconds (duration too short)");
      return;
    }
    long nanos = 0;
    long sent = 0;
    long acked = 0;
    long cpu = 0;
    for (BlastInterval interval : steady) {
      nanos += interval.intervalNanos();
      sent += interval.counts().messagesSent();
      acked += interval.counts().messagesAcked();
      cpu += interval.cpuNanos();
    }
    int first = steady.get(0).second();
    int last = steady.get(steady.size() - 1).second();
    long processCpu =
        last < processCpuAtSecond.length && first - 1 >= 0
            ? processCpuAtSecond[last] - processCpuAtSecond[first - 1]
            : 0;
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "blast-bench: RESULT rate=%s connections=%d seconds=%d..%d offered=%,.0f msg/s"
            + " acked=%,.0f msg/s io-cores=%.2f msg-per-io-cpu-s=%,.0f process-cores=%.2f"
            + " msg-per-process-cpu-s=%,.0f ack-p50=%.2fms ack-p99=%.2fms%n",
        config.unlimitedRate() ? "MAX" : Long.toString(config.ratePerSecond()),
        config.connections(),
        first,
        last,
        sent / seconds,
        acked / seconds,
        cpu / (double) nanos,
        sent / (cpu / 1e9),
        processCpu / (double) nanos,
        processCpu == 0 ? 0 : sent / (processCpu / 1e9),
        result.ackLatency().p50Us() / 1000.0,
        result.ackLatency().p99Us() / 1000.0);
  }
}
