package org.openv2x.codec.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.HelloAck;
import org.openv2x.codec.session.UnackedWindow.PendingFrame;

/**
 * A blocking client of the RSU session protocol for one RSU (ingest-gateway/PROTOCOL.md).
 *
 * <p>{@link #connect} opens the TCP connection, sends {@code HELLO} and waits for {@code
 * HELLO_ACK}. {@link #send} writes one {@code DATA} frame with the next sequence number (1, 2, …)
 * and keeps its bytes until the gateway acknowledges it; at most {@code windowFrames} frames wait
 * for their {@code ACK}, and {@code send} blocks while the window is full. {@code send} is
 * thread-safe: frames go out in sequence order.
 *
 * <p>A reader thread handles what the gateway sends: {@code ACK} (releases that frame and every
 * earlier one: ACKs come in send order), {@code DOWNLINK} and {@code ERROR} (to the {@link
 * SessionListener}; a {@code closing} error ends the connection), {@code HEARTBEAT}. When nothing
 * has been written for a third of the gateway's idle timeout it sends a {@code HEARTBEAT}.
 *
 * <p>When the connection is lost (or on {@link #reconnect()}), the reader thread reconnects with
 * exponential back-off, says {@code HELLO} again and resends every unacknowledged {@code DATA}
 * frame in order with its original sequence number; meanwhile {@code send} goes on filling the
 * window. Only the first {@link #connect} fails with an exception; later connection faults are
 * retried until {@link #close()}.
 */
public final class RsuSessionClient implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RsuSessionClient.class.getName());

  private final RsuSessionClientConfig config;
  private final SessionListener listener;
  private final SessionCounters counters = new SessionCounters();
  private final UnackedWindow window;
  private final AtomicLong connectionIds = new AtomicLong();

  /** Serialises senders, so that frames are written in sequence order. */
  private final ReentrantLock senderLock = new ReentrantLock(true);

  /** Guards writes to the connection and the publication of a new one. */
  private final ReentrantLock writeLock = new ReentrantLock();

  private final Object connectionMonitor = new Object();
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final Thread reader;
  private final List<PendingFrame> released = new ArrayList<>(); // reader thread only

  private long nextSequence = 1; // guarded by senderLock
  private volatile GatewayConnection connection; // null while disconnected
  private volatile SocketChannel opening; // the channel of a handshake under way
  private volatile HelloAck gatewayInfo;
  private volatile long lastWriteNanos = System.nanoTime();
  private volatile boolean closed;

  private RsuSessionClient(
      RsuSessionClientConfig config, SessionListener listener, GatewayConnection first) {
    this.config = config;
    this.listener = listener;
    this.window = new UnackedWindow(config.windowFrames(), counters);
    this.connection = first;
    this.gatewayInfo = first.helloAck;
    this.reader = new Thread(this::readLoop, "rsu-session-" + config.rsuId());
    this.reader.setDaemon(true);
  }

  /**
   * Connects with the default settings and no listener.
   *
   * @throws IOException if the gateway cannot be reached or does not answer {@code HELLO} with
   *     {@code HELLO_ACK} ({@link SessionRefusedException} for a closing {@code ERROR})
   */
  public static RsuSessionClient connect(String host, int port, String rsuId, String software)
      throws IOException {
    return connect(
        RsuSessionClientConfig.builder(host, port, rsuId).software(software).build(),
        SessionListener.NONE);
  }

  /**
   * Connects, says {@code HELLO} and waits for {@code HELLO_ACK}, then starts the reader thread.
   *
   * @throws IOException if the gateway cannot be reached or does not answer {@code HELLO} with
   *     {@code HELLO_ACK} ({@link SessionRefusedException} for a closing {@code ERROR})
   */
  public static RsuSessionClient connect(RsuSessionClientConfig config, SessionListener listener)
      throws IOException {
    List<SessionFrame> earlyFrames = new ArrayList<>();
    GatewayConnection first = GatewayConnection.open(1, config, c -> {}, earlyFrames::add);
    RsuSessionClient client = new RsuSessionClient(config, listener, first);
    client.connectionIds.set(1);
    try {
      for (SessionFrame frame : earlyFrames) {
        client.handle(frame);
      }
      first.readTimeoutMs(client.readTimeoutMs(first.helloAck));
    } catch (IOException e) {
      first.close();
      throw e;
    }
    client.notifyListener(() -> listener.onConnected(first.helloAck, false));
    client.reader.start();
    return client;
  }

  /** The gateway's {@code HELLO_ACK} of the current (or last) session. */
  public HelloAck gatewayInfo() {
    return gatewayInfo;
  }

  /** Whether a session is established now. */
  public boolean isConnected() {
    return connection != null;
  }

  /**
   * Sends one {@code DATA} frame of these messages (1..65535, each 1..65535 bytes) with the next
   * sequence number, waiting while the window is full. If the connection is down, the frame waits
   * in the window and goes out when the session is back.
   *
   * @return the frame's sequence number
   * @throws IllegalArgumentException if the messages do not make a valid frame of at most the
   *     gateway's max frame bytes
   * @throws IllegalStateException if the client is closed
   */
  public long send(List<byte[]> messages) throws InterruptedException {
    int frameBytes = SessionFrames.dataFrameBytes(messages);
    checkFrameSize(frameBytes);
    senderLock.lockInterruptibly();
    try {
      checkOpen();
      long sequence = nextSequence;
      byte[] frame = new byte[frameBytes];
      SessionFrames.data(ByteBuffer.wrap(frame), sequence, messages);
      return enqueueAndWrite(sequence, frame, messages.size());
    } finally {
      senderLock.unlock();
    }
  }

  /**
   * Like {@link #send(List)} for messages that are slices of one array: message {@code i} (for
   * {@code first ≤ i < first + count}) is {@code lengths[i]} bytes of {@code source} from {@code
   * offsets[i]}. The only allocation is the frame's own array, kept for resending.
   */
  public long send(byte[] source, int[] offsets, int[] lengths, int first, int count)
      throws InterruptedException {
    int frameBytes = SessionFrames.dataFrameBytes(source, offsets, lengths, first, count);
    checkFrameSize(frameBytes);
    senderLock.lockInterruptibly();
    try {
      checkOpen();
      long sequence = nextSequence;
      byte[] frame = new byte[frameBytes];
      SessionFrames.data(ByteBuffer.wrap(frame), sequence, source, offsets, lengths, first, count);
      return enqueueAndWrite(sequence, frame, count);
    } finally {
      senderLock.unlock();
    }
  }

  /**
   * Waits until every frame sent so far is acknowledged, and the listener has been told about them.
   *
   * @return true if the window is empty, false if the timeout passed (or the client closed) first
   */
  public boolean awaitAllAcked(Duration timeout) throws InterruptedException {
    return window.awaitEmpty(timeout.toNanos());
  }

  /** Waits until a session is established; false if the timeout passed first. */
  public boolean awaitConnected(Duration timeout) throws InterruptedException {
    long deadlineNanos = System.nanoTime() + timeout.toNanos();
    synchronized (connectionMonitor) {
      while (connection == null && !closed) {
        long leftNanos = deadlineNanos - System.nanoTime();
        if (leftNanos <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(connectionMonitor, leftNanos);
      }
      return connection != null;
    }
  }

  /**
   * Drops the current connection; the reader thread then reconnects and resends what is not
   * acknowledged, as after a lost connection. Returns at once: see {@link #awaitConnected}.
   */
  public void reconnect() {
    GatewayConnection current = connection;
    if (current != null) {
      connectionLost(current, new IOException("reconnect requested"));
    }
  }

  /** {@code DATA} frames waiting for their {@code ACK}. */
  public int unackedFrames() {
    return window.size();
  }

  /** A snapshot of the counters. */
  public SessionStatistics statistics() {
    return counters.snapshot(window.size());
  }

  /**
   * Closes the connection and stops the reader thread. Frames not yet acknowledged are dropped
   * (call {@link #awaitAllAcked} first); senders waiting for the window get an {@link
   * IllegalStateException}.
   */
  @Override
  public void close() {
    closed = true;
    closedLatch.countDown();
    window.close();
    SocketChannel handshake = opening;
    if (handshake != null) {
      try {
        handshake.close();
      } catch (IOException e) {
        // Best effort: the handshake is being abandoned.
      }
    }
    GatewayConnection current = connection;
    if (current != null) {
      current.close();
    }
    synchronized (connectionMonitor) {
      connection = null;
      connectionMonitor.notifyAll();
    }
    if (Thread.currentThread() != reader) {
      try {
        reader.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---- sending ----

  private long enqueueAndWrite(long sequence, byte[] frame, int messageCount)
      throws InterruptedException {
    PendingFrame pending = window.add(sequence, frame, messageCount);
    nextSequence = sequence + 1;
    counters.sentFrames.increment();
    counters.sentMessages.add(messageCount);
    writeLock.lock();
    try {
      GatewayConnection current = connection;
      if (current != null && pending.writtenOnConnectionId != current.id) {
        try {
          current.write(ByteBuffer.wrap(pending.bytes));
          pending.writtenOnConnectionId = current.id;
          lastWriteNanos = System.nanoTime();
        } catch (IOException e) {
          connectionLost(current, e);
        }
      }
    } finally {
      writeLock.unlock();
    }
    return sequence;
  }

  private void checkFrameSize(int frameBytes) {
    long payloadBytes = frameBytes - SessionProtocol.HEADER_BYTES;
    long maxFrameBytes = gatewayInfo.maxFrameBytes();
    if (payloadBytes > maxFrameBytes) {
      throw new IllegalArgumentException(
          "the DATA frame has "
              + payloadBytes
              + " payload bytes, more than the gateway's max frame bytes "
              + maxFrameBytes);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the session client is closed");
    }
  }

  // ---- the reader thread ----

  private void readLoop() {
    GatewayConnection current = connection;
    while (!closed) {
      if (current == null) {
        current = reconnectWithBackoff();
        if (current == null) {
          return;
        }
      }
      try {
        readFrames(current);
      } catch (IOException | RuntimeException e) {
        connectionLost(current, e);
      }
      current = null;
    }
  }

  private void readFrames(GatewayConnection current) throws IOException {
    while (!closed && connection == current) {
      SessionFrame frame;
      try {
        frame = current.readFrame();
      } catch (SessionProtocolException e) {
        counters.malformedFramesReceived.increment();
        LOG.log(
            System.Logger.Level.WARNING, "malformed frame from the gateway: {0}", e.getMessage());
        if (e.closing()) {
          throw e;
        }
        continue;
      }
      if (frame != null) {
        handle(frame);
      }
      heartbeatIfIdle(current);
    }
  }

  /** Handles one frame from the gateway; a closing {@code ERROR} ends the connection. */
  private void handle(SessionFrame frame) throws IOException {
    if (frame instanceof Ack ack) {
      acknowledge(ack);
    } else if (frame instanceof Downlink downlink) {
      counters.downlinksReceived.increment();
      notifyListener(() -> listener.onDownlink(downlink));
    } else if (frame instanceof ErrorFrame error) {
      counters.error(error.code());
      notifyListener(() -> listener.onError(error));
      if (error.closing()) {
        throw new IOException("the gateway closed the session: " + error);
      }
    } else if (frame instanceof Heartbeat) {
      counters.heartbeatsReceived.increment();
    } else if (frame instanceof HelloAck helloAck) {
      gatewayInfo = helloAck;
    } else {
      counters.unexpectedFramesReceived.increment();
    }
  }

  private void acknowledge(Ack ack) {
    released.clear();
    if (!window.release(ack, released)) {
      return;
    }
    try {
      long nowNanos = System.nanoTime();
      notifyListener(() -> listener.onAck(ack));
      for (PendingFrame frame : released) {
        long latencyUs = (nowNanos - frame.addedNanos) / 1_000;
        notifyListener(() -> listener.onFrameAcked(frame.sequence, latencyUs));
      }
    } finally {
      released.clear();
      window.finishRelease();
    }
  }

  private void heartbeatIfIdle(GatewayConnection current) throws IOException {
    long idleTimeoutMs = current.helloAck.idleTimeoutMs();
    if (idleTimeoutMs == 0) {
      return;
    }
    long intervalNanos = TimeUnit.MILLISECONDS.toNanos(idleTimeoutMs) / 3;
    if (System.nanoTime() - lastWriteNanos < intervalNanos) {
      return;
    }
    // A sender holding the lock is writing: the connection is not idle.
    if (writeLock.tryLock()) {
      try {
        if (connection == current) {
          current.write(ByteBuffer.wrap(SessionFrames.heartbeat(epochMicros())));
          lastWriteNanos = System.nanoTime();
          counters.heartbeatsSent.increment();
        }
      } finally {
        writeLock.unlock();
      }
    }
  }

  /** How long a read waits before the reader checks for idleness: a quarter of the interval. */
  private int readTimeoutMs(HelloAck helloAck) {
    long idleTimeoutMs = helloAck.idleTimeoutMs();
    if (idleTimeoutMs == 0) {
      return 1_000;
    }
    return (int) Math.max(1, Math.min(1_000, idleTimeoutMs / 12));
  }

  private static long epochMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  // ---- connection loss and reconnect ----

  private void connectionLost(GatewayConnection lost, Exception cause) {
    synchronized (connectionMonitor) {
      if (connection != lost) {
        return;
      }
      connection = null;
      connectionMonitor.notifyAll();
    }
    lost.close();
    if (!closed) {
      LOG.log(
          System.Logger.Level.INFO,
          "RSU {0}: connection to {1}:{2} lost ({3}); {4} DATA frames to resend",
          config.rsuId(),
          config.host(),
          String.valueOf(config.port()),
          String.valueOf(cause),
          window.size());
      notifyListener(() -> listener.onConnectionLost(cause));
    }
  }

  /** Reconnects until a session is back (returned) or the client is closed (null). */
  private GatewayConnection reconnectWithBackoff() {
    long backoffMs = config.reconnectInitialBackoffMs();
    while (!closed) {
      long delayMs = backoffMs - ThreadLocalRandom.current().nextLong(backoffMs / 2 + 1);
      try {
        if (closedLatch.await(delayMs, TimeUnit.MILLISECONDS)) {
          return null;
        }
      } catch (InterruptedException e) {
        return null;
      }
      try {
        GatewayConnection next =
            GatewayConnection.open(
                connectionIds.incrementAndGet(), config, this::opening, this::handleEarly);
        opening = null;
        next.readTimeoutMs(readTimeoutMs(next.helloAck));
        if (resendAndPublish(next)) {
          counters.reconnects.increment();
          LOG.log(
              System.Logger.Level.INFO,
              "RSU {0}: session with gateway {1} back",
              config.rsuId(),
              next.helloAck.gatewayId());
          notifyListener(() -> listener.onConnected(next.helloAck, true));
          return next;
        }
      } catch (IOException | RuntimeException e) {
        opening = null;
        LOG.log(
            System.Logger.Level.DEBUG,
            "RSU {0}: reconnect failed: {1}",
            config.rsuId(),
            String.valueOf(e));
      }
      backoffMs = Math.min(config.reconnectMaxBackoffMs(), backoffMs * 2);
    }
    return null;
  }

  /** Remembers the channel of a handshake under way, so that {@link #close()} can abort it. */
  private void opening(SocketChannel channel) {
    opening = channel;
    if (closed) {
      try {
        channel.close();
      } catch (IOException e) {
        // Best effort: the client is closing.
      }
    }
  }

  private void handleEarly(SessionFrame frame) {
    try {
      handle(frame);
    } catch (IOException e) {
      // A closing ERROR before HELLO_ACK: GatewayConnection.open throws for it.
    }
  }

  /**
   * Resends every unacknowledged frame on the new connection, in order, then makes it the current
   * one; under the write lock, so that no sender writes in between.
   */
  private boolean resendAndPublish(GatewayConnection next) {
    writeLock.lock();
    try {
      for (PendingFrame frame : window.snapshot()) {
        if (frame.writtenOnConnectionId == next.id) {
          continue;
        }
        next.write(ByteBuffer.wrap(frame.bytes));
        if (frame.writtenOnConnectionId != 0) {
          counters.resentFrames.increment();
        }
        frame.writtenOnConnectionId = next.id;
        lastWriteNanos = System.nanoTime();
      }
      synchronized (connectionMonitor) {
        if (closed) {
          next.close();
          return false;
        }
        gatewayInfo = next.helloAck;
        connection = next;
        connectionMonitor.notifyAll();
      }
      return true;
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "RSU {0}: resend failed: {1}", config.rsuId(), e);
      next.close();
      return false;
    } finally {
      writeLock.unlock();
    }
  }

  private void notifyListener(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "session listener failed", e);
    }
  }
}
