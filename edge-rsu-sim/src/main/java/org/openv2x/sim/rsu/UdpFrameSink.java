package org.openv2x.sim.rsu;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import org.openv2x.codec.MessageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every frame as one UDP datagram (one UPER MessageFrame, no header: the gateway's UDP
 * input), each RSU from a socket of its own so that the gateway can tell the RSUs apart by source
 * address ({@link #localAddress}). Datagrams go out at once; a send that fails (no route, the
 * gateway's port closed) is counted in {@link FrameStatistics#sendErrors()} and never stops the
 * simulation.
 */
public final class UdpFrameSink implements FrameSink {
  private static final Logger LOG = LoggerFactory.getLogger(UdpFrameSink.class);

  private final InetSocketAddress gateway;
  private final DatagramChannel[] channels;
  private final FrameCounters counters = new FrameCounters();
  private boolean errorLogged;

  /**
   * Opens one socket per RSU (an ephemeral port on the wildcard address) connected to {@code
   * gateway}.
   *
   * @param rsus the fleet's RSUs ({@link RsuFleet#rsus()})
   */
  public UdpFrameSink(InetSocketAddress gateway, List<Rsu> rsus) throws IOException {
    this.gateway = gateway;
    this.channels = new DatagramChannel[rsus.size()];
    try {
      for (Rsu rsu : rsus) {
        DatagramChannel channel =
            gateway.getAddress() instanceof Inet6Address
                ? DatagramChannel.open(StandardProtocolFamily.INET6)
                : DatagramChannel.open(StandardProtocolFamily.INET);
        channels[rsu.index()] = channel;
        channel.bind(new InetSocketAddress(0));
        channel.connect(gateway);
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The gateway's address. */
  public InetSocketAddress gateway() {
    return gateway;
  }

  /** The local address an RSU's datagrams come from. */
  public SocketAddress localAddress(Rsu rsu) throws IOException {
    return channels[rsu.index()].getLocalAddress();
  }

  @Override
  public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
    try {
      int written = channels[rsu.index()].write(ByteBuffer.wrap(uper));
      if (written == uper.length) {
        counters.sent(type, uper.length);
        counters.dataFramesSent.increment();
      } else {
        counters.sendErrors.increment();
      }
    } catch (IOException e) {
      counters.sendErrors.increment();
      if (!errorLogged) {
        errorLogged = true;
        LOG.warn(
            "{}: UDP send to {} failed (counting further failures): {}",
            rsu,
            gateway,
            e.toString());
      }
    }
  }

  @Override
  public void endOfStep(long epochMs) {
    // Datagrams leave as they come.
  }

  @Override
  public FrameStatistics statistics() {
    return counters.snapshot();
  }

  @Override
  public void close() {
    for (DatagramChannel channel : channels) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          LOG.debug("closing a UDP socket failed", e);
        }
      }
    }
  }
}
