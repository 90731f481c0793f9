package org.openv2x.codec.session;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.HelloAck;

/**
 * One TCP connection of an {@link RsuSessionClient} after the handshake: the blocking channel, its
 * parser and the bytes read but not yet parsed. Reads happen on the client's reader thread only;
 * writes under the client's write lock.
 */
final class GatewayConnection {
  private static final int READ_BUFFER_BYTES = 64 * 1024;

  final long id;
  final HelloAck helloAck;
  private final SocketChannel channel;
  private final InputStream in;
  private final SessionFrameParser parser;
  private final ByteBuffer readBuffer;

  private GatewayConnection(
      long id,
      SocketChannel channel,
      InputStream in,
      SessionFrameParser parser,
      ByteBuffer readBuffer,
      HelloAck helloAck) {
    this.id = id;
    this.channel = channel;
    this.in = in;
    this.parser = parser;
    this.readBuffer = readBuffer;
    this.helloAck = helloAck;
  }

  /**
   * Connects, sends {@code HELLO} and reads until {@code HELLO_ACK}. Frames before it go to {@code
   * earlyFrames}; a closing {@code ERROR} before it is a {@link SessionRefusedException}.
   *
   * @param opening receives the channel as soon as it exists, so that {@code close()} can abort the
   *     handshake
   */
  static GatewayConnection open(
      long id,
      RsuSessionClientConfig config,
      Consumer<SocketChannel> opening,
      Consumer<SessionFrame> earlyFrames)
      throws IOException {
    SocketChannel channel = SocketChannel.open();
    opening.accept(channel);
    try {
      channel.socket().setTcpNoDelay(true);
      channel
          .socket()
          .connect(new InetSocketAddress(config.host(), config.port()), config.connectTimeoutMs());
      writeFully(channel, ByteBuffer.wrap(SessionFrames.hello(config.rsuId(), config.software())));
      channel.socket().setSoTimeout(config.helloAckTimeoutMs());
      InputStream in = channel.socket().getInputStream();
      SessionFrameParser parser = new SessionFrameParser(config.maxReceiveFrameBytes());
      ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER_BYTES).limit(0);
      long deadlineNanos = System.nanoTime() + config.helloAckTimeoutMs() * 1_000_000L;
      while (true) {
        SessionFrame frame;
        while ((frame = parser.next(readBuffer)) != null) {
          if (frame instanceof HelloAck helloAck) {
            return new GatewayConnection(id, channel, in, parser, readBuffer, helloAck);
          }
          if (frame instanceof ErrorFrame error && error.closing()) {
            earlyFrames.accept(error);
            throw new SessionRefusedException(error);
          }
          earlyFrames.accept(frame);
        }
        if (System.nanoTime() - deadlineNanos > 0) {
          throw new SocketTimeoutException(
              "no HELLO_ACK within " + config.helloAckTimeoutMs() + " ms");
        }
        try {
          fill(in, readBuffer);
        } catch (SocketTimeoutException e) {
          throw new SocketTimeoutException(
              "no HELLO_ACK within " + config.helloAckTimeoutMs() + " ms");
        }
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Sets how long a {@link #readFrame} waits for bytes before it returns null. */
  void readTimeoutMs(int readTimeoutMs) throws IOException {
    channel.socket().setSoTimeout(readTimeoutMs);
  }

  /**
   * The next frame from the gateway, reading as needed; null if the read timeout passed first.
   *
   * @throws SessionProtocolException on malformed input (the connection goes on unless it is {@code
   *     closing})
   */
  SessionFrame readFrame() throws IOException {
    while (true) {
      SessionFrame frame = parser.next(readBuffer);
      if (frame != null) {
        return frame;
      }
      try {
        fill(in, readBuffer);
      } catch (SocketTimeoutException e) {
        return null;
      }
    }
  }

  /** Writes all of {@code frame}'s remaining bytes. */
  void write(ByteBuffer frame) throws IOException {
    writeFully(channel, frame);
  }

  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing is best effort: the connection is being given up.
    }
  }

  private static void fill(InputStream in, ByteBuffer readBuffer) throws IOException {
    int read = in.read(readBuffer.array(), 0, readBuffer.capacity());
    if (read < 0) {
      throw new EOFException("the gateway closed the connection");
    }
    readBuffer.position(0).limit(read);
  }

  private static void writeFully(SocketChannel channel, ByteBuffer frame) throws IOException {
    while (frame.hasRemaining()) {
      channel.write(frame);
    }
  }
}
