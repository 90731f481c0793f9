package org.openv2x.sim.blast;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;
import org.openv2x.codec.session.SessionFrame;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.HelloAck;
import org.openv2x.codec.session.SessionFrameParser;
import org.openv2x.codec.session.SessionFrames;
import org.openv2x.codec.session.SessionProtocol;
import org.openv2x.codec.session.SessionProtocolException;
import org.openv2x.sim.blast.BlastConnection.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One I/O thread of a blast: a {@link Selector} and the non-blocking channels of its share of the
 * connections. Each loop it
 *
 * <ol>
 *   <li>runs the timers (every {@value #TIMER_INTERVAL_MS} ms): connects what is down once its
 *       back-off has passed, gives up handshakes past the hello timeout, heartbeats idle sessions;
 *   <li>sends: takes connections from a ready queue in turn, one frame each per turn (resends
 *       first, then new frames while the window has room and the rate limiter grants one), copying
 *       the pre-built frame into the connection's send buffer; then writes each touched buffer
 *       once;
 *   <li>selects, and handles what arrived: {@code HELLO_ACK} (session up: resend the unacknowledged
 *       frames), {@code ACK} (release frames, record latency, the connection is ready again),
 *       {@code ERROR} (counted; a closing one drops the connection), {@code HEARTBEAT}.
 * </ol>
 *
 * <p>After sending ends it goes on reading (and reconnecting and resending) until every frame of
 * its connections is acknowledged or the drain timeout has passed, then closes them. Nothing is
 * allocated per frame on the send path (with {@code recordSendTimes}, the send log takes one new
 * array per {@value BlastSendLog#CHUNK_FRAMES} frames of a connection); the ACK path allocates one
 * small record per {@code ACK}.
 */
final class BlastIoThread implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(BlastIoThread.class);

  /** How often the timers run (and the longest select while nothing else is due). */
  static final long TIMER_INTERVAL_MS = 10;

  /** The largest ACK latency the histograms hold; longer ones are recorded as this. */
  static final long MAX_LATENCY_US = TimeUnit.MINUTES.toMicros(10);

  /**
   * How many bytes of new frames a rate-limited connection takes per turn (and a rate-limited send
   * pass waits for): one write of a few frames costs the kernel little more than one of a single
   * frame (see BLAST.md).
   */
  static final int RATE_LIMITED_TURN_BYTES = 64 * 1024;

  /**
   * The socket's send buffer holds a whole window of frames (within these bounds), so that a send
   * pass's write is taken in one piece; Linux's autotuning would start at 16 KiB and split it.
   */
  static final int MIN_SOCKET_SEND_BUFFER_BYTES = 64 * 1024;

  static final int MAX_SOCKET_SEND_BUFFER_BYTES = 4 * 1024 * 1024;

  private static final int READ_BUFFER_BYTES = 256 * 1024;
  private static final int MAX_READS_PER_EVENT = 4;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private enum Append {
    APPENDED,
    NOTHING,
    NO_TOKEN,
    BUFFER_FULL
  }

  private final BlastConfig config;
  private final BlastBatches batches;
  private final ByteBuffer batchView;
  private final BlastConnection[] connections;
  private final BlastRateLimiter limiter;
  private final InetSocketAddress address;
  private final BlastControl control;
  private final BlastCounters counters = new BlastCounters();
  private final SingleWriterRecorder latencyRecorder = new SingleWriterRecorder(MAX_LATENCY_US, 3);
  private final ArrayDeque<BlastConnection> ready;
  private final BlastConnection[] touched;
  private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
  private final ByteBuffer heartbeat = ByteBuffer.allocate(SessionFrames.HEARTBEAT_FRAME_BYTES);
  private final long helloTimeoutNanos;
  private final long drainTimeoutNanos;
  private final int maxReceiveFrameBytes;
  private final int framesPerTurn;
  private final int socketSendBufferBytes;

  private Histogram latencyRecycle; // the progress thread's
  private Selector selector;
  private long eventNanos;
  private boolean sending = true;
  private volatile Thread thread;
  private volatile long finalCpuNanos = -1;

  BlastIoThread(
      BlastConfig config,
      BlastBatches batches,
      List<BlastConnection> connections,
      BlastRateLimiter limiter,
      InetSocketAddress address,
      BlastControl control) {
    this.config = config;
    this.batches = batches;
    this.batchView = batches.view();
    this.connections = connections.toArray(new BlastConnection[0]);
    this.limiter = limiter;
    this.address = address;
    this.control = control;
    this.ready = new ArrayDeque<>(this.connections.length);
    this.touched = new BlastConnection[this.connections.length];
    this.helloTimeoutNanos = config.helloTimeout().toNanos();
    this.drainTimeoutNanos = config.drainTimeout().toNanos();
    this.maxReceiveFrameBytes = SessionProtocol.DEFAULT_MAX_FRAME_BYTES;
    this.framesPerTurn = framesPerTurn(config, batches, limiter);
    this.socketSendBufferBytes =
        (int)
            Math.min(
                MAX_SOCKET_SEND_BUFFER_BYTES,
                Math.max(
                    MIN_SOCKET_SEND_BUFFER_BYTES,
                    (long) config.windowFrames() * batches.maxFrameBytes()));
  }

  /**
   * New frames a connection takes per turn: as many as its window allows when unlimited (the ACKs
   * pace it); when rate-limited, about {@value #RATE_LIMITED_TURN_BYTES} bytes of frames, at most
   * the window and the rate limiter's bucket.
   */
  static int framesPerTurn(BlastConfig config, BlastBatches batches, BlastRateLimiter limiter) {
    if (limiter == null) {
      return config.windowFrames();
    }
    double meanFrameBytes = (double) batches.totalBytes() / batches.batchCount();
    int frames = (int) Math.max(1, RATE_LIMITED_TURN_BYTES / meanFrameBytes);
    return Math.max(1, Math.min(frames, Math.min(config.windowFrames(), limiter.burstFrames())));
  }

  BlastCounters counters() {
    return counters;
  }

  /**
   * This thread's ACK latencies (µs) since the last call; valid until the next call. Call from one
   * thread only (the progress thread).
   */
  Histogram intervalLatency() {
    latencyRecycle = latencyRecorder.getIntervalHistogram(latencyRecycle);
    return latencyRecycle;
  }

  /** CPU time of the thread so far (its final figure once it has ended), in nanoseconds. */
  long cpuNanos() {
    long done = finalCpuNanos;
    if (done >= 0) {
      return done;
    }
    Thread running = thread;
    if (running == null) {
      return 0;
    }
    long cpu = THREADS.getThreadCpuTime(running.getId());
    // The thread may have ended between the two reads.
    return cpu >= 0 ? cpu : Math.max(0, finalCpuNanos);
  }

  /** Wakes the selector, so that a stop or a failure is seen at once. */
  void wakeup() {
    Selector current = selector;
    if (current != null) {
      current.wakeup();
    }
  }

  @Override
  public void run() {
    thread = Thread.currentThread();
    try (Selector opened = Selector.open()) {
      selector = opened;
      loop();
    } catch (IOException | RuntimeException | Error e) {
      LOG.error("blast I/O thread failed", e);
      control.fail("I/O thread " + Thread.currentThread().getName() + " failed: " + e);
    } finally {
      closeAll();
      counters.publish();
      finalCpuNanos =
          THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
  }

  private void loop() throws IOException {
    long now = System.nanoTime();
    for (BlastConnection connection : connections) {
      connect(connection, now);
    }
    long nextTimerNanos = now + TimeUnit.MILLISECONDS.toNanos(TIMER_INTERVAL_MS);
    long drainDeadlineNanos = 0;
    while (true) {
      now = System.nanoTime();
      if (control.failure() != null) {
        return;
      }
      if (sending && now - control.sendEndNanos() >= 0) {
        sending = false;
        drainDeadlineNanos = now + drainTimeoutNanos;
      }
      if (!sending && (counters.unackedFrames == 0 || now - drainDeadlineNanos >= 0)) {
        return;
      }
      if (now - nextTimerNanos >= 0) {
        timers(now);
        nextTimerNanos = now + TimeUnit.MILLISECONDS.toNanos(TIMER_INTERVAL_MS);
      }
      // Rate-limited, a pass waits until a whole turn of frames is allowed: fewer, larger writes.
      long untilTurnNanos =
          limiter == null || !sending || ready.isEmpty()
              ? 0
              : limiter.nanosUntilFrames(now, framesPerTurn);
      if (untilTurnNanos == 0) {
        sendPass(now);
      }
      counters.publish();

      long waitNanos = nextTimerNanos - now;
      if (!ready.isEmpty()) {
        waitNanos =
            limiter == null || !sending
                ? 0
                : Math.min(waitNanos, limiter.nanosUntilFrames(now, framesPerTurn));
      }
      waitNanos =
          Math.min(waitNanos, (sending ? control.sendEndNanos() : drainDeadlineNanos) - now);
      eventNanos = 0;
      if (waitNanos <= 0) {
        selector.selectNow(this::onKey);
      } else {
        selector.select(this::onKey, Math.max(1, (waitNanos + 999_999) / 1_000_000));
      }
    }
  }

  // ---- timers ----

  private void timers(long now) {
    for (BlastConnection c : connections) {
      switch (c.state) {
        case DOWN -> {
          if (now - c.deadlineNanos >= 0 && (sending || c.ringCount > 0)) {
            connect(c, now);
          }
        }
        case CONNECTING, HELLO_SENT -> {
          if (now - c.deadlineNanos >= 0) {
            lost(c, now, "no HELLO_ACK within " + config.helloTimeout().toMillis() + " ms");
          }
        }
        case ACTIVE -> {
          if (c.heartbeatIntervalNanos > 0
              && !c.writing
              && now - c.lastWriteNanos >= c.heartbeatIntervalNanos) {
            sendHeartbeat(c, now);
          }
        }
        case CLOSED -> {}
      }
    }
  }

  private void sendHeartbeat(BlastConnection c, long now) {
    heartbeat.clear();
    SessionFrames.heartbeat(heartbeat, epochMicros());
    heartbeat.flip();
    c.out.clear();
    c.out.put(heartbeat);
    counters.heartbeatsSent++;
    flush(c, now);
  }

  private static long epochMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  // ---- connecting ----

  private void connect(BlastConnection c, long now) {
    SocketChannel channel = null;
    try {
      channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.setOption(StandardSocketOptions.SO_SNDBUF, socketSendBufferBytes);
      c.channel = channel;
      c.state = State.CONNECTING;
      c.deadlineNanos = now + helloTimeoutNanos;
      c.writing = false;
      c.out.clear();
      if (channel.connect(address)) {
        c.key = channel.register(selector, SelectionKey.OP_READ, c);
        sayHello(c, now);
      } else {
        c.key = channel.register(selector, SelectionKey.OP_CONNECT, c);
      }
    } catch (IOException e) {
      if (c.channel == null && channel != null) {
        closeQuietly(channel);
      }
      lost(c, now, "connect failed: " + e);
    }
  }

  private void finishConnect(BlastConnection c, long now) {
    try {
      if (c.channel.finishConnect()) {
        c.key.interestOps(SelectionKey.OP_READ);
        sayHello(c, now);
      }
    } catch (IOException e) {
      lost(c, now, "connect failed: " + e);
    }
  }

  private void sayHello(BlastConnection c, long now) {
    c.parser = new SessionFrameParser(maxReceiveFrameBytes);
    c.state = State.HELLO_SENT;
    c.out.clear();
    c.out.put(c.hello);
    flush(c, now);
  }

  private void established(BlastConnection c, HelloAck helloAck, long now) {
    if (batches.maxPayloadBytes() > helloAck.maxFrameBytes()) {
      control.fail(
          "the gateway's max frame bytes ("
              + helloAck.maxFrameBytes()
              + ") are less than the largest DATA frame's payload ("
              + batches.maxPayloadBytes()
              + " bytes): lower batchMessages");
      return;
    }
    c.state = State.ACTIVE;
    counters.connectionsUp++;
    if (c.established) {
      counters.reconnects++;
      LOG.debug("{}: session back, {} DATA frames to resend", c.rsuId, c.ringCount - c.ringWritten);
    }
    c.established = true;
    c.backoffNanos = 0;
    c.ringWritten = 0;
    c.heartbeatIntervalNanos = TimeUnit.MILLISECONDS.toNanos(helloAck.idleTimeoutMs()) / 3;
    makeReady(c);
  }

  /** Drops the connection; it is tried again after a jittered, doubling back-off. */
  private void lost(BlastConnection c, long now, String reason) {
    if (c.state == State.ACTIVE) {
      counters.connectionsUp--;
      counters.connectionsLost++;
      LOG.debug(
          "{}: connection lost ({}), {} DATA frames unacknowledged", c.rsuId, reason, c.ringCount);
    } else {
      counters.connectFailures++;
      LOG.debug("{}: connection attempt failed: {}", c.rsuId, reason);
    }
    closeChannel(c);
    c.state = State.DOWN;
    long initial = config.reconnectInitialBackoff().toNanos();
    long backoff = c.backoffNanos == 0 ? initial : c.backoffNanos;
    c.deadlineNanos = now + backoff - ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
    c.backoffNanos = Math.min(config.reconnectMaxBackoff().toNanos(), backoff * 2);
  }

  private void closeChannel(BlastConnection c) {
    if (c.key != null) {
      c.key.cancel();
      c.key = null;
    }
    if (c.channel != null) {
      closeQuietly(c.channel);
      c.channel = null;
    }
    c.parser = null;
    c.writing = false;
    c.out.clear();
    c.ringWritten = 0;
  }

  private void closeAll() {
    for (BlastConnection c : connections) {
      if (c.state == State.ACTIVE) {
        counters.connectionsUp--;
      }
      closeChannel(c);
      c.state = State.CLOSED;
    }
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing is best effort: the connection is given up either way.
    }
  }

  // ---- sending ----

  private void makeReady(BlastConnection c) {
    if (!c.inReadyQueue && c.canSend(sending)) {
      c.inReadyQueue = true;
      ready.addLast(c);
    }
  }

  /**
   * Gives the ready connections up to {@link #framesPerTurn} frames each in turn until none can
   * take more (window full, send buffer full) or the rate limiter refuses; then writes each touched
   * send buffer once.
   */
  private void sendPass(long now) {
    int touchedCount = 0;
    BlastConnection c;
    while ((c = ready.pollFirst()) != null) {
      Append result = Append.NOTHING;
      for (int turn = 0; turn < framesPerTurn && c.canSend(sending); turn++) {
        result = appendOne(c, now);
        if (result != Append.APPENDED) {
          break;
        }
        if (!c.touched) {
          c.touched = true;
          touched[touchedCount++] = c;
        }
      }
      if (result == Append.NO_TOKEN) {
        ready.addFirst(c);
        break;
      }
      if (c.canSend(sending) && result == Append.APPENDED) {
        ready.addLast(c);
      } else {
        c.inReadyQueue = false;
      }
    }
    for (int i = 0; i < touchedCount; i++) {
      BlastConnection t = touched[i];
      touched[i] = null;
      t.touched = false;
      if (t.sendLog != null) {
        t.sendLog.stampPending(control.epochMicros(System.nanoTime()));
      }
      flush(t, now);
      makeReady(t);
    }
  }

  /**
   * Puts the next frame of {@code c} into its send buffer: the oldest not yet written, or a new
   * one.
   */
  private Append appendOne(BlastConnection c, long now) {
    ByteBuffer out = c.out;
    if (c.ringWritten < c.ringCount) {
      int slot = c.slot(c.ringWritten);
      int batch = c.ringBatch[slot];
      if (out.remaining() < batches.frameBytes(batch)) {
        return Append.BUFFER_FULL;
      }
      int start = batches.copyFrame(batchView, batch, c.ringSequence[slot], out);
      if (config.uniqueBsmIds()) {
        batches.patchBsmIds(
            out, start, batch, BsmIds.vehicleId(c.index, c.ringFirstBsmCounter[slot]));
      }
      c.ringWrittenNanos[slot] = now;
      c.ringWritten++;
      counters.framesResent++;
      return Append.APPENDED;
    }
    if (!sending || c.ringCount >= c.windowFrames) {
      return Append.NOTHING;
    }
    int batch = c.nextBatch;
    if (out.remaining() < batches.frameBytes(batch)) {
      return Append.BUFFER_FULL;
    }
    if (limiter != null && !limiter.tryAcquireFrame(now)) {
      return Append.NO_TOKEN;
    }
    int slot = c.slot(c.ringCount);
    long sequence = c.nextSequence++;
    c.ringSequence[slot] = sequence;
    c.ringBatch[slot] = batch;
    c.ringWrittenNanos[slot] = now;
    long firstBsmCounter = c.nextBsmCounter;
    c.ringFirstBsmCounter[slot] = firstBsmCounter;
    int bsms = batches.bsmCount(batch);
    c.nextBsmCounter = firstBsmCounter + bsms;
    int malformed = batches.malformedCount(batch);
    c.malformedSent += malformed;
    int start = batches.copyFrame(batchView, batch, sequence, out);
    if (config.uniqueBsmIds()) {
      batches.patchBsmIds(out, start, batch, BsmIds.vehicleId(c.index, firstBsmCounter));
    }
    if (c.sendLog != null) {
      c.sendLog.add(firstBsmCounter); // its time is stamped right before the write
    }
    c.ringCount++;
    c.ringWritten++;
    c.nextBatch = batch + 1 == batches.batchCount() ? 0 : batch + 1;
    counters.framesSent++;
    counters.messagesSent += batches.batchMessages();
    counters.bsmsSent += bsms;
    counters.messagesMalformedSent += malformed;
    counters.unackedFrames++;
    return Append.APPENDED;
  }

  /** Writes what the send buffer holds; what the socket does not take waits for OP_WRITE. */
  private void flush(BlastConnection c, long now) {
    ByteBuffer out = c.out;
    if (!c.writing) {
      out.flip();
    }
    try {
      int written = c.channel.write(out);
      counters.bytesSent += written;
    } catch (IOException e) {
      lost(c, now, "write failed: " + e);
      return;
    }
    if (out.hasRemaining()) {
      if (!c.writing) {
        c.writing = true;
        c.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
      }
    } else {
      out.clear();
      if (c.writing) {
        c.writing = false;
        c.key.interestOps(SelectionKey.OP_READ);
      }
      c.lastWriteNanos = now;
    }
  }

  // ---- events ----

  private void onKey(SelectionKey key) {
    BlastConnection c = (BlastConnection) key.attachment();
    if (!key.isValid() || c.key != key) {
      return;
    }
    if (eventNanos == 0) {
      eventNanos = System.nanoTime();
    }
    long now = eventNanos;
    int ops = key.readyOps();
    if ((ops & SelectionKey.OP_CONNECT) != 0) {
      finishConnect(c, now);
      return;
    }
    if ((ops & SelectionKey.OP_WRITE) != 0 && c.writing) {
      flush(c, now);
      if (c.key != key) {
        return;
      }
      makeReady(c);
    }
    if ((ops & SelectionKey.OP_READ) != 0) {
      read(c, now);
    }
  }

  private void read(BlastConnection c, long now) {
    SelectionKey key = c.key;
    for (int i = 0; i < MAX_READS_PER_EVENT; i++) {
      readBuffer.clear();
      int read;
      try {
        read = c.channel.read(readBuffer);
      } catch (IOException e) {
        lost(c, now, "read failed: " + e);
        return;
      }
      if (read < 0) {
        lost(c, now, "the gateway closed the connection");
        return;
      }
      if (read == 0) {
        return;
      }
      readBuffer.flip();
      parse(c, now);
      if (c.key != key || read < readBuffer.capacity()) {
        return;
      }
    }
  }

  /** Handles every frame the read buffer completes; stops if the connection is dropped. */
  private void parse(BlastConnection c, long now) {
    SelectionKey key = c.key;
    while (c.key == key) {
      SessionFrame frame;
      try {
        frame = c.parser.next(readBuffer);
      } catch (SessionProtocolException e) {
        counters.malformedFrames++;
        if (e.closing()) {
          lost(c, now, "malformed input from the gateway: " + e.getMessage());
          return;
        }
        continue;
      }
      if (frame == null) {
        return;
      }
      handle(c, frame, now);
    }
  }

  private void handle(BlastConnection c, SessionFrame frame, long now) {
    if (frame instanceof Ack ack) {
      acknowledge(c, ack, now);
    } else if (frame instanceof HelloAck helloAck) {
      if (c.state == State.HELLO_SENT) {
        established(c, helloAck, now);
      } else {
        counters.unexpectedFrames++;
      }
    } else if (frame instanceof ErrorFrame error) {
      counters.errorFrames++;
      control.countError(error.code());
      if (error.closing()) {
        lost(c, now, "the gateway closed the session: " + error);
      } else {
        LOG.debug("{}: {}", c.rsuId, error);
      }
    } else if (frame instanceof Heartbeat) {
      counters.heartbeatsReceived++;
    } else if (frame instanceof Downlink) {
      counters.downlinksReceived++;
    } else {
      counters.unexpectedFrames++;
    }
  }

  /** Releases the acknowledged frame and every earlier one (ACKs come in send order). */
  private void acknowledge(BlastConnection c, Ack ack, long now) {
    long sequence = ack.sequence();
    if (c.state != State.ACTIVE
        || c.ringWritten == 0
        || sequence < c.ringSequence[c.ringHead]
        || sequence > c.ringSequence[c.slot(c.ringWritten - 1)]) {
      counters.unexpectedAcks++;
      return;
    }
    while (c.ringCount > 0 && c.ringSequence[c.ringHead] <= sequence) {
      long latencyUs = (now - c.ringWrittenNanos[c.ringHead]) / 1_000;
      latencyRecorder.recordValue(Math.max(0, Math.min(latencyUs, MAX_LATENCY_US)));
      int batch = c.ringBatch[c.ringHead];
      int bsms = batches.bsmCount(batch);
      int malformed = batches.malformedCount(batch);
      c.bsmsAcked += bsms;
      c.malformedAcked += malformed;
      counters.bsmsAcked += bsms;
      counters.messagesMalformedAcked += malformed;
      c.ringHead = c.ringHead + 1 == c.windowFrames ? 0 : c.ringHead + 1;
      c.ringCount--;
      c.ringWritten--;
      counters.framesAcked++;
      counters.unackedFrames--;
    }
    counters.messagesAccepted += ack.accepted();
    counters.messagesRejected += ack.rejected();
    counters.messagesAcked += ack.accepted() + ack.rejected();
    makeReady(c);
  }
}
