package org.openv2x.sim.blast;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openv2x.codec.session.FrameType;
import org.openv2x.codec.session.SessionFrames;
import org.openv2x.codec.session.SessionProtocol;

/**
 * A gateway that only speaks the session protocol: {@code HELLO_ACK} to {@code HELLO}, an immediate
 * {@code ACK} (every message accepted) per {@code DATA} frame without looking at its messages,
 * {@code HEARTBEAT} to {@code HEARTBEAT}; everything else is skipped. One thread, non-blocking NIO,
 * nothing allocated per frame: it measures the blast client alone.
 *
 * <p>It reads a connection only while its answers have all been written, so a client that does not
 * read its {@code ACK}s is pushed back by TCP, as by the real gateway.
 *
 * <pre>
 * java ... org.openv2x.sim.blast.NullGateway [--port 0] [--port-file FILE] [--quiet]
 * </pre>
 */
public final class NullGateway implements AutoCloseable {
  private static final int READ_BUFFER_BYTES = 64 * 1024;

  /** The answers to one read buffer always fit (a 12-byte HELLO gets 33 bytes back). */
  private static final int ANSWER_BUFFER_BYTES = 4 * READ_BUFFER_BYTES;

  /** The longest frame prefix staged across reads: a HELLO with the longest id and software. */
  private static final int STAGE_BYTES = SessionProtocol.HEADER_BYTES + 2 + 64 + 255;

  private static final int DATA_PREFIX_BYTES =
      SessionProtocol.HEADER_BYTES + SessionProtocol.DATA_FIXED_BYTES;
  private static final int DATA = FrameType.DATA.code();
  private static final int HELLO = FrameType.HELLO.code();
  private static final int HEARTBEAT = FrameType.HEARTBEAT.code();

  /** The idle timeout announced in {@code HELLO_ACK} unless told otherwise. */
  static final long DEFAULT_IDLE_TIMEOUT_MS = 60_000;

  private final long idleTimeoutMs;

  private final ServerSocketChannel server;
  private final Selector selector;
  private final Thread thread;
  private final ByteBuffer in = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
  private final ByteBuffer answers = ByteBuffer.allocateDirect(ANSWER_BUFFER_BYTES);
  private final List<Connection> connections = new ArrayList<>();
  private volatile boolean closed;

  private long dataFrames;
  private long messages;
  private long heartbeats;
  private long bytesReceived;
  private long connectionsAccepted;
  private volatile long published;

  private static final class Connection {
    final SocketChannel channel;
    final SelectionKey key;
    final byte[] stage = new byte[STAGE_BYTES];
    final ByteBuffer staged = ByteBuffer.wrap(stage);
    int stagedBytes;
    long skipBytes;
    ByteBuffer unwritten;

    Connection(SocketChannel channel, SelectionKey key) {
      this.channel = channel;
      this.key = key;
    }
  }

  private NullGateway(ServerSocketChannel server, Selector selector, long idleTimeoutMs) {
    this.idleTimeoutMs = idleTimeoutMs;
    this.server = server;
    this.selector = selector;
    this.thread = new Thread(this::loop, "null-gateway");
    this.thread.setDaemon(true);
  }

  /** Listens on 127.0.0.1:{@code port} (0: a free port) and serves on its own thread. */
  public static NullGateway start(int port) throws IOException {
    return start(port, DEFAULT_IDLE_TIMEOUT_MS);
  }

  /** Like {@link #start(int)}, announcing this idle timeout in {@code HELLO_ACK}. */
  public static NullGateway start(int port, long idleTimeoutMs) throws IOException {
    Selector selector = Selector.open();
    ServerSocketChannel server = ServerSocketChannel.open();
    try {
      server.bind(new InetSocketAddress("127.0.0.1", port), 1024);
      server.configureBlocking(false);
      server.register(selector, SelectionKey.OP_ACCEPT);
    } catch (IOException e) {
      server.close();
      selector.close();
      throw e;
    }
    NullGateway gateway = new NullGateway(server, selector, idleTimeoutMs);
    gateway.thread.start();
    return gateway;
  }

  public int port() {
    return server.socket().getLocalPort();
  }

  /** {@code DATA} frames received (and acknowledged) so far. */
  public long dataFrames() {
    sync();
    return dataFrames;
  }

  /** Messages in those frames. */
  public long messages() {
    sync();
    return messages;
  }

  /** {@code HEARTBEAT}s received (and answered) so far. */
  public long heartbeats() {
    sync();
    return heartbeats;
  }

  /** Bytes read so far. */
  public long bytesReceived() {
    sync();
    return bytesReceived;
  }

  /** Connections accepted so far. */
  public long connectionsAccepted() {
    sync();
    return connectionsAccepted;
  }

  /** Reads the volatile the serving thread writes after each select, to see its counts. */
  private long sync() {
    return published;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    closed = true;
    selector.wakeup();
    thread.join(TimeUnit.SECONDS.toMillis(10));
  }

  private void loop() {
    try {
      while (!closed) {
        selector.select(this::onKey, 100);
        published = published + 1;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      for (Connection connection : connections) {
        close(connection);
      }
      try {
        server.close();
        selector.close();
      } catch (IOException e) {
        // Closing is best effort at the end.
      }
    }
  }

  private void onKey(SelectionKey key) {
    if (!key.isValid()) {
      return;
    }
    if (key.isAcceptable()) {
      accept();
      return;
    }
    Connection connection = (Connection) key.attachment();
    try {
      if (key.isWritable()) {
        connection.channel.write(connection.unwritten);
        if (!connection.unwritten.hasRemaining()) {
          connection.unwritten.clear();
          key.interestOps(SelectionKey.OP_READ);
        }
        return;
      }
      if (key.isReadable()) {
        read(connection);
      }
    } catch (IOException | RuntimeException e) {
      close(connection);
      connections.remove(connection);
    }
  }

  private void accept() {
    try {
      SocketChannel channel;
      while ((channel = server.accept()) != null) {
        channel.configureBlocking(false);
        channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
        Connection connection = new Connection(channel, key);
        key.attach(connection);
        connections.add(connection);
        connectionsAccepted++;
      }
    } catch (IOException e) {
      // A failed accept loses that one connection only.
    }
  }

  private static void close(Connection connection) {
    connection.key.cancel();
    try {
      connection.channel.close();
    } catch (IOException e) {
      // Best effort.
    }
  }

  private void read(Connection c) throws IOException {
    in.clear();
    int read = c.channel.read(in);
    if (read < 0) {
      close(c);
      connections.remove(c);
      return;
    }
    bytesReceived += read;
    in.flip();
    answers.clear();
    while (in.hasRemaining()) {
      step(c);
    }
    answers.flip();
    if (answers.hasRemaining()) {
      c.channel.write(answers);
      if (answers.hasRemaining()) {
        if (c.unwritten == null || c.unwritten.capacity() < answers.remaining()) {
          c.unwritten = ByteBuffer.allocateDirect(Math.max(answers.remaining(), 64 * 1024));
        }
        c.unwritten.clear();
        c.unwritten.put(answers).flip();
        c.key.interestOps(SelectionKey.OP_WRITE);
      }
    }
  }

  /** Consumes the input up to the end of one frame's prefix, or as far as it goes. */
  private void step(Connection c) throws IOException {
    if (c.skipBytes > 0) {
      int skipped = (int) Math.min(c.skipBytes, in.remaining());
      in.position(in.position() + skipped);
      c.skipBytes -= skipped;
      return;
    }
    int position = in.position();
    if (c.stagedBytes == 0 && in.remaining() >= SessionProtocol.HEADER_BYTES) {
      int type = in.get(position + 3) & 0xFF;
      long length = in.getInt(position + 4) & 0xFFFF_FFFFL;
      checkHeader(in, position);
      int prefix = prefixBytes(type, length);
      if (in.remaining() >= prefix) {
        answer(in, position, type, length);
        in.position(position + prefix);
        c.skipBytes = SessionProtocol.HEADER_BYTES + length - prefix;
        return;
      }
    }
    // The frame's prefix spans reads: stage it.
    int want = SessionProtocol.HEADER_BYTES;
    if (c.stagedBytes >= SessionProtocol.HEADER_BYTES) {
      want = prefixBytes(c.stage[3] & 0xFF, c.staged.getInt(4) & 0xFFFF_FFFFL);
    }
    int copied = Math.min(want - c.stagedBytes, in.remaining());
    in.get(c.stage, c.stagedBytes, copied);
    c.stagedBytes += copied;
    if (c.stagedBytes < want) {
      return;
    }
    if (want == SessionProtocol.HEADER_BYTES) {
      checkHeader(c.staged, 0);
      int type = c.stage[3] & 0xFF;
      long length = c.staged.getInt(4) & 0xFFFF_FFFFL;
      if (prefixBytes(type, length) > SessionProtocol.HEADER_BYTES) {
        return; // stage the rest of the prefix next
      }
    }
    int type = c.stage[3] & 0xFF;
    long length = c.staged.getInt(4) & 0xFFFF_FFFFL;
    answer(c.staged, 0, type, length);
    c.skipBytes = SessionProtocol.HEADER_BYTES + length - c.stagedBytes;
    c.stagedBytes = 0;
  }

  private static void checkHeader(ByteBuffer buffer, int position) throws IOException {
    if (buffer.getShort(position) != (short) SessionProtocol.MAGIC
        || buffer.get(position + 2) != SessionProtocol.VERSION) {
      throw new IOException("bad magic or version: the stream is out of step");
    }
  }

  /** The bytes of a frame this gateway needs to answer it: the rest is skipped unread. */
  private static int prefixBytes(int type, long length) {
    if (type == DATA && length >= SessionProtocol.DATA_FIXED_BYTES) {
      return DATA_PREFIX_BYTES;
    }
    if ((type == HELLO || type == HEARTBEAT)
        && length <= STAGE_BYTES - SessionProtocol.HEADER_BYTES) {
      return SessionProtocol.HEADER_BYTES + (int) length;
    }
    return SessionProtocol.HEADER_BYTES;
  }

  private void answer(ByteBuffer frame, int position, int type, long length) {
    if (type == DATA && length >= SessionProtocol.DATA_FIXED_BYTES) {
      long sequence = frame.getLong(position + SessionProtocol.HEADER_BYTES);
      int count = frame.getShort(position + SessionProtocol.HEADER_BYTES + 8) & 0xFFFF;
      answers.putShort((short) SessionProtocol.MAGIC);
      answers.put((byte) SessionProtocol.VERSION);
      answers.put((byte) FrameType.ACK.code());
      answers.putInt(12);
      answers.putLong(sequence);
      answers.putShort((short) count);
      answers.putShort((short) 0);
      dataFrames++;
      messages += count;
    } else if (type == HELLO) {
      SessionFrames.helloAck(
          answers, "null-gateway", SessionProtocol.DEFAULT_MAX_FRAME_BYTES, idleTimeoutMs, 0);
    } else if (type == HEARTBEAT && length == 8) {
      Instant now = Instant.now();
      SessionFrames.heartbeat(answers, now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000);
      heartbeats++;
    }
  }

  /** Serves until killed; prints the port, and once a second what arrived. */
  public static void main(String[] args) throws Exception {
    int port = 0;
    Path portFile = null;
    boolean quiet = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--port-file" -> portFile = Path.of(args[++i]);
        case "--quiet" -> quiet = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    NullGateway gateway = start(port);
    System.out.println("null-gateway: listening on 127.0.0.1:" + gateway.port());
    if (portFile != null) {
      Path partial = portFile.resolveSibling(portFile.getFileName() + ".tmp");
      Files.writeString(partial, Integer.toString(gateway.port()));
      Files.move(partial, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    long previousMessages = 0;
    long previousNanos = System.nanoTime();
    while (true) {
      Thread.sleep(1000);
      long nowNanos = System.nanoTime();
      long messages = gateway.messages();
      if (!quiet && messages != previousMessages) {
        System.out.printf(
            Locale.ROOT,
            "null-gateway: %,.0f msg/s acknowledged, %,d connections accepted%n",
            (messages - previousMessages) / ((nowNanos - previousNanos) / 1e9),
            gateway.connectionsAccepted());
      }
      previousMessages = messages;
      previousNanos = nowNanos;
    }
  }
}
