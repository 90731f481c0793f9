package org.openv2x.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.kafka.EmbeddedKafka;

/**
 * Nothing acknowledged is lost: not when the broker goes away for 20 s, not when the gateway
 * process is killed with SIGKILL, and Kafka slower than the input makes the gateway stop reading
 * rather than hold more than its journal cap. Every test checks, by vehicle id, that each message
 * the gateway acknowledged is in Kafka.
 */
class GatewayFaultIT {
  @TempDir Path dir;

  private EmbeddedKafka kafka;

  private EmbeddedKafka startKafka() {
    kafka = EmbeddedKafka.builder().dataDirectory(dir.resolve("kafka")).build();
    kafka.start();
    kafka.createTopic("v2x.bsm", 3);
    kafka.createTopic("v2x.deadletter", 1);
    return kafka;
  }

  @AfterEach
  void stopKafka() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void brokerDownForTwentySecondsMidStreamLosesNothingAcknowledged() throws Exception {
    startKafka();
    StreamingRsu rsu;
    try (Gateway gateway =
        Gateway.start(GatewayTestSupport.config(kafka.bootstrapServers(), dir, Map.of()))) {
      rsu = new StreamingRsu("rsu-outage", gateway::tcpPort, 50, 8, 300_000);
      Thread client = new Thread(rsu, "rsu-outage");
      client.start();
      waitFor(() -> rsu.acknowledgedBatches() > 20, Duration.ofSeconds(30), "first ACKs");
      kafka.stop();
      long ackedBefore = rsu.acknowledgedBatches();
      Thread.sleep(20_000);
      assertTrue(
          rsu.acknowledgedBatches() > ackedBefore,
          "the gateway goes on acknowledging from its journal while Kafka is down");
      assertTrue(gateway.journal().pendingRecords() > 0, "the journal holds what Kafka has not");
      kafka.start();
      Thread.sleep(3_000);
      rsu.stop();
      client.join(30_000);
      waitFor(
          () -> gateway.journal().pendingRecords() == 0,
          Duration.ofSeconds(60),
          "the journal drains");
    }
    assertAllAcknowledgedInKafka(rsu);
  }

  @Test
  void gatewayKilledWithSigkillMidStreamLosesNothingAcknowledged() throws Exception {
    startKafka();
    int tcpPort = freePort();
    List<String> args =
        List.of(
            "gateway.id=gw-kill",
            "bind.address=127.0.0.1",
            "tcp.port=" + tcpPort,
            "udp.enabled=false",
            "http.port=0",
            "io.threads=2",
            "kafka.bootstrap-servers=" + kafka.bootstrapServers(),
            "journal.dir=" + dir.resolve("journal"),
            "journal.roll-cycle=TEST_SECONDLY",
            "downlink.enabled=false");
    Process gateway = startGatewayProcess(args);
    StreamingRsu rsu = new StreamingRsu("rsu-kill", () -> tcpPort, 50, 8, 300_000);
    Thread client = new Thread(rsu, "rsu-kill");
    client.start();
    waitFor(() -> rsu.acknowledgedBatches() > 200, Duration.ofSeconds(60), "ACKs before the kill");
    gateway.destroyForcibly(); // SIGKILL
    gateway.waitFor(30, TimeUnit.SECONDS);
    long ackedAtKill = rsu.acknowledgedBatches();
    Process restarted = startGatewayProcess(args);
    waitFor(
        () -> rsu.acknowledgedBatches() > ackedAtKill + 50,
        Duration.ofSeconds(60),
        "ACKs after the restart");
    rsu.stop();
    client.join(30_000);
    restarted.destroy(); // SIGTERM: the gateway sends what is journaled, then stops
    assertTrue(restarted.waitFor(60, TimeUnit.SECONDS), "the gateway stops on SIGTERM");
    assertTrue(rsu.reconnects() >= 1, "the RSU lost its connection at the kill");
    assertAllAcknowledgedInKafka(rsu);
  }

  @Test
  void kafkaSlowerThanTheInputPausesReadingAtTheJournalCap() throws Exception {
    startKafka();
    long capBytes = 1 << 20;
    StreamingRsu rsu;
    try (Gateway gateway =
            Gateway.start(
                GatewayTestSupport.config(
                    kafka.bootstrapServers(),
                    dir,
                    Map.of("journal.max-bytes", Long.toString(capBytes))));
        Admin kafkaAdmin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      // Kafka takes at most 100 kB/s from this gateway: far less than one RSU sends.
      setProducerQuota(kafkaAdmin, "gw-test", 100_000.0);
      rsu = new StreamingRsu("rsu-fast", gateway::tcpPort, 100, 16, 300_000);
      Thread client = new Thread(rsu, "rsu-fast");
      client.start();
      long maxPending = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (System.nanoTime() < deadline) {
        maxPending = Math.max(maxPending, gateway.journal().pendingBytes());
        Thread.sleep(20);
      }
      double paused =
          gateway
              .metrics()
              .counter("gateway.tcp.reads.paused", "", "reason", "journal_full")
              .count();
      assertTrue(paused > 0, "reading was paused at the journal cap");
      // The cap is soft by what was already read from the socket: one read's worth (64 KiB).
      assertTrue(
          maxPending < capBytes + 256 * 1024,
          "journal pending bytes stayed near the cap: " + maxPending);
      assertTrue(
          rsu.sentMessages() - rsu.acknowledgedIds().size() <= 16 * 100,
          "the RSU is held back by its window");
      setProducerQuota(kafkaAdmin, "gw-test", null);
      rsu.stop();
      client.join(60_000);
      waitFor(
          () -> gateway.journal().pendingRecords() == 0,
          Duration.ofSeconds(120),
          "the journal drains");
    }
    assertAllAcknowledgedInKafka(rsu);
  }

  private static void setProducerQuota(Admin admin, String clientId, Double bytesPerSecond)
      throws Exception {
    ClientQuotaEntity entity = new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID, clientId));
    admin
        .alterClientQuotas(
            List.of(
                new ClientQuotaAlteration(
                    entity,
                    List.of(new ClientQuotaAlteration.Op("producer_byte_rate", bytesPerSecond)))))
        .all()
        .get(30, TimeUnit.SECONDS);
  }

  private void assertAllAcknowledgedInKafka(StreamingRsu rsu) {
    Set<Long> acknowledged = new HashSet<>(rsu.acknowledgedIds());
    assertTrue(acknowledged.size() > 0, "the RSU had ACKs");
    Set<String> keys = new HashSet<>();
    Set<String> messageIds = new HashSet<>();
    int[] duplicates = {0};
    int records =
        TopicReader.forEach(
            kafka.bootstrapServers(),
            List.of("v2x.bsm"),
            -1,
            Duration.ofSeconds(10),
            Duration.ofSeconds(180),
            record -> {
              keys.add(new String(record.key(), StandardCharsets.UTF_8));
              if (!messageIds.add(GatewayTestSupport.messageId(record))) {
                duplicates[0]++;
              }
            });
    List<Long> missing = new ArrayList<>();
    for (long id : acknowledged) {
      if (!keys.contains(UniqueBsms.key(id))) {
        missing.add(id);
      }
    }
    assertEquals(
        List.of(),
        missing.subList(0, Math.min(20, missing.size())),
        missing.size() + " of " + acknowledged.size() + " acknowledged messages are not in Kafka");
    // Replays may repeat a record (same message id); they never invent one.
    assertTrue(messageIds.size() >= acknowledged.size());
    System.out.printf(
        "acknowledged %d messages, %d records in Kafka, %d unique ids, %d duplicates by id%n",
        acknowledged.size(), records, messageIds.size(), duplicates[0]);
  }

  private Process startGatewayProcess(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-") || flag.startsWith("-Dchronicle")) {
        command.add(flag);
      }
    }
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(GatewayMain.class.getName());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  System.out.println("[gateway] " + line);
                  if (line.startsWith("gateway: ready")) {
                    ready.complete(null);
                  }
                }
              } catch (IOException e) {
                // process gone
              }
              ready.completeExceptionally(new IllegalStateException("gateway exited before ready"));
            },
            "gateway-output");
    pump.setDaemon(true);
    pump.start();
    ready.get(60, TimeUnit.SECONDS);
    return process;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void waitFor(
      java.util.function.BooleanSupplier condition, Duration max, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }
}
