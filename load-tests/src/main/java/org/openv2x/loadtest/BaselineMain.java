package org.openv2x.loadtest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.openv2x.gateway.Gateway;
import org.openv2x.gateway.config.GatewayConfig;

/**
 * Kafka's own producer ceiling, the baseline a load test compares the gateway with: a plain {@code
 * KafkaProducer} with the gateway's producer settings ({@link Gateway#producerProperties}) sending
 * the very records the gateway wrote in the run (keys and values, sampled from its BSM topic), as
 * fast as it can, in a JVM of its own on the same broker. {@code BaselineMain <bootstrap> <topic>
 * <recordsFile> <warmupRecords> <records>}: after the warm-up records it measures {@code records}:
 * the time from the first send to the last acknowledgement, the process's CPU time over it, and the
 * send-to-acknowledgement latency; then prints one line {@code baseline: records=N seconds=S
 * cpu-seconds=C bytes=B p50-ms=.. p99-ms=.. p999-ms=.. max-ms=..}.
 */
public final class BaselineMain {
  /** The start of the result line. */
  public static final String RESULT = "baseline: ";

  private BaselineMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: BaselineMain <bootstrap> <topic> <recordsFile> <warmupRecords> <records>");
      System.exit(2);
    }
    String bootstrap = args[0];
    String topic = args[1];
    List<byte[][]> sample = readRecords(Path.of(args[2]));
    long warmup = Long.parseLong(args[3]);
    long records = Long.parseLong(args[4]);
    if (sample.isEmpty()) {
      System.err.println("baseline: no records to send in " + args[2]);
      System.exit(1);
    }
    Properties properties =
        Gateway.producerProperties(
            GatewayConfig.from(
                Map.of("kafka.bootstrap-servers", bootstrap, "gateway.id", "loadtest-baseline")));
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
      send(producer, topic, sample, warmup, null);
      Recorder latency = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);
      long cpuBefore = processCpuNanos();
      long start = System.nanoTime();
      long bytes = send(producer, topic, sample, records, latency);
      long seconds = System.nanoTime() - start;
      long cpu = processCpuNanos() - cpuBefore;
      Histogram h = latency.getIntervalHistogram();
      System.out.printf(
          Locale.ROOT,
          "%srecords=%d seconds=%.3f cpu-seconds=%.3f bytes=%d p50-ms=%.3f p99-ms=%.3f"
              + " p999-ms=%.3f max-ms=%.3f%n",
          RESULT,
          records,
          seconds / 1e9,
          cpu / 1e9,
          bytes,
          h.getValueAtPercentile(50) / 1e3,
          h.getValueAtPercentile(99) / 1e3,
          h.getValueAtPercentile(99.9) / 1e3,
          h.getMaxValue() / 1e3);
      System.out.flush();
    }
  }

  /** Sends {@code count} records cycling over the sample; returns once all are acknowledged. */
  private static long send(
      KafkaProducer<byte[], byte[]> producer,
      String topic,
      List<byte[][]> sample,
      long count,
      Recorder latency)
      throws InterruptedException {
    AtomicLong pending = new AtomicLong(count);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Object done = new Object();
    long bytes = 0;
    for (long i = 0; i < count && failure.get() == null; i++) {
      byte[][] record = sample.get((int) (i % sample.size()));
      bytes += record[1].length;
      long sent = System.nanoTime();
      producer.send(
          new ProducerRecord<>(topic, record[0], record[1]),
          (metadata, exception) -> {
            if (exception != null) {
              failure.compareAndSet(null, exception);
            } else if (latency != null) {
              latency.recordValue(
                  Math.min(TimeUnit.MINUTES.toMicros(10), (System.nanoTime() - sent) / 1_000));
            }
            if (pending.decrementAndGet() == 0) {
              synchronized (done) {
                done.notifyAll();
              }
            }
          });
    }
    producer.flush();
    synchronized (done) {
      while (pending.get() > 0 && failure.get() == null) {
        done.wait(100);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("the baseline producer failed", failure.get());
    }
    return bytes;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Writes records as {@code int keyLength, key, int valueLength, value}. */
  static void writeRecords(List<byte[][]> records, Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      for (byte[][] record : records) {
        write(out, record[0]);
        write(out, record[1]);
      }
    }
  }

  private static void write(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static List<byte[][]> readRecords(Path file) throws IOException {
    List<byte[][]> records = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      while (in.available() > 0) {
        byte[] key = new byte[in.readInt()];
        in.readFully(key);
        byte[] value = new byte[in.readInt()];
        in.readFully(value);
        records.add(new byte[][] {key, value});
      }
    }
    return records;
  }
}
