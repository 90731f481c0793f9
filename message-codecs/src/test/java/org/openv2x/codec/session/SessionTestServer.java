package org.openv2x.codec.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;

/**
 * A small gateway for tests: a {@link ServerSocketChannel} on 127.0.0.1 and an ephemeral port that
 * speaks the session protocol with {@link SessionFrames} and {@link SessionFrameParser}. It answers
 * {@code HELLO} with {@code HELLO_ACK} (or refuses it), acknowledges {@code DATA} (or holds the
 * ACKs), answers {@code HEARTBEAT}, sends {@code DOWNLINK} and {@code ERROR} on request, and can
 * drop a connection after a number of {@code DATA} frames it does not acknowledge.
 */
final class SessionTestServer implements AutoCloseable {
  /** A frame the server received, on its n-th connection (1, 2, …). */
  record Received(int connection, SessionFrame frame) {}

  volatile String gatewayId = "gw-test";
  volatile long maxFrameBytes = SessionProtocol.DEFAULT_MAX_FRAME_BYTES;
  volatile long idleTimeoutMs = 60_000;
  volatile boolean ackData = true;
  volatile ErrorFrame refuseHelloWith;

  private final ServerSocketChannel server;
  private final Thread acceptor;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Data> heldAcks = new ArrayList<>(); // guarded by this
  private volatile Handler current;
  private volatile int dropAfterUnackedDataFrames = -1;
  private int connections;

  SessionTestServer() throws IOException {
    server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress("127.0.0.1", 0));
    acceptor = new Thread(this::acceptLoop, "session-test-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return ((InetSocketAddress) server.socket().getLocalSocketAddress()).getPort();
  }

  RsuSessionClientConfig.Builder clientConfig(String rsuId) {
    return RsuSessionClientConfig.builder("127.0.0.1", port(), rsuId)
        .software("test/1")
        .reconnectInitialBackoffMs(20)
        .reconnectMaxBackoffMs(200)
        .helloAckTimeoutMs(5_000);
  }

  /**
   * From now on, hold the ACKs of the next {@code dataFrames} DATA frames and close the connection
   * once they have arrived; then acknowledge as before.
   */
  void dropAfterUnackedDataFrames(int dataFrames) {
    dropAfterUnackedDataFrames = dataFrames;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** The DATA frames received, in order. */
  List<Received> data() {
    return received.stream().filter(r -> r.frame() instanceof Data).toList();
  }

  long count(Predicate<SessionFrame> filter) {
    return received.stream().map(Received::frame).filter(filter).count();
  }

  /** Waits until {@code count} received frames match, at most {@code timeout}. */
  boolean awaitReceived(Predicate<SessionFrame> filter, long count, Duration timeout)
      throws InterruptedException {
    long deadlineNanos = System.nanoTime() + timeout.toNanos();
    while (count(filter) < count) {
      if (System.nanoTime() - deadlineNanos > 0) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    return true;
  }

  int connections() {
    synchronized (this) {
      return connections;
    }
  }

  /** Sends the ACKs held so far, in order (every message accepted). */
  void releaseHeldAcks() throws IOException {
    List<Data> held;
    synchronized (this) {
      held = new ArrayList<>(heldAcks);
      heldAcks.clear();
    }
    for (Data data : held) {
      send(SessionFrames.ack(data.sequence(), data.messages().size(), 0));
    }
  }

  /** Writes a frame to the current connection. */
  void send(byte[] frame) throws IOException {
    current.write(frame);
  }

  /** Closes the current connection. */
  void dropConnection() throws IOException {
    current.channel.close();
  }

  @Override
  public void close() throws IOException {
    server.close();
    Handler handler = current;
    if (handler != null) {
      handler.channel.close();
    }
  }

  private void acceptLoop() {
    try {
      while (true) {
        SocketChannel channel = server.accept();
        int number;
        synchronized (this) {
          number = ++connections;
          heldAcks.clear();
        }
        Handler handler = new Handler(channel, number);
        current = handler;
        Thread thread = new Thread(handler::run, "session-test-connection-" + number);
        thread.setDaemon(true);
        thread.start();
      }
    } catch (IOException e) {
      // The server was closed.
    }
  }

  private final class Handler {
    final SocketChannel channel;
    final int number;
    int unackedDataFrames;

    Handler(SocketChannel channel, int number) {
      this.channel = channel;
      this.number = number;
    }

    synchronized void write(byte[] frame) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(frame);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }

    void run() {
      SessionFrameParser parser = new SessionFrameParser();
      ByteBuffer input = ByteBuffer.allocate(8192);
      try (channel) {
        while (channel.read(input) >= 0) {
          input.flip();
          SessionFrame frame;
          while ((frame = parser.next(input)) != null) {
            received.add(new Received(number, frame));
            if (!answer(frame)) {
              return;
            }
          }
          input.clear();
        }
      } catch (IOException | RuntimeException e) {
        // The connection ends; the test looks at what was received.
      }
    }

    /** Answers one frame; false when the connection is to be closed. */
    private boolean answer(SessionFrame frame) throws IOException {
      if (frame instanceof Hello) {
        ErrorFrame refusal = refuseHelloWith;
        if (refusal != null) {
          write(SessionFrames.write(refusal));
          return false;
        }
        write(SessionFrames.helloAck(gatewayId, maxFrameBytes, idleTimeoutMs, 0));
      } else if (frame instanceof Heartbeat) {
        write(SessionFrames.heartbeat(1_795_478_400_000_000L));
      } else if (frame instanceof Data data) {
        if (dropAfterUnackedDataFrames > 0) {
          if (++unackedDataFrames >= dropAfterUnackedDataFrames) {
            dropAfterUnackedDataFrames = -1;
            return false;
          }
        } else if (ackData) {
          write(SessionFrames.ack(data.sequence(), data.messages().size(), 0));
        } else {
          synchronized (SessionTestServer.this) {
            heldAcks.add(data);
          }
        }
      }
      return true;
    }
  }
}
