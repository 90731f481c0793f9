package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blast against {@link NullGateway}: counts, rate limit, stop, heartbeats, no gateway. */
class BlastNullGatewayTest {
  private static BlastCorpus corpus;

  @BeforeAll
  static void corpus() {
    corpus = TestCorpus.realisticMix(2_000, 11);
  }

  private static BlastConfig.Builder config(NullGateway gateway) {
    return BlastConfig.builder()
        .gateway("127.0.0.1", gateway.port())
        .drainTimeout(Duration.ofSeconds(10));
  }

  @Test
  void everyFrameSentIsAcknowledgedAndCountedOnBothSides() throws Exception {
    List<BlastInterval> intervals = new CopyOnWriteArrayList<>();
    BlastResult result;
    NullGateway gateway = NullGateway.start(0);
    try {
      result =
          Blast.run(
              config(gateway)
                  .connections(8)
                  .ioThreads(2)
                  .windowFrames(8)
                  .duration(Duration.ofMillis(1500))
                  .build(),
              corpus,
              intervals::add);
      BlastCounts totals = result.totals();
      assertEquals(Optional.empty(), result.failure());
      assertTrue(totals.framesSent() > 0);
      assertTrue(result.allAcked(), result.summary());
      assertEquals(totals.framesSent(), totals.framesAcked());
      assertEquals(totals.messagesSent(), totals.framesSent() * 50);
      assertEquals(totals.messagesSent(), totals.messagesAcked());
      assertEquals(totals.messagesSent(), totals.messagesAccepted());
      assertEquals(0, totals.messagesRejected());
      assertEquals(totals.framesSent(), gateway.dataFrames(), "the gateway saw every frame once");
      assertEquals(totals.messagesSent(), gateway.messages());
      assertEquals(8, gateway.connectionsAccepted());
      assertEquals(gateway.bytesReceived(), totals.bytesSent());
      assertEquals(0, totals.errorFrames() + totals.connectFailures() + totals.connectionsLost());
      assertEquals(0, totals.framesResent());
      assertEquals(0, totals.unackedFrames());
      assertEquals(0, totals.connectionsUp(), "all closed at the end");
      assertEquals(result.ackLatency().frames(), totals.framesAcked());
      // Per connection, in order: every BSM sent was acknowledged, and the sums are the totals.
      List<ConnectionIds> ids = result.connectionIds();
      assertEquals(8, ids.size());
      for (int i = 0; i < 8; i++) {
        assertEquals(i, ids.get(i).connectionIndex());
        assertTrue(ids.get(i).bsmsSent() > 0);
        assertTrue(ids.get(i).allAcked(), ids.get(i).toString());
      }
      assertEquals(totals.bsmsSent(), ids.stream().mapToLong(ConnectionIds::bsmsSent).sum());
      assertEquals(totals.bsmsAcked(), ids.stream().mapToLong(ConnectionIds::bsmsAcked).sum());
      assertEquals(totals.bsmsSent(), totals.bsmsAcked());
      assertTrue(totals.bsmsSent() < totals.messagesSent(), "not every message is a BSM");
      assertEquals(0, totals.messagesMalformedSent());
      assertEquals(-1, result.bsmSendTimeEpochUs(0, 1), "send times are not recorded by default");
      assertTrue(result.cpuNanos() > 0);
      assertTrue(result.messagesPerCpuSecond() > 0);
      assertTrue(result.summary().contains("messages per CPU-second"), result.summary());
    } finally {
      gateway.close();
    }
    assertFalse(intervals.isEmpty());
    assertEquals(intervals, result.intervals());
    long sentInIntervals = intervals.stream().mapToLong(i -> i.counts().messagesSent()).sum();
    assertTrue(sentInIntervals <= result.totals().messagesSent());
    BlastInterval first = intervals.get(0);
    assertEquals(1, first.second());
    assertEquals(8, first.counts().connectionsUp());
    assertTrue(first.toLine().startsWith("t=  1s up 8 sent "), first.toLine());
  }

  @Test
  void sendTimesAreWithinTheRunAndNonDecreasingPerConnection() throws Exception {
    BlastCorpus garbage = corpus.withMalformedBsms(0.05, 3);
    try (NullGateway gateway = NullGateway.start(0)) {
      long beforeEpochUs = epochMicros();
      BlastResult result =
          Blast.run(
              config(gateway)
                  .connections(4)
                  .ioThreads(2)
                  .ratePerSecond(40_000)
                  .duration(Duration.ofMillis(1500))
                  .firstConnectionIndex(500)
                  .recordSendTimes(true)
                  .build(),
              garbage,
              null);
      long afterEpochUs = epochMicros();
      BlastCounts totals = result.totals();
      assertTrue(result.allAcked(), result.summary());
      List<ConnectionIds> ids = result.connectionIds();
      assertEquals(4, ids.size());
      for (int i = 0; i < 4; i++) {
        ConnectionIds connection = ids.get(i);
        assertEquals(500 + i, connection.connectionIndex());
        assertTrue(connection.bsmsSent() > 100, connection.toString());
        long previous = beforeEpochUs;
        long distinct = 0;
        for (long counter = 1; counter <= connection.bsmsSent(); counter++) {
          long sentEpochUs = result.bsmSendTimeEpochUs(500 + i, counter);
          assertTrue(sentEpochUs >= previous, "counter " + counter + " sent before the one before");
          assertTrue(sentEpochUs <= afterEpochUs, "counter " + counter + " sent after the run");
          distinct += sentEpochUs != previous ? 1 : 0;
          previous = sentEpochUs;
        }
        assertTrue(distinct > 10, "the frames of a connection are sent over the run");
        assertEquals(-1, result.bsmSendTimeEpochUs(500 + i, 0));
        assertEquals(-1, result.bsmSendTimeEpochUs(500 + i, connection.bsmsSent() + 1));
      }
      assertEquals(-1, result.bsmSendTimeEpochUs(499, 1), "not a connection of this blast");
      assertEquals(-1, result.bsmSendTimeEpochUs(504, 1), "not a connection of this blast");
      // The malformed BSMs are counted exactly: each acknowledged frame's share of them.
      assertTrue(totals.messagesMalformedSent() > 0);
      assertEquals(totals.messagesMalformedSent(), totals.messagesMalformedAcked());
      assertEquals(
          totals.messagesMalformedSent(),
          ids.stream().mapToLong(ConnectionIds::malformedSent).sum());
      assertEquals(
          totals.messagesMalformedAcked(),
          ids.stream().mapToLong(ConnectionIds::malformedAcked).sum());
      assertTrue(result.summary().contains("malformed BSMs: "), result.summary());
    }
  }

  private static long epochMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  @Test
  void aRateLimitedBlastNeverGetsAheadOfTheSchedule() throws Exception {
    long rate = 5_000;
    List<Long> sampleNanos = new CopyOnWriteArrayList<>();
    try (NullGateway gateway = NullGateway.start(0)) {
      long before = System.nanoTime();
      BlastResult result =
          Blast.run(
              config(gateway)
                  .connections(4)
                  .ratePerSecond(rate)
                  .duration(Duration.ofSeconds(2))
                  .build(),
              corpus,
              interval -> sampleNanos.add(System.nanoTime()));
      long burstMessages = Math.max(50, rate * 20 / 1000);
      BlastCounts totals = result.totals();
      assertTrue(totals.messagesSent() > 0);
      assertTrue(
          totals.messagesSent() <= rate * result.sendNanos() / 1e9 + burstMessages,
          totals.messagesSent() + " messages in " + result.sendNanos() / 1e6 + " ms");
      long cumulative = 0;
      for (int i = 0; i < result.intervals().size(); i++) {
        cumulative += result.intervals().get(i).counts().messagesSent();
        double elapsedSeconds = (sampleNanos.get(i) - before) / 1e9;
        assertTrue(
            cumulative <= rate * elapsedSeconds + burstMessages,
            cumulative + " messages sent by " + elapsedSeconds + " s");
      }
      assertTrue(result.allAcked(), result.summary());
      assertEquals(totals.messagesSent(), gateway.messages());
    }
  }

  @Test
  void stopEndsSendingEarlyAndStillDrains() throws Exception {
    try (NullGateway gateway = NullGateway.start(0)) {
      Blast blast =
          Blast.start(
              config(gateway).connections(4).duration(Duration.ofMinutes(10)).build(),
              corpus,
              null);
      Thread.sleep(300);
      assertFalse(blast.isDone());
      blast.stop();
      Optional<BlastResult> result = blast.await(Duration.ofSeconds(20));
      assertTrue(result.isPresent(), "the blast ended after stop()");
      assertTrue(result.get().sendNanos() < Duration.ofSeconds(20).toNanos());
      assertTrue(result.get().allAcked(), result.get().summary());
      assertEquals(result.get().totals().messagesSent(), gateway.messages());
      assertEquals(result.get().totals(), blast.counts());
    }
  }

  @Test
  void idleSessionsHeartbeat() throws Exception {
    // The gateway's idle timeout is 300 ms, so an idle session heartbeats every 100 ms; the rate
    // (one message a second) leaves the session idle in between.
    try (NullGateway gateway = NullGateway.start(0, 300)) {
      BlastResult result =
          Blast.run(
              config(gateway)
                  .connections(1)
                  .batchMessages(1)
                  .ratePerSecond(1)
                  .duration(Duration.ofMillis(1500))
                  .build(),
              corpus,
              null);
      BlastCounts totals = result.totals();
      assertTrue(totals.heartbeatsSent() >= 5, result.summary());
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (gateway.heartbeats() < totals.heartbeatsSent() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(totals.heartbeatsSent(), gateway.heartbeats());
      assertTrue(totals.heartbeatsReceived() > 0);
      assertTrue(totals.heartbeatsReceived() <= totals.heartbeatsSent());
    }
  }

  @Test
  void anUnreachableGatewayCountsFailuresAndTheBlastStillEnds() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = free.getLocalPort();
    }
    List<BlastInterval> intervals = new ArrayList<>();
    BlastResult result =
        Blast.run(
            BlastConfig.builder()
                .gateway("tcp://127.0.0.1:" + port)
                .connections(2)
                .duration(Duration.ofSeconds(1))
                .helloTimeout(Duration.ofMillis(500))
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
                .build(),
            corpus,
            intervals::add);
    BlastCounts totals = result.totals();
    assertEquals(0, totals.messagesSent());
    assertTrue(totals.connectFailures() >= 2, result.summary());
    assertEquals(0, totals.reconnects());
    assertTrue(result.totalNanos() < Duration.ofSeconds(15).toNanos());
  }
}
