package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.kafka.PlatformTopics;

/** {@code v2x up} as a real process with a real child broker, stopped by SIGTERM or SIGKILL. */
class UpIT {
  private static final Duration UP_TIMEOUT = Duration.ofSeconds(180);

  /** A running {@code v2x up} whose stdout is collected line by line. */
  private static final class Up implements AutoCloseable {
    final Process process;
    final List<String> lines = new ArrayList<>();
    final Path stderr;
    private final Thread reader;

    Up(Path dir, String... args) throws IOException {
      List<String> arguments = new ArrayList<>(List.of("up"));
      arguments.addAll(List.of(args));
      stderr = dir.resolve("up.stderr");
      process =
          new ProcessBuilder(ChildJvm.command(V2xCommand.class.getName(), arguments))
              .redirectError(stderr.toFile())
              .start();
      reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                      lines.add(line);
                      lines.notifyAll();
                    }
                  }
                } catch (IOException e) {
                  // process gone
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits for a stdout line starting with {@code prefix}, from line {@code from} on. */
    int awaitLine(String prefix, int from) throws Exception {
      long deadline = System.nanoTime() + UP_TIMEOUT.toNanos();
      synchronized (lines) {
        while (true) {
          for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
              return i;
            }
          }
          long left = deadline - System.nanoTime();
          assertTrue(
              left > 0 && process.isAlive(),
              () ->
                  "no line '"
                      + prefix
                      + "'; stdout:\n"
                      + String.join("\n", lines)
                      + "\nstderr:\n"
                      + stderrText());
          TimeUnit.NANOSECONDS.timedWait(lines, Math.min(left, 500_000_000L));
        }
      }
    }

    /** Waits for the process to exit and its stdout to be read to the end; its exit code. */
    int awaitExit() throws InterruptedException {
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "up exits");
      reader.join(10_000);
      return process.exitValue();
    }

    String stdout() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }

    String stderrText() {
      try {
        return Files.readString(stderr);
      } catch (IOException e) {
        return e.toString();
      }
    }

    @Override
    public void close() {
      List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
      process.destroyForcibly();
      for (ProcessHandle handle : all) {
        handle.destroyForcibly();
      }
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static int[] freePorts() throws IOException {
    try (ServerSocket a = new ServerSocket(0);
        ServerSocket b = new ServerSocket(0)) {
      return new int[] {a.getLocalPort(), b.getLocalPort()};
    }
  }

  private static void assertPlatformTopics(String bootstrap) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Set<String> names =
          PlatformTopics.ALL.stream().map(PlatformTopics.Topic::name).collect(Collectors.toSet());
      Map<String, TopicDescription> described =
          admin.describeTopics(names).allTopicNames().get(60, TimeUnit.SECONDS);
      for (PlatformTopics.Topic topic : PlatformTopics.ALL) {
        assertEquals(
            topic.partitions(), described.get(topic.name()).partitions().size(), topic.name());
      }
    }
  }

  private static void awaitGone(ProcessHandle handle, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (handle.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertFalse(handle.isAlive(), "pid " + handle.pid() + " still alive");
  }

  @Test
  void upWithTheEmbeddedBrokerComesUpRestartsItAndStopsCleanlyOnSigterm(@TempDir Path dir)
      throws Exception {
    int[] ports = freePorts();
    String bootstrap = "127.0.0.1:" + ports[0];
    try (Up up =
        new Up(
            dir,
            "--no-gateway",
            "--no-map",
            "--data",
            dir.resolve("data").toString(),
            "--kafka-port",
            String.valueOf(ports[0]),
            "--kafka-controller-port",
            String.valueOf(ports[1]))) {
      int upLine = up.awaitLine(UpCommand.STOP_HINT_LINE, 0);
      String stdout = up.stdout();
      assertTrue(stdout.contains("[kafka] kafka: ready at " + bootstrap), stdout);
      assertTrue(stdout.contains("[up]   Kafka          " + bootstrap), stdout);
      assertFalse(stdout.contains("gateway"), "--no-gateway: " + stdout);
      assertTrue(Files.isRegularFile(dir.resolve("data/kafka/logs/meta.properties")));
      assertPlatformTopics(bootstrap);

      List<ProcessHandle> children = up.process.children().toList();
      assertEquals(1, children.size(), "one child: the broker");
      ProcessHandle broker = children.get(0);
      assertTrue(broker.info().command().orElse("").endsWith("java"), broker.info().toString());

      // A broker that dies is restarted, on the same data and ports.
      broker.destroyForcibly();
      int again = up.awaitLine("[up] kafka is ready again", upLine);
      assertTrue(up.stdout().contains("[up] started kafka (pid"), up.stdout());
      assertTrue(up.stderrText().contains("[up] kafka exited unexpectedly"), up.stderrText());
      assertTrue(again > upLine);
      assertPlatformTopics(bootstrap);
      ProcessHandle restarted = up.process.children().findFirst().orElseThrow();

      up.process.toHandle().destroy(); // SIGTERM; Process.destroy() would close stdout
      assertEquals(0, up.awaitExit(), () -> up.stdout() + "\n" + up.stderrText());
      awaitGone(restarted, Duration.ofSeconds(5));
      assertTrue(up.stdout().contains("[up] kafka stopped"), up.stdout());
      assertTrue(up.stdout().contains("[up] stopped"), up.stdout());
    }
  }

  @Test
  void upWithAnExternalClusterCreatesTheTopicsAndStartsTheGatewayAndTheSimulator(@TempDir Path dir)
      throws Exception {
    int[] tcpAndUdp = freePorts();
    int[] http = freePorts();
    int mapPort = freePorts()[0];
    Path config = dir.resolve("gateway.properties");
    Files.writeString(
        config,
        "bind.address=127.0.0.1\ntcp.port="
            + tcpAndUdp[0]
            + "\nudp.port="
            + tcpAndUdp[1]
            + "\nhttp.port="
            + http[0]
            + "\n");
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().build()) {
      kafka.start();
      try (Up up =
          new Up(
              dir,
              "--kafka",
              kafka.bootstrapServers(),
              "--data",
              dir.toString(),
              "--gateway-config",
              config.toString(),
              "--sim-grid",
              "1x1",
              "--sim-vehicles",
              "40",
              "--map-port",
              String.valueOf(mapPort))) {
        up.awaitLine(UpCommand.STOP_HINT_LINE, 0);
        String stdout = up.stdout();
        assertTrue(
            stdout.contains("[up] using the Kafka cluster at " + kafka.bootstrapServers()), stdout);
        assertFalse(stdout.contains("[kafka]"), "no broker of its own: " + stdout);
        assertTrue(
            stdout.contains(
                "[gateway] gateway: ready tcp="
                    + tcpAndUdp[0]
                    + " udp="
                    + tcpAndUdp[1]
                    + " http="
                    + http[0]),
            stdout);
        assertPlatformTopics(kafka.bootstrapServers());
        assertEquals(
            3, up.process.children().count(), "the gateway, the map service and the simulator");
        assertTrue(stdout.contains("[map] hd-map: ready http=" + mapPort), stdout);
        assertTrue(
            Files.isDirectory(dir.resolve("gateway").resolve("journal")), "DIR/gateway/journal");
        assertTrue(
            stdout.contains("[sim] sim: running 1 signalised intersections (1 RSUs)")
                && stdout.contains("sending to tcp://127.0.0.1:" + tcpAndUdp[0]),
            "the simulator sends to the gateway's TCP port from its ready line: " + stdout);
        assertTrue(
            awaitRecords(kafka.bootstrapServers(), "v2x.spat", Duration.ofSeconds(60)),
            "the simulator's SPATs reach Kafka through the gateway");
        String intersections =
            awaitIntersections(
                "http://127.0.0.1:" + mapPort + "/api/v1/intersections", Duration.ofSeconds(90));
        assertTrue(
            intersections.contains("\"version\":1"),
            "the map service stored the simulated intersection from its MAP: " + intersections);
        assertTrue(
            awaitRecords(kafka.bootstrapServers(), "v2x.hdmap", Duration.ofSeconds(30)),
            "the map service publishes the intersection's snapshot to v2x.hdmap");

        up.process.toHandle().destroy();
        assertEquals(0, up.awaitExit(), up::stderrText);
        assertTrue(
            up.stdout().contains("[up] stopped"), () -> up.stdout() + "\n" + up.stderrText());
        assertTrue(up.stdout().contains("[up] gateway stopped"), up::stdout);
        assertTrue(up.stdout().contains("[up] sim stopped"), up::stdout);
        assertTrue(up.stdout().contains("[up] map stopped"), up::stdout);
        assertTrue(
            Files.isRegularFile(dir.resolve("sim").resolve("truth").resolve("lanes.jsonl")),
            "the simulator's ground truth in DIR/sim/truth");
      }
    }
  }

  /**
   * The body of the map service's intersection list once it lists one intersection or more (within
   * {@code timeout}); the last answer, or the last error, otherwise.
   */
  private static String awaitIntersections(String url, Duration timeout)
      throws InterruptedException {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        java.net.http.HttpResponse<String> response =
            client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        last = response.statusCode() + " " + response.body();
        if (response.statusCode() == 200 && response.body().contains("\"version\"")) {
          return response.body();
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    return last;
  }

  /** Whether {@code topic} has records within {@code timeout}. */
  private static boolean awaitRecords(String bootstrap, String topic, Duration timeout)
      throws InterruptedException {
    java.util.Properties properties = new java.util.Properties();
    properties.put("bootstrap.servers", bootstrap);
    properties.put(
        "key.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
    properties.put(
        "value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer =
        new org.apache.kafka.clients.consumer.KafkaConsumer<>(properties)) {
      List<org.apache.kafka.common.TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new org.apache.kafka.common.TopicPartition(topic, info.partition()))
              .toList();
      while (System.nanoTime() < deadline) {
        long total = 0;
        for (long end : consumer.endOffsets(partitions).values()) {
          total += end;
        }
        if (total > 0) {
          return true;
        }
        Thread.sleep(500);
      }
    }
    return false;
  }

  @Test
  void theBrokerExitsByItselfWhenUpIsKilled(@TempDir Path dir) throws Exception {
    int[] ports = freePorts();
    try (Up up =
        new Up(
            dir,
            "--no-gateway",
            "--no-map",
            "--data",
            dir.resolve("data").toString(),
            "--kafka-port",
            String.valueOf(ports[0]),
            "--kafka-controller-port",
            String.valueOf(ports[1]))) {
      up.awaitLine(UpCommand.STOP_HINT_LINE, 0);
      ProcessHandle broker = up.process.children().findFirst().orElseThrow();
      up.process.destroyForcibly(); // SIGKILL: up cannot stop anything
      assertTrue(up.process.waitFor(30, TimeUnit.SECONDS));
      awaitGone(broker, Duration.ofSeconds(60));
    }
  }

  @Test
  void aBrokerThatCannotStartIsRestartedAndUpStillStopsCleanly(@TempDir Path dir) throws Exception {
    int[] ports = freePorts();
    // The broker port is taken: the broker cannot start, up reports it and stops.
    try (ServerSocket taken =
        new ServerSocket(ports[0], 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertTrue(taken.isBound());
      // A failing broker is restarted with back-off while up waits (bounded) for its ready line;
      // SIGTERM in that state still stops everything and ends up with 0.
      try (Up up =
          new Up(
              dir,
              "--no-gateway",
              "--no-map",
              "--data",
              dir.resolve("data").toString(),
              "--kafka-port",
              String.valueOf(ports[0]),
              "--kafka-controller-port",
              String.valueOf(ports[1]))) {
        up.awaitLine("[up] started kafka (pid", 0);
        long deadline = System.nanoTime() + UP_TIMEOUT.toNanos();
        while (!up.stderrText().contains("[up] kafka exited unexpectedly with code 1")) {
          assertTrue(System.nanoTime() < deadline, up::stderrText);
          Thread.sleep(200);
        }
        assertTrue(up.process.isAlive(), "up keeps restarting it");
        List<ProcessHandle> descendants = up.process.descendants().toList();
        up.process.toHandle().destroy();
        assertEquals(0, up.awaitExit(), up::stderrText);
        for (ProcessHandle descendant : descendants) {
          awaitGone(descendant, Duration.ofSeconds(5));
        }
      }
    }
  }
}
