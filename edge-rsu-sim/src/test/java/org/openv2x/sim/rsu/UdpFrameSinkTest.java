package org.openv2x.sim.rsu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageType;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventSource;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.sensor.SensorSource;
import org.openv2x.sim.traffic.TrafficConfig;

/** The UDP transport against a local receiver: one frame per datagram, one socket per RSU. */
class UdpFrameSinkTest {
  private static final long RECEIVE_TIMEOUT_MS = 2_000;

  @Test
  void everyFrameArrivesAsOneDatagramFromItsRsusOwnSocket() throws IOException {
    Simulation simulation =
        new Simulation(
            GridNetwork.build(GridSpec.of(2, 2), SimFixtures.ORIGIN),
            TrafficConfig.of(80),
            9,
            SimFixtures.START_EPOCH_MS);
    try (DatagramChannel receiver = DatagramChannel.open()) {
      receiver.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      receiver.configureBlocking(false);
      InetSocketAddress gateway = (InetSocketAddress) receiver.getLocalAddress();
      // The fleet is built first to know its RSUs; the UDP sink goes in behind a forwarder.
      Forwarder forwarder = new Forwarder();
      RsuFleet fleet =
          new RsuFleet(
              simulation,
              RsuFleetConfig.defaults(),
              EventSource.NONE,
              SensorSource.NONE,
              forwarder);
      simulation.addObserver(fleet);
      try (UdpFrameSink udp = new UdpFrameSink(gateway, fleet.rsus())) {
        forwarder.udp = udp;
        forwarder.receiver = receiver;
        for (int i = 0; i < 30; i++) {
          simulation.step();
        }
        FrameStatistics statistics = udp.statistics();
        assertEquals(fleet.statistics().totalProduced(), forwarder.datagrams);
        assertEquals(forwarder.datagrams, statistics.totalSent());
        assertEquals(
            fleet.statistics().produced(MessageType.BSM), statistics.sent(MessageType.BSM));
        assertEquals(0, statistics.sendErrors());
        assertTrue(forwarder.datagrams > 1_000, "datagrams: " + forwarder.datagrams);
      }
    }
  }

  @Test
  void aClosedGatewayPortIsCountedAndNeverStopsTheSimulation() throws IOException {
    Simulation simulation =
        new Simulation(
            GridNetwork.build(GridSpec.of(1, 1), SimFixtures.ORIGIN),
            TrafficConfig.of(20),
            9,
            SimFixtures.START_EPOCH_MS);
    InetSocketAddress closedPort;
    try (DatagramChannel gone = DatagramChannel.open()) {
      gone.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      closedPort = (InetSocketAddress) gone.getLocalAddress();
    }
    Forwarder forwarder = new Forwarder();
    RsuFleet fleet =
        new RsuFleet(
            simulation, RsuFleetConfig.defaults(), EventSource.NONE, SensorSource.NONE, forwarder);
    simulation.addObserver(fleet);
    try (UdpFrameSink udp = new UdpFrameSink(closedPort, fleet.rsus())) {
      forwarder.udp = udp;
      for (int i = 0; i < 20; i++) {
        simulation.step();
      }
      FrameStatistics statistics = udp.statistics();
      assertTrue(statistics.sendErrors() > 0, "refused datagrams are counted");
      assertEquals(
          fleet.statistics().totalProduced(), statistics.totalSent() + statistics.sendErrors());
    }
  }

  /** Sends each frame over UDP and, with a receiver, reads its datagram back at once. */
  private static final class Forwarder implements FrameSink {
    UdpFrameSink udp;
    DatagramChannel receiver;
    long datagrams;
    private final ByteBuffer buffer = ByteBuffer.allocate(65_536);

    @Override
    public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
      udp.frame(rsu, type, uper, epochMs);
      if (receiver == null) {
        return;
      }
      try {
        SocketAddress source = receive();
        assertNotNull(source, "a datagram for " + type + " from " + rsu);
        assertEquals(udp.localAddress(rsu), source, "sent from the RSU's own socket");
        buffer.flip();
        assertArrayEquals(uper, Arrays.copyOf(buffer.array(), buffer.limit()));
        datagrams++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private SocketAddress receive() throws IOException {
      long deadline = System.currentTimeMillis() + RECEIVE_TIMEOUT_MS;
      while (System.currentTimeMillis() < deadline) {
        buffer.clear();
        SocketAddress source = receiver.receive(buffer);
        if (source != null) {
          return source;
        }
        Thread.onSpinWait();
      }
      return null;
    }

    @Override
    public void endOfStep(long epochMs) {
      udp.endOfStep(epochMs);
    }

    @Override
    public FrameStatistics statistics() {
      return udp.statistics();
    }
  }
}
