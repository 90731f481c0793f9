package org.openv2x.sim.rsu;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.session.RsuSessionClient;
import org.openv2x.codec.session.RsuSessionClientConfig;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.HelloAck;
import org.openv2x.codec.session.SessionListener;
import org.openv2x.codec.session.SessionProtocol;
import org.openv2x.codec.session.SessionStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each RSU's frames over a TCP session of its own to the gateway (ingest-gateway/PROTOCOL.md)
 * with an {@link RsuSessionClient}: one {@code DATA} frame per RSU and step holding that step's
 * frames (split when it would exceed the gateway's max frame bytes). The client keeps a window of
 * unacknowledged {@code DATA} frames ({@code send} waits while it is full, which slows the
 * simulation rather than dropping anything), reconnects with back-off after a lost connection and
 * resends every unacknowledged frame; {@link #sessionStatistics()} has its counters.
 *
 * <p>{@code DOWNLINK} frames the gateway sends to an RSU are decoded, counted by message type and
 * logged ({@code rsu-1-5 downlink: SPAT 57 bytes}); one that does not decode is counted and logged
 * too. Nothing a gateway sends stops an RSU.
 */
public final class TcpFrameSink implements FrameSink {
  private static final Logger LOG = LoggerFactory.getLogger(TcpFrameSink.class);

  /** The software string the RSUs announce in {@code HELLO}. */
  public static final String SOFTWARE = "openv2x edge-rsu-sim";

  private static final int DATA_FIXED_BYTES = SessionProtocol.HEADER_BYTES + 10;
  private static final int MESSAGE_LENGTH_BYTES = 2;

  private final Session[] sessions;
  private final FrameCounters counters = new FrameCounters();

  /** One RSU's session and the frames of the current step. */
  private final class Session implements SessionListener {
    final Rsu rsu;
    final List<byte[]> pending = new ArrayList<>();
    final List<MessageType> pendingTypes = new ArrayList<>();
    final Map<Long, int[]> unacked = new ConcurrentHashMap<>();
    final UperCodec downlinkCodec = new UperCodec(); // the client's reader thread only
    RsuSessionClient client;
    long lastSequence;

    Session(Rsu rsu) {
      this.rsu = rsu;
    }

    @Override
    public void onConnected(HelloAck gatewayInfo, boolean reconnected) {
      LOG.info(
          "{} {} gateway {}",
          rsu.id(),
          reconnected ? "reconnected to" : "connected to",
          gatewayInfo.gatewayId());
    }

    @Override
    public void onConnectionLost(Exception cause) {
      LOG.info("{}: connection lost ({}); reconnecting", rsu.id(), cause.toString());
    }

    @Override
    public void onFrameAcked(long sequence, long ackLatencyUs) {
      int[] framesByType = unacked.remove(sequence);
      if (framesByType != null) {
        counters.acked(framesByType);
      }
    }

    @Override
    public void onDownlink(Downlink downlink) {
      byte[] frame = downlink.frame();
      counters.downlinkBytes.add(frame.length);
      MessageFrame message;
      try {
        message = downlinkCodec.decode(frame);
      } catch (RuntimeException e) {
        counters.downlinkUndecodable.increment();
        LOG.warn(
            "{} downlink {}: {} bytes that do not decode: {}",
            rsu.id(),
            downlink.downlinkId(),
            frame.length,
            e.getMessage());
        return;
      }
      counters.downlinkFrames.incrementAndGet(message.type().ordinal());
      LOG.info("{} downlink: {} {} bytes", rsu.id(), message.type(), frame.length);
    }

    @Override
    public void onError(ErrorFrame error) {
      LOG.warn("{}: the gateway reports {}", rsu.id(), error);
    }

    void send(int maxPayloadBytes) {
      if (pending.isEmpty()) {
        return;
      }
      int from = 0;
      while (from < pending.size()) {
        int payloadBytes = DATA_FIXED_BYTES - SessionProtocol.HEADER_BYTES;
        int to = from;
        while (to < pending.size()
            && to - from < SessionProtocol.MAX_MESSAGE_COUNT
            && (to == from
                || payloadBytes + MESSAGE_LENGTH_BYTES + pending.get(to).length
                    <= maxPayloadBytes)) {
          payloadBytes += MESSAGE_LENGTH_BYTES + pending.get(to).length;
          to++;
        }
        sendBatch(from, to);
        from = to;
      }
      pending.clear();
      pendingTypes.clear();
    }

    private void sendBatch(int from, int to) {
      List<byte[]> messages = pending.subList(from, to);
      int[] framesByType = new int[MessageType.values().length];
      for (int i = from; i < to; i++) {
        framesByType[pendingTypes.get(i).ordinal()]++;
      }
      // The client numbers DATA frames 1, 2, ...; only this thread sends on this session, so the
      // next number is known before sending, and an ACK can never arrive before its entry.
      long expected = lastSequence + 1;
      unacked.put(expected, framesByType);
      try {
        long sequence = client.send(messages);
        lastSequence = sequence;
        if (sequence != expected) {
          unacked.remove(expected);
          unacked.put(sequence, framesByType);
        }
        counters.dataFramesSent.increment();
        for (int i = from; i < to; i++) {
          counters.sent(pendingTypes.get(i), pending.get(i).length);
        }
      } catch (InterruptedException e) {
        unacked.remove(expected);
        counters.sendErrors.increment();
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        unacked.remove(expected);
        counters.sendErrors.increment();
        LOG.warn(
            "{}: a DATA frame of {} messages could not be sent: {}",
            rsu.id(),
            to - from,
            e.toString());
      }
    }
  }

  /**
   * Connects one session per RSU.
   *
   * @param rsus the fleet's RSUs ({@link RsuFleet#rsus()})
   * @param configs the session settings of each RSU (its id must be {@link Rsu#id()})
   * @throws IOException if a session cannot be established; those already open are closed
   */
  public TcpFrameSink(List<Rsu> rsus, Function<Rsu, RsuSessionClientConfig> configs)
      throws IOException {
    this.sessions = new Session[rsus.size()];
    try {
      for (Rsu rsu : rsus) {
        Session session = new Session(rsu);
        RsuSessionClientConfig config = configs.apply(rsu);
        if (!config.rsuId().equals(rsu.id())) {
          throw new IllegalArgumentException(
              "the session of "
                  + rsu.id()
                  + " must say HELLO as "
                  + rsu.id()
                  + ", not "
                  + config.rsuId());
        }
        session.client = RsuSessionClient.connect(config, session);
        sessions[rsu.index()] = session;
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** One session per RSU to the gateway at {@code host:port}, with the client's defaults. */
  public static TcpFrameSink connect(String host, int port, List<Rsu> rsus) throws IOException {
    return new TcpFrameSink(
        rsus,
        rsu -> RsuSessionClientConfig.builder(host, port, rsu.id()).software(SOFTWARE).build());
  }

  @Override
  public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
    Session session = sessions[rsu.index()];
    session.pending.add(uper);
    session.pendingTypes.add(type);
  }

  @Override
  public void endOfStep(long epochMs) {
    for (Session session : sessions) {
      long maxPayload = session.client.gatewayInfo().maxFrameBytes();
      session.send((int) Math.min(Integer.MAX_VALUE - SessionProtocol.HEADER_BYTES, maxPayload));
    }
  }

  /**
   * Waits until the gateway has acknowledged every {@code DATA} frame sent so far.
   *
   * @return false if the timeout passed first
   */
  public boolean awaitAllAcked(Duration timeout) throws InterruptedException {
    long deadlineNanos = System.nanoTime() + timeout.toNanos();
    for (Session session : sessions) {
      long leftNanos = Math.max(0, deadlineNanos - System.nanoTime());
      if (!session.client.awaitAllAcked(Duration.ofNanos(leftNanos))) {
        return false;
      }
    }
    return true;
  }

  /** The session client of an RSU (to wait for it, or to make it reconnect). */
  public RsuSessionClient client(Rsu rsu) {
    return sessions[rsu.index()].client;
  }

  /** Each RSU's session counters, by RSU id, in fleet order. */
  public Map<String, SessionStatistics> sessionStatistics() {
    Map<String, SessionStatistics> statistics = new LinkedHashMap<>();
    for (Session session : sessions) {
      statistics.put(session.rsu.id(), session.client.statistics());
    }
    return statistics;
  }

  @Override
  public FrameStatistics statistics() {
    long acked = 0;
    long resent = 0;
    long reconnects = 0;
    for (Session session : sessions) {
      SessionStatistics statistics = session.client.statistics();
      acked += statistics.ackedFrames();
      resent += statistics.resentFrames();
      reconnects += statistics.reconnects();
    }
    return counters.snapshot(acked, resent, reconnects);
  }

  @Override
  public void close() {
    for (Session session : sessions) {
      if (session != null && session.client != null) {
        session.client.close();
      }
    }
  }
}
