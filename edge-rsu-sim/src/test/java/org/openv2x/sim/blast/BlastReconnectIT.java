package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.session.ErrorCode;

/**
 * The blast against a gateway that checks sequences strictly and drops two sessions in the middle
 * of the run (one with a closing {@code ERROR}, one by just closing): the client reconnects,
 * resends the unacknowledged frames with their original sequences and bytes, and the counts of both
 * sides agree. The gateway also knows the BSM ids of every frame and which frames it acknowledged,
 * against which the blast's per-connection id accounting is checked.
 */
class BlastReconnectIT {

  @Test
  void droppedSessionsReconnectAndResendWithTheirOriginalSequences() throws Exception {
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 5);
    BlastConfig config =
        BlastConfig.builder()
            .gateway("tcp://127.0.0.1:1")
            .connections(4)
            .ratePerSecond(20_000)
            .duration(Duration.ofSeconds(2))
            .batchMessages(20)
            .windowFrames(8)
            .uniqueBsmIds(true)
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
            .drainTimeout(Duration.ofSeconds(10))
            .build();
    List<SequenceCheckingGateway.Drop> drops =
        List.of(
            new SequenceCheckingGateway.Drop(config.rsuId(1), 60, 5, true),
            new SequenceCheckingGateway.Drop(config.rsuId(2), 90, 3, false));
    try (SequenceCheckingGateway gateway = new SequenceCheckingGateway(drops)) {
      BlastResult result =
          Blast.run(config.toBuilder().gateway("127.0.0.1", gateway.port()).build(), corpus, null);
      BlastCounts totals = result.totals();

      assertEquals(Optional.empty(), result.failure());
      assertEquals(List.of(), gateway.violations(), "sequences strict, resends identical");
      assertEquals(2, gateway.dropsDone());
      assertEquals(2, gateway.connections(config.rsuId(1)));
      assertEquals(2, gateway.connections(config.rsuId(2)));
      assertEquals(1, gateway.connections(config.rsuId(0)));

      assertEquals(2, totals.connectionsLost(), result.summary());
      assertEquals(2, totals.reconnects());
      assertEquals(1, result.errors(ErrorCode.SHUTTING_DOWN));
      assertEquals(1, totals.errorFrames());
      // The withheld frames arrive twice; frames the gateway never read before the drop, once.
      assertTrue(gateway.duplicateFrames() >= 5 + 3, "the withheld frames were resent");
      assertTrue(gateway.duplicateFrames() <= totals.framesResent());

      assertTrue(result.allAcked(), result.summary());
      assertEquals(totals.framesSent(), totals.framesAcked());
      assertEquals(totals.messagesSent(), totals.messagesAcked());
      assertEquals(totals.framesSent(), gateway.uniqueFrames());
      assertEquals(totals.messagesSent(), gateway.uniqueMessages());
      assertEquals(0, totals.unexpectedAcks());
    }
  }

  @Test
  void theAcknowledgedIdsAreExactlyAPrefixAfterAReconnectWithHeldBackAcks() throws Exception {
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 5).withMalformedBsms(0.1, 4);
    BlastConfig config =
        BlastConfig.builder()
            .gateway("tcp://127.0.0.1:1")
            .connections(3)
            .firstConnectionIndex(40)
            .ratePerSecond(15_000)
            .duration(Duration.ofSeconds(2))
            .batchMessages(20)
            .windowFrames(8)
            .uniqueBsmIds(true)
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
            .drainTimeout(Duration.ofSeconds(1))
            .build();
    String steady = config.rsuId(40);
    String stalled = config.rsuId(41); // dropped, reconnects, then ACKs stop after sequence 60
    String dropped = config.rsuId(42); // dropped, reconnects, everything ACKed in the end
    List<SequenceCheckingGateway.Drop> drops =
        List.of(
            new SequenceCheckingGateway.Drop(stalled, 30, 5, false),
            new SequenceCheckingGateway.Drop(dropped, 40, 4, true));
    try (SequenceCheckingGateway gateway =
        new SequenceCheckingGateway(drops, Map.of(stalled, 60L))) {
      BlastResult result =
          Blast.run(config.toBuilder().gateway("127.0.0.1", gateway.port()).build(), corpus, null);
      BlastCounts totals = result.totals();
      assertEquals(Optional.empty(), result.failure());
      assertEquals(List.of(), gateway.violations());
      assertEquals(2, gateway.dropsDone());
      assertEquals(2, totals.reconnects(), result.summary());
      // The stalled connection's window was left unacknowledged when the drain timed out.
      assertEquals(8, result.unackedFrames(), result.summary());
      assertEquals(rangeFrom(1, 60), gateway.acknowledgedSequences(stalled));

      List<ConnectionIds> ids = result.connectionIds();
      assertEquals(3, ids.size());
      for (ConnectionIds connection : ids) {
        String rsuId = config.rsuId(connection.connectionIndex());
        // What the gateway acknowledged is exactly the BSMs 1..bsmsAcked, what it received
        // 1..bsmsSent: prefixes without gaps or repeats (resends are counted once).
        assertCounters1To(
            connection.connectionIndex(),
            connection.bsmsAcked(),
            gateway.bsmIds(rsuId, true),
            rsuId + " acknowledged");
        assertCounters1To(
            connection.connectionIndex(),
            connection.bsmsSent(),
            gateway.bsmIds(rsuId, false),
            rsuId + " received");
        assertEquals(gateway.malformedBsms(rsuId, true), connection.malformedAcked(), rsuId);
        assertEquals(gateway.malformedBsms(rsuId, false), connection.malformedSent(), rsuId);
      }
      assertTrue(ids.get(0).allAcked(), ids.get(0).toString());
      assertTrue(ids.get(2).allAcked(), ids.get(2).toString());
      assertTrue(ids.get(1).bsmsAcked() < ids.get(1).bsmsSent(), ids.get(1).toString());
      assertTrue(ids.get(1).malformedAcked() > 0, "malformed BSMs in the acknowledged prefix");

      assertEquals(totals.bsmsSent(), ids.stream().mapToLong(ConnectionIds::bsmsSent).sum());
      assertEquals(totals.bsmsAcked(), ids.stream().mapToLong(ConnectionIds::bsmsAcked).sum());
      assertEquals(
          totals.messagesMalformedSent(),
          ids.stream().mapToLong(ConnectionIds::malformedSent).sum());
      assertEquals(
          totals.messagesMalformedAcked(),
          ids.stream().mapToLong(ConnectionIds::malformedAcked).sum());
      assertTrue(totals.messagesMalformedAcked() < totals.messagesMalformedSent());
    }
  }

  @Test
  void twoBlastsWithDisjointIndexRangesRunAtOnceWithDisjointIdsAndRsuIds() throws Exception {
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 6);
    BlastConfig.Builder common =
        BlastConfig.builder()
            .gateway("tcp://127.0.0.1:1")
            .connections(3)
            .ratePerSecond(10_000)
            .duration(Duration.ofMillis(1500))
            .batchMessages(20)
            .uniqueBsmIds(true)
            .drainTimeout(Duration.ofSeconds(10));
    try (SequenceCheckingGateway gateway = new SequenceCheckingGateway(List.of())) {
      BlastConfig first = common.gateway("127.0.0.1", gateway.port()).build();
      BlastConfig second = first.toBuilder().firstConnectionIndex(3).build();
      Blast firstBlast = Blast.start(first, corpus, null);
      Blast secondBlast = Blast.start(second, corpus, null);
      List<BlastResult> results = List.of(firstBlast.await(), secondBlast.await());
      firstBlast.close();
      secondBlast.close();

      assertEquals(List.of(), gateway.violations(), "no RSU id was used by both blasts");
      Set<String> rsuIds = new HashSet<>();
      Set<Long> allIds = new HashSet<>();
      long bsms = 0;
      for (BlastResult result : results) {
        assertTrue(result.allAcked(), result.summary());
        for (ConnectionIds connection : result.connectionIds()) {
          String rsuId = result.config().rsuId(connection.connectionIndex());
          assertTrue(rsuIds.add(rsuId), rsuId + " is used once");
          assertEquals(1, gateway.connections(rsuId));
          List<Long> received = gateway.bsmIds(rsuId, false);
          assertCounters1To(
              connection.connectionIndex(), connection.bsmsSent(), received, rsuId + " received");
          allIds.addAll(received);
          bsms += connection.bsmsSent();
        }
      }
      assertEquals(Set.of(0, 1, 2), indices(results.get(0)));
      assertEquals(Set.of(3, 4, 5), indices(results.get(1)));
      assertEquals(rsuIds, gateway.rsuIds());
      assertEquals(6, rsuIds.size());
      assertEquals(bsms, allIds.size(), "no BSM id was sent by both blasts");
    }
  }

  private static Set<Integer> indices(BlastResult result) {
    Set<Integer> indices = new HashSet<>();
    result.connectionIds().forEach(c -> indices.add(c.connectionIndex()));
    return indices;
  }

  /** {@code ids} are exactly the unique ids with counters 1..{@code count} of the connection. */
  static void assertCounters1To(int connectionIndex, long count, List<Long> ids, String what) {
    for (int i = 0; i < Math.min(count, ids.size()); i++) {
      long id = ids.get(i);
      if (id != BsmIds.vehicleId(connectionIndex, i + 1)) {
        fail(
            what
                + ": BSM "
                + (i + 1)
                + " has connection index "
                + BsmIds.connectionIndex(id)
                + " and counter "
                + BsmIds.counter(id)
                + ", expected "
                + connectionIndex
                + " and "
                + (i + 1));
      }
    }
    assertEquals(count, ids.size(), what + ": BSMs with counters 1.." + count);
  }

  private static List<Long> rangeFrom(long first, long last) {
    List<Long> range = new ArrayList<>();
    for (long n = first; n <= last; n++) {
      range.add(n);
    }
    return range;
  }
}
