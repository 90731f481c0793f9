package org.openv2x.gateway;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A deliberately low-level client of the session protocol for tests: it writes exactly the bytes it
 * is told (also broken ones) and reads frames back.
 */
final class RawSession implements AutoCloseable {
  static final int HELLO = 1;
  static final int HELLO_ACK = 2;
  static final int DATA = 3;
  static final int ACK = 4;
  static final int DOWNLINK = 5;
  static final int ERROR = 6;
  static final int HEARTBEAT = 7;

  /** A frame read from the gateway. */
  record Frame(int type, byte[] payload) {
    ByteBuffer buffer() {
      return ByteBuffer.wrap(payload);
    }

    long ackSequence() {
      return buffer().getLong(0);
    }

    int ackAccepted() {
      return buffer().getShort(8) & 0xFFFF;
    }

    int ackRejected() {
      return buffer().getShort(10) & 0xFFFF;
    }

    int errorCode() {
      return buffer().getShort(0) & 0xFFFF;
    }

    boolean errorClosing() {
      return payload[2] == 1;
    }

    long errorSequence() {
      return buffer().getLong(3);
    }

    String errorMessage() {
      int length = buffer().getShort(11) & 0xFFFF;
      return new String(payload, 13, length, StandardCharsets.UTF_8);
    }
  }

  private final Socket socket;
  private final DataOutputStream out;
  private final DataInputStream in;

  RawSession(String host, int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), 5_000);
    socket.setSoTimeout(15_000);
    socket.setTcpNoDelay(true);
    out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 1 << 16));
    in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
  }

  static byte[] frame(int type, byte[] payload) {
    ByteBuffer buffer = ByteBuffer.allocate(8 + payload.length);
    buffer.putShort((short) 0x5632).put((byte) 1).put((byte) type).putInt(payload.length);
    buffer.put(payload);
    return buffer.array();
  }

  static byte[] helloPayload(String rsuId) {
    byte[] id = rsuId.getBytes(StandardCharsets.UTF_8);
    byte[] software = "test/1".getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(2 + id.length + software.length);
    buffer.put((byte) id.length).put(id).put((byte) software.length).put(software);
    return buffer.array();
  }

  static byte[] dataPayload(long sequence, List<byte[]> messages) {
    int size = 10;
    for (byte[] message : messages) {
      size += 2 + message.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(size);
    buffer.putLong(sequence).putShort((short) messages.size());
    for (byte[] message : messages) {
      buffer.putShort((short) message.length).put(message);
    }
    return buffer.array();
  }

  void write(byte[] bytes) throws IOException {
    out.write(bytes);
  }

  void flush() throws IOException {
    out.flush();
  }

  void hello(String rsuId) throws IOException {
    write(frame(HELLO, helloPayload(rsuId)));
    flush();
    Frame ack = read();
    if (ack.type() != HELLO_ACK) {
      throw new IOException("expected HELLO_ACK, got type " + ack.type());
    }
  }

  void data(long sequence, List<byte[]> messages) throws IOException {
    write(frame(DATA, dataPayload(sequence, messages)));
  }

  /** Reads the next frame; skips heartbeats. */
  Frame read() throws IOException {
    while (true) {
      int magic = in.readUnsignedShort();
      if (magic != 0x5632) {
        throw new IOException("bad magic from the gateway: " + Integer.toHexString(magic));
      }
      in.readUnsignedByte();
      int type = in.readUnsignedByte();
      int length = in.readInt();
      byte[] payload = new byte[length];
      in.readFully(payload);
      if (type != HEARTBEAT) {
        return new Frame(type, payload);
      }
    }
  }

  /** Reads the next frame, or null when the gateway closed the connection. */
  Frame readOrNull() throws IOException {
    try {
      return read();
    } catch (EOFException e) {
      return null;
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (IOException e) {
      return null;
    }
  }

  Frame expect(int type) throws IOException {
    Frame frame = read();
    if (frame.type() != type) {
      String detail =
          frame.type() == ERROR
              ? " (error " + frame.errorCode() + ": " + frame.errorMessage() + ")"
              : "";
      throw new AssertionError("expected frame type " + type + ", got " + frame.type() + detail);
    }
    return frame;
  }

  void setReadTimeoutMs(int ms) throws IOException {
    socket.setSoTimeout(ms);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
