package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.session.ErrorCode;

/**
 * The blast against a gateway that checks sequences strictly and drops two sessions in the middle
 * of the run (one with a closing {@code ERROR}, one by just closing): the client reconnects,
 * resends the unacknowledged frames with their original sequences and bytes, and the counts of both
 * sides agree.
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
}
