package org.openv2x.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.openv2x.codec.session.RsuSessionClient;
import org.openv2x.codec.session.RsuSessionClientConfig;
import org.openv2x.codec.session.SessionListener;
import org.openv2x.codec.session.SessionStatistics;

/**
 * The benchmark's RSUs: {@code --connections} sessions ({@link RsuSessionClient}, one sender thread
 * each) send the {@link BenchCorpus} in DATA frames of {@code --batch} messages, at {@code --rate}
 * messages per second in all, or as fast as the ACKs allow ({@code MAX}: each session keeps {@code
 * --window-frames} frames unacknowledged). A rate-limited sender keeps to its schedule, catching up
 * after a stall, but never by more than one second's worth.
 *
 * <p>It prints one progress line per second. After {@code --warmup-s} it measures for {@code
 * --duration-s}: messages acknowledged to the RSUs (by the client's counters) and by Kafka ({@code
 * gateway_messages_out_total} on the gateway's {@code /metrics}), CPU of the gateway, the broker
 * and itself from {@code /proc}, the gateway's CPU per thread, its Kafka producer's batching (JMX),
 * and the ACK latency (frame written → its ACK read) in an HdrHistogram. Then it stops sending,
 * waits for the last ACKs and writes the figures to {@code --out}.
 *
 * <pre>
 * --host 127.0.0.1 --port P --connections 8 --batch 100 --rate MAX|N --window-frames 16
 * --warmup-s 5 --duration-s 30 --gateway-pid P --broker-pid P --metrics-url URL --out FILE
 * </pre>
 */
public final class GatewayLoadClient {
  private static final long MAX_LATENCY_US = TimeUnit.SECONDS.toMicros(120);

  private final Map<String, String> options;
  private volatile boolean sending = true;
  private volatile boolean recording;

  private GatewayLoadClient(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    new GatewayLoadClient(options).run();
  }

  private String option(String name, String defaultValue) {
    String value = options.getOrDefault(name, defaultValue);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private int intOption(String name, int defaultValue) {
    return Integer.parseInt(option(name, Integer.toString(defaultValue)));
  }

  private void run() throws Exception {
    String host = option("host", "127.0.0.1");
    int port = Integer.parseInt(option("port", null));
    int connections = intOption("connections", 8);
    int batch = intOption("batch", 100);
    String rate = option("rate", "MAX");
    long rateMessagesPerS = rate.equalsIgnoreCase("MAX") ? 0 : Long.parseLong(rate);
    int windowFrames = intOption("window-frames", 16);
    int warmupS = intOption("warmup-s", 5);
    int durationS = intOption("duration-s", 30);
    long gatewayPid = Long.parseLong(option("gateway-pid", null));
    long brokerPid = Long.parseLong(option("broker-pid", null));
    String metricsUrl = option("metrics-url", null);
    Path out = Path.of(option("out", null));

    BenchCorpus corpus = BenchCorpus.build(10_000, 42);
    System.out.printf(
        "bench-client: corpus of %,d messages, %.1f UPER bytes on average; %d connections, DATA"
            + " frames of %d messages, rate %s, window %d frames%n",
        corpus.size(),
        corpus.meanMessageBytes(),
        connections,
        batch,
        rateMessagesPerS == 0 ? "MAX" : rateMessagesPerS + " msg/s",
        windowFrames);

    List<RsuSessionClient> clients = new ArrayList<>();
    List<Histogram> histograms = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Histogram histogram = new Histogram(MAX_LATENCY_US, 3);
      histograms.add(histogram);
      SessionListener listener =
          SessionListener.ackLatencyUs(
              latencyUs -> {
                if (recording) {
                  histogram.recordValue(Math.min(Math.max(latencyUs, 1), MAX_LATENCY_US));
                }
              });
      clients.add(
          RsuSessionClient.connect(
              RsuSessionClientConfig.builder(host, port, String.format("bench-rsu-%02d", c))
                  .software("openv2x-loadtest")
                  .windowFrames(windowFrames)
                  .build(),
              listener));
    }

    List<Thread> senders = new ArrayList<>();
    int stride = corpus.size() / connections / batch * batch;
    for (int c = 0; c < connections; c++) {
      RsuSessionClient client = clients.get(c);
      int firstMessage = c * stride;
      long frameIntervalNanos =
          rateMessagesPerS == 0 ? 0 : 1_000_000_000L * connections * batch / rateMessagesPerS;
      Thread sender =
          new Thread(
              () -> send(client, corpus, firstMessage, batch, frameIntervalNanos),
              "bench-sender-" + c);
      sender.setDaemon(true);
      senders.add(sender);
    }
    CpuWindow cpu =
        new CpuWindow(
            orderedMap(
                "gateway",
                gatewayPid,
                "broker",
                brokerPid,
                "client",
                ProcessHandle.current().pid()),
            Set.of("gateway"));

    long startNanos = System.nanoTime();
    senders.forEach(Thread::start);
    long windowStartNanos = startNanos + TimeUnit.SECONDS.toNanos(warmupS);
    long windowEndNanos = windowStartNanos + TimeUnit.SECONDS.toNanos(durationS);
    Figures figures = new Figures();
    Counts previous = Counts.of(clients);
    Scrape warm = null;
    Counts countsAtStart = null;
    Scrape metricsAtStart = null;
    long windowStartEpochMs = 0;
    int second = 1;
    while (true) {
      long tickNanos = startNanos + TimeUnit.SECONDS.toNanos(second);
      sleepUntil(Math.min(tickNanos, countsAtStart == null ? windowStartNanos : windowEndNanos));
      long now = System.nanoTime();
      if (countsAtStart == null && now >= windowStartNanos) {
        // CPU, client counters and gateway metrics, each timed on its own.
        cpu.start();
        countsAtStart = Counts.of(clients);
        metricsAtStart = Scrape.of(metricsUrl);
        windowStartEpochMs = System.currentTimeMillis();
        recording = true;
        System.out.println("bench-client: window start");
      } else if (countsAtStart != null && now >= windowEndNanos) {
        recording = false;
        Counts countsAtEnd = Counts.of(clients);
        Scrape metricsAtEnd = Scrape.of(metricsUrl);
        double metricsWindowS = (metricsAtEnd.nanos - metricsAtStart.nanos) / 1e9;
        double kafkaAckedPerS =
            (metricsAtEnd.sum("gateway_messages_out_total")
                    - metricsAtStart.sum("gateway_messages_out_total"))
                / metricsWindowS;
        cpu.end(figures, "msg", kafkaAckedPerS);
        long windowEndEpochMs = System.currentTimeMillis();
        ProducerJmx.read(gatewayPid, "gateway.producer", figures);
        System.out.println("bench-client: window end");
        putWindowFigures(
            figures, countsAtStart, countsAtEnd, metricsAtStart, metricsAtEnd, kafkaAckedPerS);
        figures.put("window.start.epoch.ms", windowStartEpochMs);
        figures.put("window.end.epoch.ms", windowEndEpochMs);
        break;
      }
      if (now >= tickNanos) {
        if (warm == null) {
          // The first scrape of a JVM is slow: not in the window.
          warm = Scrape.of(metricsUrl);
        }
        Counts current = Counts.of(clients);
        System.out.printf(
            "bench-client: t=%3ds %-7s sent %,9.0f msg/s  acked %,9.0f msg/s  unacked %5d frames%n",
            second,
            countsAtStart == null ? "warmup" : "measure",
            (current.sent - previous.sent) / current.secondsSince(previous),
            (current.acked - previous.acked) / current.secondsSince(previous),
            current.unackedFrames);
        previous = current;
        second++;
      }
    }

    sending = false;
    for (Thread sender : senders) {
      sender.join(TimeUnit.SECONDS.toMillis(60));
    }
    boolean allAcked = true;
    for (RsuSessionClient client : clients) {
      allAcked &= client.awaitAllAcked(Duration.ofSeconds(60));
    }
    long sent = 0;
    long acked = 0;
    long accepted = 0;
    long rejected = 0;
    long reconnects = 0;
    long errors = 0;
    long resent = 0;
    for (RsuSessionClient client : clients) {
      SessionStatistics s = client.statistics();
      sent += s.sentMessages();
      acked += s.ackedMessages();
      accepted += s.acceptedMessages();
      rejected += s.rejectedMessages();
      reconnects += s.reconnects();
      resent += s.resentFrames();
      errors += s.errorsByCode().values().stream().mapToLong(Long::longValue).sum();
      client.close();
    }
    Histogram latency = new Histogram(MAX_LATENCY_US, 3);
    histograms.forEach(latency::add);
    figures.put("ack.latency.frames", latency.getTotalCount());
    figures.put("ack.latency.p50.ms", latency.getValueAtPercentile(50) / 1000.0);
    figures.put("ack.latency.p99.ms", latency.getValueAtPercentile(99) / 1000.0);
    figures.put("ack.latency.p999.ms", latency.getValueAtPercentile(99.9) / 1000.0);
    figures.put("ack.latency.max.ms", latency.getMaxValue() / 1000.0);
    figures.put("run.sent.msgs", sent);
    figures.put("run.acked.msgs", acked);
    figures.put("run.accepted.msgs", accepted);
    figures.put("run.rejected.msgs", rejected);
    figures.put("run.all.acked", Boolean.toString(allAcked));
    figures.put("run.reconnects", reconnects);
    figures.put("run.resent.frames", resent);
    figures.put("run.error.frames", errors);
    figures.put("load.connections", connections);
    figures.put("load.batch", batch);
    figures.put("load.rate", rateMessagesPerS == 0 ? "MAX" : Long.toString(rateMessagesPerS));
    figures.put("load.window.frames", windowFrames);
    figures.put("load.mean.uper.bytes", corpus.meanMessageBytes());
    figures.write(out);
    System.out.printf(
        "bench-client: done: %,d messages sent, %,d acknowledged (%,d accepted, %,d rejected),"
            + " %d reconnects%n",
        sent, acked, accepted, rejected, reconnects);
  }

  private static void putWindowFigures(
      Figures figures,
      Counts start,
      Counts end,
      Scrape metricsAtStart,
      Scrape metricsAtEnd,
      double kafkaAckedPerS) {
    double countsWindowS = end.secondsSince(start);
    double metricsWindowS = (metricsAtEnd.nanos - metricsAtStart.nanos) / 1e9;
    double rsuAckedPerS = (end.acked - start.acked) / countsWindowS;
    figures.put("window.s", countsWindowS);
    figures.put("rsu.sent.per.s", (end.sent - start.sent) / countsWindowS);
    figures.put("rsu.acked.msgs", (long) (end.acked - start.acked));
    figures.put("rsu.acked.per.s", rsuAckedPerS);
    figures.put(
        "kafka.acked.msgs",
        (long)
            (metricsAtEnd.sum("gateway_messages_out_total")
                - metricsAtStart.sum("gateway_messages_out_total")));
    figures.put("kafka.acked.per.s", kafkaAckedPerS);
    figures.put(
        "gateway.in.per.s",
        (metricsAtEnd.sum("gateway_messages_in_total")
                - metricsAtStart.sum("gateway_messages_in_total"))
            / metricsWindowS);
    figures.put(
        "gateway.rejects.msgs",
        (long)
            (metricsAtEnd.sum("gateway_rejects_total")
                - metricsAtStart.sum("gateway_rejects_total")));
    figures.put(
        "journal.pending.records.start",
        (long) metricsAtStart.sum("gateway_journal_pending_records"));
    figures.put(
        "journal.pending.records.end", (long) metricsAtEnd.sum("gateway_journal_pending_records"));
    figures.put(
        "gateway.reads.paused",
        (long)
            (metricsAtEnd.sum("gateway_tcp_reads_paused_total")
                - metricsAtStart.sum("gateway_tcp_reads_paused_total")));
    double gatewayCores = BenchReport.number(figures, "gateway.cpu.cores");
    figures.put("gateway.cpu.us.per.rsu.msg", gatewayCores * 1e6 / rsuAckedPerS);
  }

  /** A scrape of the gateway's metrics, timed at the middle of the request. */
  private record Scrape(long nanos, PrometheusText text) {
    static Scrape of(String url) throws java.io.IOException {
      long before = System.nanoTime();
      PrometheusText text = PrometheusText.fetch(url);
      return new Scrape(before + (System.nanoTime() - before) / 2, text);
    }

    double sum(String metric) {
      return text.sum(metric);
    }
  }

  private void send(
      RsuSessionClient client,
      BenchCorpus corpus,
      int firstMessage,
      int batch,
      long intervalNanos) {
    int cursor = firstMessage;
    long nextNanos = System.nanoTime();
    try {
      while (sending) {
        if (intervalNanos > 0) {
          sleepUntil(nextNanos);
          // Keep to the schedule (catching up after a stall), but at most one second behind it.
          nextNanos = Math.max(nextNanos + intervalNanos, System.nanoTime() - 1_000_000_000L);
        }
        client.send(corpus.bytes(), corpus.offsets(), corpus.lengths(), cursor, batch);
        cursor += batch;
        if (cursor + batch > corpus.size()) {
          cursor = 0;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepUntil(long deadlineNanos) {
    long left;
    while ((left = deadlineNanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(left);
    }
  }

  private static Map<String, Long> orderedMap(Object... rolesAndPids) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < rolesAndPids.length; i += 2) {
      map.put((String) rolesAndPids[i], (Long) rolesAndPids[i + 1]);
    }
    return map;
  }

  /** The clients' counters summed, at one moment. */
  private record Counts(long nanos, double sent, double acked, int unackedFrames) {
    static Counts of(List<RsuSessionClient> clients) {
      long sent = 0;
      long acked = 0;
      int unacked = 0;
      for (RsuSessionClient client : clients) {
        SessionStatistics s = client.statistics();
        sent += s.sentMessages();
        acked += s.ackedMessages();
        unacked += s.unackedFrames();
      }
      return new Counts(System.nanoTime(), sent, acked, unacked);
    }

    double secondsSince(Counts earlier) {
      return (nanos - earlier.nanos) / 1e9;
    }
  }
}
