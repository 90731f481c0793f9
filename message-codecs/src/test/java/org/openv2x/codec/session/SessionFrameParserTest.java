package org.openv2x.codec.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrame.HelloAck;
import org.openv2x.codec.session.SessionFrame.Unknown;

/** {@link SessionFrameParser}: chunking, skipping, and one case per kind of malformed input. */
class SessionFrameParserTest {
  private static final int MAX_FRAME_BYTES = 4096;

  /** What the parser made of the stream: a frame, or an error with its message. */
  record Event(SessionFrame frame, ErrorCode error, String message) {}

  // ---- chunking ----

  @Test
  void theSameFramesComeOutWhateverTheChunking() {
    long seed = Long.getLong("test.seed", System.nanoTime());
    System.out.println("SessionFrameParserTest chunking seed " + seed);
    Random random = new Random(seed);
    List<Event> expected = new ArrayList<>();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int i = 0; i < 300; i++) {
      appendRandomFrame(random, stream, expected);
    }
    byte[] bytes = stream.toByteArray();

    assertEquals(expected, parseInChunks(bytes, new int[] {bytes.length}, false), "seed " + seed);
    int[] oneByte = new int[bytes.length];
    java.util.Arrays.fill(oneByte, 1);
    assertEquals(expected, parseInChunks(bytes, oneByte, true), "seed " + seed);
    for (int run = 0; run < 40; run++) {
      List<Integer> sizes = new ArrayList<>();
      int left = bytes.length;
      int maxChunk = 1 + random.nextInt(run % 2 == 0 ? 64 : 20_000);
      while (left > 0) {
        int size = Math.min(left, 1 + random.nextInt(maxChunk));
        sizes.add(size);
        left -= size;
      }
      int[] chunkSizes = sizes.stream().mapToInt(Integer::intValue).toArray();
      assertEquals(
          expected, parseInChunks(bytes, chunkSizes, run % 3 == 0), "seed " + seed + " run " + run);
    }
  }

  private static List<Event> parseInChunks(byte[] bytes, int[] chunkSizes, boolean direct) {
    SessionFrameParser parser = new SessionFrameParser(MAX_FRAME_BYTES);
    List<Event> events = new ArrayList<>();
    int largest = java.util.Arrays.stream(chunkSizes).max().orElse(0);
    // Chunks start 3 bytes into the buffer, which is little-endian: neither may matter.
    ByteBuffer chunk =
        direct ? ByteBuffer.allocateDirect(largest + 3) : ByteBuffer.allocate(largest + 3);
    chunk.order(ByteOrder.LITTLE_ENDIAN);
    int offset = 0;
    for (int size : chunkSizes) {
      chunk.clear().position(3);
      chunk.put(bytes, offset, size).flip().position(3);
      offset += size;
      while (true) {
        try {
          SessionFrame frame = parser.next(chunk);
          if (frame == null) {
            break;
          }
          events.add(new Event(frame, null, null));
        } catch (SessionProtocolException e) {
          events.add(new Event(null, e.errorCode(), e.getMessage()));
        }
      }
      assertFalse(chunk.hasRemaining());
    }
    assertFalse(parser.hasPartialFrame());
    return events;
  }

  private static void appendRandomFrame(
      Random random, ByteArrayOutputStream stream, List<Event> expected) {
    int kind = random.nextInt(10);
    SessionFrame frame =
        switch (kind) {
          case 0 -> new Hello("rsu-" + random.nextInt(1000), "sim/" + random.nextInt(10));
          case 1 -> new HelloAck("gw-" + random.nextInt(9), MAX_FRAME_BYTES, 60_000, 0);
          case 2, 3 -> new Data(random.nextLong(), randomMessages(random));
          case 4 -> new Ack(random.nextLong(), random.nextInt(65_536), random.nextInt(65_536));
          case 5 -> new Downlink(random.nextLong(), randomBytes(random, 1 + random.nextInt(500)));
          case 6 -> new ErrorFrame(random.nextInt(65_536), random.nextBoolean(), 7, "é " + kind);
          case 7 -> new Heartbeat(random.nextLong());
          default -> null;
        };
    if (frame != null) {
      stream.writeBytes(SessionFrames.write(frame));
      expected.add(new Event(frame, null, null));
    } else if (kind == 8) {
      int type = 8 + random.nextInt(248);
      int length = random.nextInt(300);
      stream.writeBytes(frame(type, randomBytes(random, length)));
      expected.add(new Event(new Unknown(type, length), null, null));
    } else {
      int length = MAX_FRAME_BYTES + 1 + random.nextInt(10_000);
      stream.writeBytes(frame(FrameType.DATA.code(), randomBytes(random, length)));
      expected.add(
          new Event(
              null,
              ErrorCode.FRAME_TOO_LARGE,
              "FRAME_TOO_LARGE: DATA frame declares "
                  + length
                  + " payload bytes, more than the max frame bytes 4096"));
    }
  }

  private static List<byte[]> randomMessages(Random random) {
    List<byte[]> messages = new ArrayList<>();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      messages.add(randomBytes(random, 1 + random.nextInt(200)));
    }
    return messages;
  }

  // ---- header faults ----

  @Test
  void badMagicStopsTheStream() {
    SessionFrameParser parser = new SessionFrameParser();
    ByteBuffer input = ByteBuffer.wrap("GET / HTTP/1.1\r\n".getBytes());
    SessionProtocolException e =
        assertThrows(SessionProtocolException.class, () -> parser.next(input));
    assertEquals(ErrorCode.BAD_MAGIC, e.errorCode());
    assertTrue(e.closing());
    assertEquals(
        "BAD_MAGIC: the header starts with 0x47 0x45, not \"V2\" (0x56 0x32)", e.getMessage());
    assertArrayEquals("GET / HT".getBytes(), e.unparsedBytes());
    ByteBuffer valid = ByteBuffer.wrap(SessionFrames.heartbeat(1));
    assertSame(e, assertThrows(SessionProtocolException.class, () -> parser.next(valid)));
  }

  @Test
  void secondMagicByteIsChecked() {
    byte[] bytes = SessionFrames.heartbeat(1);
    bytes[1] = 0x33;
    assertEquals(ErrorCode.BAD_MAGIC, fault(bytes).errorCode());
  }

  @Test
  void otherVersionsAreRefused() {
    byte[] bytes = SessionFrames.heartbeat(1);
    bytes[2] = 2;
    SessionProtocolException e = fault(bytes);
    assertEquals(ErrorCode.UNSUPPORTED_VERSION, e.errorCode());
    assertTrue(e.closing());
    assertEquals(
        "UNSUPPORTED_VERSION: the header has version 2, this side speaks version 1",
        e.getMessage());
  }

  @Test
  void aFrameTooLargeIsSkippedWithoutStoppingTheStream() {
    SessionFrameParser parser = new SessionFrameParser(100);
    byte[] big = frame(FrameType.DOWNLINK.code(), new byte[101]);
    ByteBuffer first = ByteBuffer.wrap(java.util.Arrays.copyOf(big, 20));
    SessionProtocolException e =
        assertThrows(SessionProtocolException.class, () -> parser.next(first));
    assertEquals(ErrorCode.FRAME_TOO_LARGE, e.errorCode());
    assertFalse(e.closing());
    assertEquals(FrameType.DOWNLINK.code(), e.frameTypeCode());
    assertEquals(0, e.unparsedBytes().length);
    assertEquals(
        "FRAME_TOO_LARGE: DOWNLINK frame declares 101 payload bytes, more than the max frame bytes"
            + " 100",
        e.getMessage());
    assertNull(parser.next(first));
    assertTrue(parser.hasPartialFrame());
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    rest.write(big, 20, big.length - 20);
    rest.writeBytes(SessionFrames.heartbeat(42));
    assertEquals(new Heartbeat(42), parser.next(ByteBuffer.wrap(rest.toByteArray())));
  }

  @Test
  void aFrameOfExactlyMaxFrameBytesIsAccepted() {
    SessionFrameParser parser = new SessionFrameParser(18);
    byte[] bytes = SessionFrames.downlink(5, new byte[8]);
    assertEquals(new Downlink(5, new byte[8]), parser.next(ByteBuffer.wrap(bytes)));
  }

  @Test
  void unknownTypesAreSkipped() {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(frame(0x00, new byte[3]));
    stream.writeBytes(frame(0x42, new byte[0]));
    stream.writeBytes(SessionFrames.ack(3, 1, 0));
    SessionFrameParser parser = new SessionFrameParser();
    List<SessionFrame> frames = new ArrayList<>();
    parser.feed(ByteBuffer.wrap(stream.toByteArray()), frames::add);
    assertEquals(List.of(new Unknown(0, 3), new Unknown(0x42, 0), new Ack(3, 1, 0)), frames);
  }

  // ---- DATA faults ----

  @Test
  void dataMessageRunningPastThePayload() {
    ByteBuffer payload = ByteBuffer.allocate(10 + 5 + 3 + 2 + 12);
    payload.putLong(9).putShort((short) 5);
    payload.putShort((short) 3).put(new byte[] {1, 2, 3});
    payload.putShort((short) 1).put((byte) 4);
    payload.putShort((short) 300).put(new byte[12]);
    SessionProtocolException e = fault(frame(FrameType.DATA.code(), payload.array()));
    assertEquals(ErrorCode.MALFORMED_PAYLOAD, e.errorCode());
    assertFalse(e.closing());
    assertEquals(
        "MALFORMED_PAYLOAD: DATA message 3 of 5 declares 300 bytes, 12 left in the payload",
        e.getMessage());
    assertEquals(9, e.sequence());
    assertEquals(2, e.parsedMessages().size());
    assertArrayEquals(new byte[] {1, 2, 3}, e.parsedMessages().get(0));
    assertArrayEquals(new byte[] {4}, e.parsedMessages().get(1));
    assertEquals(14, e.unparsedBytes().length, "the faulty message's length prefix and the rest");
  }

  @Test
  void dataWithBytesLeftOver() {
    ByteBuffer payload = ByteBuffer.allocate(10 + 3 + 4);
    payload.putLong(2).putShort((short) 1).putShort((short) 1).put((byte) 7).put(new byte[4]);
    SessionProtocolException e = fault(frame(FrameType.DATA.code(), payload.array()));
    assertEquals(ErrorCode.MALFORMED_PAYLOAD, e.errorCode());
    assertEquals(
        "MALFORMED_PAYLOAD: DATA declares 1 messages, 4 bytes are left over after the last",
        e.getMessage());
    assertEquals(1, e.parsedMessages().size());
    assertArrayEquals(new byte[4], e.unparsedBytes());
  }

  @Test
  void dataFaults() {
    assertMalformed(
        frame(FrameType.DATA.code(), new byte[5]),
        "DATA payload ends inside sequence: needs 8 bytes, 5 left");
    assertMalformed(
        frame(FrameType.DATA.code(), new byte[10]), "DATA count is 0, must be 1..65535");
    ByteBuffer zeroLength = ByteBuffer.allocate(14);
    zeroLength.putLong(1).putShort((short) 2).putShort((short) 0).putShort((short) 0);
    assertMalformed(
        frame(FrameType.DATA.code(), zeroLength.array()),
        "DATA message 1 of 2 declares 0 bytes, must be 1..65535");
    ByteBuffer noLength = ByteBuffer.allocate(14);
    noLength.putLong(1).putShort((short) 2).putShort((short) 1).put((byte) 1).put((byte) 0);
    assertMalformed(
        frame(FrameType.DATA.code(), noLength.array()),
        "DATA message 2 of 2 has no length: 1 bytes left in the payload");
  }

  // ---- other payload faults ----

  @Test
  void helloFaults() {
    assertMalformed(frame(1), "HELLO payload ends inside rsuIdLength: needs 1 bytes, 0 left");
    assertMalformed(frame(1, 0, 0), "HELLO rsuIdLength is 0, must be 1..64");
    byte[] longId = new byte[67];
    longId[0] = 65;
    java.util.Arrays.fill(longId, 1, 66, (byte) 'a');
    assertMalformed(frame(1, longId), "HELLO rsuIdLength is 65, must be 1..64");
    assertMalformed(
        frame(1, 3, 'a', ' ', 'b', 0),
        "HELLO rsuId has byte 0x20 at index 1, only [A-Za-z0-9._:-] is allowed");
    assertMalformed(
        frame(1, 5, 'a', 'b'), "HELLO payload ends inside rsuId: needs 5 bytes, 2 left");
    assertMalformed(
        frame(1, 1, 'a'), "HELLO payload ends inside softwareLength: needs 1 bytes, 0 left");
    assertMalformed(
        frame(1, 1, 'a', 4, 'x'), "HELLO payload ends inside software: needs 4 bytes, 1 left");
    assertMalformed(frame(1, 1, 'a', 1, 0xff), "HELLO software is not valid UTF-8");
    assertMalformed(frame(1, 1, 'a', 0, 9), "HELLO payload has 1 bytes after its last field");
  }

  @Test
  void fixedLayoutFaults() {
    assertMalformed(
        frame(FrameType.HELLO_ACK.code(), 0, 0, 0, 0, 0, 0, 0),
        "HELLO_ACK payload ends inside idleTimeoutMs: needs 4 bytes, 2 left");
    assertMalformed(
        frame(FrameType.ACK.code(), new byte[11]),
        "ACK payload ends inside rejected: needs 2 bytes, 1 left");
    assertMalformed(
        frame(FrameType.ACK.code(), new byte[13]), "ACK payload has 1 bytes after its last field");
    assertMalformed(
        frame(FrameType.HEARTBEAT.code(), new byte[7]),
        "HEARTBEAT payload ends inside senderTimeEpochUs: needs 8 bytes, 7 left");
    assertMalformed(
        frame(FrameType.HEARTBEAT.code(), new byte[9]),
        "HEARTBEAT payload has 1 bytes after its last field");
  }

  @Test
  void downlinkAndErrorFaults() {
    assertMalformed(
        frame(FrameType.DOWNLINK.code(), new byte[10]), "DOWNLINK length is 0, must be 1..65535");
    assertMalformed(
        frame(FrameType.DOWNLINK.code(), 0, 0, 0, 0, 0, 0, 0, 1, 0, 3, 1),
        "DOWNLINK payload ends inside its frame: needs 3 bytes, 1 left");
    assertMalformed(
        frame(FrameType.ERROR.code(), 0, 100, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        "ERROR closing is 2, must be 0 or 1");
    assertMalformed(
        frame(FrameType.ERROR.code(), 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xc3),
        "ERROR message is not valid UTF-8");
  }

  @Test
  void theStreamGoesOnAfterAMalformedPayload() {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(frame(FrameType.ACK.code(), new byte[3]));
    stream.writeBytes(SessionFrames.ack(8, 1, 1));
    SessionFrameParser parser = new SessionFrameParser();
    ByteBuffer input = ByteBuffer.wrap(stream.toByteArray());
    SessionProtocolException e =
        assertThrows(SessionProtocolException.class, () -> parser.next(input));
    assertEquals(FrameType.ACK.code(), e.frameTypeCode());
    assertArrayEquals(new byte[3], e.unparsedBytes());
    assertEquals(new Ack(8, 1, 1), parser.next(input));
    assertFalse(input.hasRemaining());
  }

  // ---- robustness ----

  @Test
  void randomInputThrowsNothingButSessionProtocolException() {
    long seed = Long.getLong("test.seed", System.nanoTime());
    System.out.println("SessionFrameParserTest random input seed " + seed);
    Random random = new Random(seed);
    List<byte[]> valid =
        List.of(
            SessionFrames.hello("rsu-1", "x"),
            SessionFrames.helloAck("gw", 1, 2, 3),
            SessionFrames.data(1, List.of(new byte[] {1, 2}, new byte[] {3})),
            SessionFrames.ack(1, 2, 3),
            SessionFrames.downlink(1, new byte[] {9}),
            SessionFrames.error(ErrorCode.REPLACED, true, 0, "replaced"),
            SessionFrames.heartbeat(5));
    for (int i = 0; i < 20_000; i++) {
      byte[] input;
      if (i % 2 == 0) {
        input = valid.get(random.nextInt(valid.size())).clone();
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
          int at = 3 + random.nextInt(input.length - 3); // keep magic and version: go deeper
          input[at] = (byte) random.nextInt(256);
        }
      } else {
        input = randomBytes(random, random.nextInt(64));
        if (random.nextBoolean() && input.length >= 3) {
          input[0] = SessionProtocol.MAGIC_BYTE_0;
          input[1] = SessionProtocol.MAGIC_BYTE_1;
          input[2] = 1;
        }
      }
      SessionFrameParser parser = new SessionFrameParser(256);
      ByteBuffer buffer = ByteBuffer.wrap(input);
      try {
        while (parser.next(buffer) != null) {
          // keep reading
        }
      } catch (SessionProtocolException e) {
        assertTrue(e.getMessage().startsWith(e.errorCode().name()), "seed " + seed);
      }
    }
  }

  // ---- helpers ----

  private static SessionProtocolException fault(byte[] bytes) {
    SessionFrameParser parser = new SessionFrameParser();
    return assertThrows(SessionProtocolException.class, () -> parser.next(ByteBuffer.wrap(bytes)));
  }

  private static void assertMalformed(byte[] bytes, String detail) {
    SessionProtocolException e = fault(bytes);
    assertEquals(ErrorCode.MALFORMED_PAYLOAD, e.errorCode(), detail);
    assertEquals("MALFORMED_PAYLOAD: " + detail, e.getMessage());
  }

  /** A frame with a correct header around {@code payload}. */
  static byte[] frame(int type, byte[] payload) {
    ByteBuffer buffer = ByteBuffer.allocate(8 + payload.length);
    buffer.put((byte) 0x56).put((byte) 0x32).put((byte) 1).put((byte) type).putInt(payload.length);
    return buffer.put(payload).array();
  }

  /** A frame with a correct header around payload bytes given as ints. */
  static byte[] frame(int type, int... payload) {
    byte[] bytes = new byte[payload.length];
    for (int i = 0; i < payload.length; i++) {
      bytes[i] = (byte) payload[i];
    }
    return frame(type, bytes);
  }

  static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
