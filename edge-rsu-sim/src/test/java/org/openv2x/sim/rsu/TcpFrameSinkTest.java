package org.openv2x.sim.rsu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.session.RsuSessionClientConfig;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventSource;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.sensor.SensorSource;
import org.openv2x.sim.traffic.TrafficConfig;

/** The TCP transport against a minimal session-protocol server. */
class TcpFrameSinkTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private MiniSessionServer server;
  private Simulation simulation;
  private CollectingFrameSink collected;
  private TcpFrameSink tcp;
  private RsuFleet fleet;

  @BeforeEach
  void start() throws IOException {
    server = new MiniSessionServer();
    simulation =
        new Simulation(
            GridNetwork.build(GridSpec.of(2, 2), SimFixtures.ORIGIN),
            TrafficConfig.of(100),
            13,
            SimFixtures.START_EPOCH_MS);
    collected = new CollectingFrameSink();
    int port = server.port();
    fleet =
        new RsuFleet(
            simulation,
            RsuFleetConfig.defaults(),
            EventSource.NONE,
            SensorSource.NONE,
            rsus -> {
              tcp =
                  new TcpFrameSink(
                      rsus,
                      rsu ->
                          RsuSessionClientConfig.builder("127.0.0.1", port, rsu.id())
                              .reconnectInitialBackoffMs(10)
                              .reconnectMaxBackoffMs(100)
                              .build());
              return new TeeSink(collected, tcp);
            });
    simulation.addObserver(fleet);
  }

  @AfterEach
  void stop() throws IOException {
    if (tcp != null) {
      tcp.close();
    }
    server.close();
  }

  @Test
  void eachRsusFramesArriveInOrderOneDataFramePerStepAndAreAcknowledgedByType()
      throws InterruptedException {
    steps(50);
    assertTrue(tcp.awaitAllAcked(TIMEOUT), "every DATA frame acknowledged");
    for (Rsu rsu : fleet.rsus()) {
      assertSameMessages(rsu);
    }
    FrameStatistics statistics = tcp.statistics();
    assertEquals(50L * fleet.rsus().size(), statistics.dataFramesSent(), "one per RSU and step");
    assertEquals(statistics.dataFramesSent(), statistics.dataFramesAcked());
    for (MessageType type : MessageType.values()) {
      assertEquals(fleet.statistics().produced(type), statistics.sent(type), type.toString());
      assertEquals(statistics.sent(type), statistics.acked(type), type.toString());
    }
    assertTrue(statistics.acked(MessageType.BSM) > 1_000);
    assertEquals(200, statistics.acked(MessageType.SPAT));
    assertEquals(0, statistics.dataFramesResent());
  }

  @Test
  void downlinkFramesAreCountedByTypeAndNeverStopTheRsu() throws Exception {
    steps(5);
    byte[] spat = collected.frames(MessageType.SPAT).get(0).uper();
    server.downlink("rsu-1-2", spat);
    server.downlink("rsu-1-2", new byte[] {0x00, 0x01, 0x02});
    await(() -> tcp.statistics().downlink(MessageType.SPAT) == 1, "the SPAT downlink counted");
    await(() -> tcp.statistics().downlinkUndecodable() == 1, "the broken downlink counted");
    assertEquals(spat.length + 3, tcp.statistics().downlinkBytes());
    steps(20);
    assertTrue(tcp.awaitAllAcked(TIMEOUT), "the RSU goes on sending");
    assertSameMessages(fleet.rsus().get(1));
  }

  @Test
  void unacknowledgedDataIsResentAfterTheConnectionDrops() throws InterruptedException {
    server.dropOnce((rsu, sequence) -> rsu.equals("rsu-1-1") && sequence == 5);
    steps(40);
    assertTrue(tcp.awaitAllAcked(TIMEOUT), "everything acknowledged in the end");
    FrameStatistics statistics = tcp.statistics();
    assertTrue(statistics.dataFramesResent() >= 1, "resent: " + statistics.dataFramesResent());
    assertEquals(1, statistics.reconnects());
    assertEquals(1, tcp.sessionStatistics().get("rsu-1-1").reconnects());
    for (Rsu rsu : fleet.rsus()) {
      assertSameMessages(rsu);
    }
    for (MessageType type : MessageType.values()) {
      assertEquals(statistics.sent(type), statistics.acked(type), type.toString());
    }
  }

  private void steps(int count) {
    for (int i = 0; i < count; i++) {
      simulation.step();
    }
  }

  /** The server got exactly the frames the RSU produced, in order. */
  private void assertSameMessages(Rsu rsu) {
    List<byte[]> expected =
        collected.frames().stream()
            .filter(frame -> frame.rsu() == rsu)
            .map(CollectingFrameSink.CollectedFrame::uper)
            .toList();
    List<byte[]> received = server.messages(rsu.id());
    assertEquals(expected.size(), received.size(), rsu.id());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), received.get(i), rsu.id() + " message " + i);
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
      Thread.sleep(10);
    }
  }
}
