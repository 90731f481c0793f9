package org.openv2x.sim.rsu;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import org.openv2x.codec.session.SessionFrame;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrameParser;
import org.openv2x.codec.session.SessionFrames;

/**
 * The least of a gateway that speaks the session protocol, for tests: answers {@code HELLO} with
 * {@code HELLO_ACK}, keeps the messages of every {@code DATA} frame (by RSU and sequence, a resent
 * frame once) and acknowledges it, answers heartbeats, and sends {@code DOWNLINK} frames on
 * request. It can drop a connection on a chosen {@code DATA} frame instead of acknowledging it. One
 * thread per connection, loopback only.
 */
final class MiniSessionServer implements AutoCloseable {
  private final ServerSocketChannel server;
  private final Thread acceptor;
  private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();
  private final Map<String, SocketChannel> latestByRsu = new ConcurrentHashMap<>();
  private final Map<String, TreeMap<Long, List<byte[]>>> received = new ConcurrentHashMap<>();
  private volatile BiPredicate<String, Long> dropInsteadOfAck = (rsu, sequence) -> false;
  private volatile boolean closed;
  private long nextDownlinkId = 1;

  MiniSessionServer() throws IOException {
    server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    acceptor = new Thread(this::accept, "mini-gateway-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() throws IOException {
    return ((InetSocketAddress) server.getLocalAddress()).getPort();
  }

  /** Drops the connection, without an ACK, on the first DATA frame that matches (once). */
  void dropOnce(BiPredicate<String, Long> rsuAndSequence) {
    dropInsteadOfAck =
        (rsu, sequence) -> {
          if (rsuAndSequence.test(rsu, sequence)) {
            dropInsteadOfAck = (r, s) -> false;
            return true;
          }
          return false;
        };
  }

  /** Every message an RSU sent, in sequence order, each DATA frame once. */
  List<byte[]> messages(String rsuId) {
    TreeMap<Long, List<byte[]>> frames = received.get(rsuId);
    List<byte[]> messages = new ArrayList<>();
    if (frames != null) {
      synchronized (frames) {
        frames.values().forEach(messages::addAll);
      }
    }
    return messages;
  }

  /** Sends a DOWNLINK frame to the RSU's current connection. */
  synchronized void downlink(String rsuId, byte[] frame) throws IOException {
    SocketChannel channel = latestByRsu.get(rsuId);
    if (channel == null) {
      throw new IOException(rsuId + " is not connected");
    }
    write(channel, SessionFrames.downlink(nextDownlinkId++, frame));
  }

  private void accept() {
    while (!closed) {
      try {
        SocketChannel channel = server.accept();
        connections.add(channel);
        Thread reader = new Thread(() -> serve(channel), "mini-gateway-connection");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(SocketChannel channel) {
    SessionFrameParser parser = new SessionFrameParser();
    ByteBuffer input = ByteBuffer.allocate(64 * 1024);
    String rsuId = null;
    try {
      while (!closed && channel.read(input) >= 0) {
        input.flip();
        SessionFrame frame;
        while ((frame = parser.next(input)) != null) {
          if (frame instanceof Hello hello) {
            rsuId = hello.rsuId();
            latestByRsu.put(rsuId, channel);
            write(channel, SessionFrames.helloAck("mini-gateway", 1 << 20, 60_000, 0));
          } else if (frame instanceof Data data) {
            if (dropInsteadOfAck.test(rsuId, data.sequence())) {
              channel.close();
              return;
            }
            TreeMap<Long, List<byte[]>> frames =
                received.computeIfAbsent(rsuId, id -> new TreeMap<>());
            synchronized (frames) {
              frames.putIfAbsent(data.sequence(), data.messages());
            }
            write(channel, SessionFrames.ack(data.sequence(), data.messages().size(), 0));
          } else if (frame instanceof Heartbeat) {
            write(channel, SessionFrames.heartbeat(System.currentTimeMillis() * 1000));
          }
        }
        input.compact();
      }
    } catch (IOException e) {
      // The connection ended.
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        // Already closed.
      }
    }
  }

  private static void write(SocketChannel channel, byte[] frame) throws IOException {
    synchronized (channel) {
      ByteBuffer buffer = ByteBuffer.wrap(frame);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (SocketChannel channel : connections) {
      channel.close();
    }
  }
}
