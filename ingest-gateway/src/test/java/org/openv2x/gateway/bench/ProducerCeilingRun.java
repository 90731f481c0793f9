package org.openv2x.gateway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Kafka's own producer ceiling on the same broker: runs {@code
 * org.apache.kafka.tools.ProducerPerformance} in a JVM of its own ({@code -Xmx512m}, unthrottled,
 * the gateway's producer settings) and measures it like the gateway: after {@code --warmup-s}, for
 * {@code --duration-s}, the records Kafka appended to {@value #TOPIC} (its end offsets) and the CPU
 * of the producer's JVM (per thread too) and of the broker, from {@code /proc}. Then it stops the
 * tool.
 *
 * <pre>
 * --bootstrap B --record-size BYTES --warmup-s 5 --duration-s 30 --broker-pid P --out FILE --log FILE
 * </pre>
 */
public final class ProducerCeilingRun {
  /** The topic the producer tool writes to (6 partitions, created by {@link BenchKafkaMain}). */
  public static final String TOPIC = "bench.producer-ceiling";

  /** The gateway's producer settings ({@code Gateway.producerProperties}) that shape throughput. */
  public static final List<String> PRODUCER_SETTINGS =
      List.of(
          "acks=all",
          "enable.idempotence=true",
          "max.in.flight.requests.per.connection=5",
          "linger.ms=5",
          "batch.size=262144",
          "compression.type=lz4",
          "buffer.memory=67108864");

  private static final Pattern REPORT =
      Pattern.compile(
          "(\\d+) records sent, ([\\d.]+) records/sec .*?, ([\\d.]+) ms avg latency, ([\\d.]+) ms"
              + " max latency");

  private ProducerCeilingRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].substring(2), args[i + 1]);
    }
    String bootstrap = options.get("bootstrap");
    int recordSize = Integer.parseInt(options.get("record-size"));
    int warmupS = Integer.parseInt(options.getOrDefault("warmup-s", "5"));
    int durationS = Integer.parseInt(options.getOrDefault("duration-s", "30"));
    long brokerPid = Long.parseLong(options.get("broker-pid"));
    Path log = Path.of(options.get("log"));

    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.apache.kafka.tools.ProducerPerformance");
    command.addAll(
        List.of(
            "--topic",
            TOPIC,
            "--num-records",
            "2000000000",
            "--record-size",
            Integer.toString(recordSize),
            "--throughput",
            "-1",
            "--producer-props",
            "bootstrap.servers=" + bootstrap,
            "client.id=bench-producer-ceiling"));
    command.addAll(PRODUCER_SETTINGS);
    System.out.println("bench-producer: " + String.join(" ", command.subList(4, command.size())));
    Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> windowReports = new ArrayList<>();
    boolean[] inWindow = {false};
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader reader =
                      new BufferedReader(
                          new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8));
                  PrintWriter out =
                      new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = reader.readLine()) != null) {
                  out.println(line);
                  System.out.println("bench-producer: " + line);
                  synchronized (windowReports) {
                    if (inWindow[0]) {
                      windowReports.add(line);
                    }
                  }
                }
              } catch (IOException e) {
                // the tool was stopped
              }
            },
            "producer-output");
    pump.setDaemon(true);
    pump.start();

    Figures figures = new Figures();
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(TOPIC, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(TOPIC, info.partition()));
      }
      endOffsets(consumer, partitions); // the first request also fetches metadata: not timed
      Map<String, Long> pids = new LinkedHashMap<>();
      pids.put("producer", tool.pid());
      pids.put("broker", brokerPid);
      pids.put("probe", ProcessHandle.current().pid());
      CpuWindow cpu = new CpuWindow(pids, Set.of("producer"));
      Thread.sleep(TimeUnit.SECONDS.toMillis(warmupS));
      if (!tool.isAlive()) {
        throw new IllegalStateException("ProducerPerformance ended early; see " + log);
      }
      synchronized (windowReports) {
        inWindow[0] = true;
      }
      cpu.start();
      long[] start = endOffsets(consumer, partitions);
      Thread.sleep(TimeUnit.SECONDS.toMillis(durationS));
      long[] end = endOffsets(consumer, partitions);
      double windowS = (end[0] - start[0]) / 1e9;
      double records = end[1] - start[1];
      cpu.end(figures, "record", records / windowS);
      ProducerJmx.read(tool.pid(), "producer.producer", figures);
      synchronized (windowReports) {
        inWindow[0] = false;
      }
      figures.put("window.s", windowS);
      figures.put("producer.records", (long) records);
      figures.put("producer.records.per.s", records / windowS);
      figures.put("producer.record.bytes", recordSize);
      double latencySum = 0;
      double latencyMax = 0;
      int reports = 0;
      synchronized (windowReports) {
        for (String line : windowReports) {
          Matcher matcher = REPORT.matcher(line);
          if (matcher.find()) {
            latencySum += Double.parseDouble(matcher.group(3));
            latencyMax = Math.max(latencyMax, Double.parseDouble(matcher.group(4)));
            reports++;
          }
        }
      }
      figures.put("producer.latency.avg.ms", reports > 0 ? latencySum / reports : Double.NaN);
      figures.put("producer.latency.max.ms", reports > 0 ? latencyMax : Double.NaN);
      figures.put("producer.settings", String.join(" ", PRODUCER_SETTINGS));
    } finally {
      tool.destroy();
      if (!tool.waitFor(15, TimeUnit.SECONDS)) {
        tool.destroyForcibly();
      }
    }
    figures.write(Path.of(options.get("out")));
  }

  /** {@code [nanos at the middle of the request, sum of the end offsets]}. */
  private static long[] endOffsets(
      KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
    long before = System.nanoTime();
    long sum = 0;
    for (long offset : consumer.endOffsets(partitions, Duration.ofSeconds(30)).values()) {
      sum += offset;
    }
    return new long[] {before + (System.nanoTime() - before) / 2, sum};
  }
}
