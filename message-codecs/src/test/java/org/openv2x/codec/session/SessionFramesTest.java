package org.openv2x.codec.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrame.HelloAck;
import org.openv2x.codec.session.SessionFrame.Unknown;

/** {@link SessionFrames}: round trips, argument checks, buffers, allocation of DATA writing. */
class SessionFramesTest {

  @Test
  void everyFrameTypeRoundTrips() {
    List<SessionFrame> frames =
        List.of(
            new Hello("a", ""),
            new Hello("RSU_1.north:east-" + "x".repeat(47), "é".repeat(127)),
            new HelloAck("", 0, 0, 0),
            new HelloAck("g".repeat(255), 0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFFFF_FFFFL),
            new Data(-1, List.of(new byte[65_535])),
            new Data(0, Collections.nCopies(65_535, new byte[] {5})),
            new Ack(-1, 65_535, 65_535),
            new Downlink(Long.MIN_VALUE, new byte[] {1}),
            new ErrorFrame(65_535, false, 1, ""),
            new ErrorFrame(ErrorCode.FRAME_TOO_LARGE, 3, "x".repeat(65_535)),
            new Heartbeat(-5));
    for (SessionFrame frame : frames) {
      SessionFrameParser parser = new SessionFrameParser(Integer.MAX_VALUE - 8);
      byte[] bytes = SessionFrames.write(frame);
      assertEquals(frame, parser.next(ByteBuffer.wrap(bytes)));
      assertEquals(frame.typeCode(), bytes[3]);
    }
  }

  @Test
  void argumentsAreChecked() {
    assertRefused(() -> SessionFrames.hello("", "x"), "rsuId must be 1..64 bytes, is 0: ''");
    assertRefused(
        () -> SessionFrames.hello("a".repeat(65), "x"), "rsuId must be 1..64 bytes, is 65");
    assertRefused(
        () -> SessionFrames.hello("rsu 1", "x"),
        "rsuId 'rsu 1' has character ' ' at index 3, only [A-Za-z0-9._:-] is allowed");
    assertRefused(
        () -> SessionFrames.hello("rsu-ü", "x"), "rsuId 'rsu-ü' has character 'ü' at index 4");
    assertRefused(
        () -> SessionFrames.hello("rsu", "é".repeat(128)),
        "software must be at most 255 UTF-8 bytes, is 256");
    assertRefused(
        () -> SessionFrames.helloAck("gw", 1L << 32, 0, 0),
        "maxFrameBytes must be 0..4294967295, is 4294967296");
    assertRefused(
        () -> SessionFrames.helloAck("gw", 0, -1, 0), "idleTimeoutMs must be 0..4294967295, is -1");
    assertRefused(
        () -> SessionFrames.data(1, List.of()), "a DATA frame carries 1..65535 messages, not 0");
    assertRefused(
        () -> SessionFrames.data(1, Collections.nCopies(65_536, new byte[1])),
        "a DATA frame carries 1..65535 messages, not 65536");
    assertRefused(
        () -> SessionFrames.data(1, List.of(new byte[1], new byte[0])),
        "DATA message 2 must be 1..65535 bytes, is 0");
    assertRefused(
        () -> SessionFrames.data(1, List.of(new byte[65_536])),
        "DATA message 1 must be 1..65535 bytes, is 65536");
    assertRefused(() -> SessionFrames.ack(1, 65_536, 0), "accepted must be 0..65535, is 65536");
    assertRefused(() -> SessionFrames.ack(1, 0, -1), "rejected must be 0..65535, is -1");
    assertRefused(
        () -> SessionFrames.downlink(1, new byte[0]),
        "DOWNLINK frame must be 1..65535 bytes, is 0");
    assertRefused(
        () -> SessionFrames.error(70_000, false, 0, "x"), "code must be 0..65535, is 70000");
    assertRefused(
        () -> SessionFrames.error(ErrorCode.INTERNAL_ERROR, true, 0, "x".repeat(65_536)),
        "message must be at most 65535 UTF-8 bytes, is 65536");
    assertRefused(
        () -> SessionFrames.write(new Unknown(9, 0)),
        "cannot write Unknown[typeCode=9, payloadLength=0]");
  }

  @Test
  void sliceArgumentsAreChecked() {
    byte[] source = new byte[10];
    assertRefused(
        () -> SessionFrames.data(1, source, new int[] {8}, new int[] {3}, 0, 1),
        "DATA message at index 0 (3 bytes at offset 8) is not inside the source array of 10 bytes");
    assertRefused(
        () -> SessionFrames.data(1, source, new int[] {0, 0}, new int[] {1, 0}, 0, 2),
        "DATA message at index 1 must be 1..65535 bytes, is 0");
    assertRefused(
        () -> SessionFrames.data(1, source, new int[] {0, 0}, new int[] {1, 1}, 1, 2),
        "messages 1..2 are not all inside offsets (2) and lengths (2)");
    assertRefused(
        () -> SessionFrames.data(1, source, new int[] {-1}, new int[] {1}, 0, 1),
        "DATA message at index 0 (1 bytes at offset -1) is not inside");
  }

  @Test
  void aTargetTooSmallIsLeftUntouched() {
    byte[] frame = SessionFrames.data(3, List.of(new byte[] {1, 2, 3}));
    ByteBuffer target = ByteBuffer.allocate(frame.length - 1);
    target.position(0);
    assertThrows(
        BufferOverflowException.class,
        () -> SessionFrames.data(target, 3, List.of(new byte[] {1, 2, 3})));
    assertEquals(0, target.position());
    assertArrayEquals(new byte[frame.length - 1], target.array());
  }

  @Test
  void framesAreBigEndianWhateverTheTargetsOrder() {
    ByteBuffer target = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    target.put((byte) 0x7f);
    SessionFrames.ack(target, 0x0102030405060708L, 0x0a0b, 0x0c0d);
    assertEquals(ByteOrder.LITTLE_ENDIAN, target.order());
    assertEquals(1 + SessionFrames.ACK_FRAME_BYTES, target.position());
    byte[] written = java.util.Arrays.copyOfRange(target.array(), 1, target.position());
    assertArrayEquals(SessionFrames.ack(0x0102030405060708L, 0x0a0b, 0x0c0d), written);
    assertEquals(0x01, written[8]);
    assertEquals(0x0a, written[16]);
  }

  @Test
  void sliceAndListFormsWriteTheSameBytes() {
    byte[] source = new byte[1000];
    for (int i = 0; i < source.length; i++) {
      source[i] = (byte) (i * 7);
    }
    int[] offsets = {0, 10, 500, 990, 3};
    int[] lengths = {10, 1, 300, 10, 77};
    List<byte[]> messages = new ArrayList<>();
    for (int i = 1; i < 5; i++) {
      messages.add(java.util.Arrays.copyOfRange(source, offsets[i], offsets[i] + lengths[i]));
    }
    assertArrayEquals(
        SessionFrames.data(77, messages), SessionFrames.data(77, source, offsets, lengths, 1, 4));
    assertEquals(
        SessionFrames.dataFrameBytes(messages),
        SessionFrames.dataFrameBytes(source, offsets, lengths, 1, 4));
  }

  @Test
  void writingADataFrameOfSlicesAllocatesNothingPerMessage() {
    int count = 20_000;
    byte[] source = new byte[count * 40];
    int[] offsets = new int[count];
    int[] lengths = new int[count];
    for (int i = 0; i < count; i++) {
      offsets[i] = i * 40;
      lengths[i] = 40;
    }
    ByteBuffer target =
        ByteBuffer.allocateDirect(SessionFrames.dataFrameBytes(source, offsets, lengths, 0, count));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().getId();
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      target.clear();
      SessionFrames.data(target, warmUp, source, offsets, lengths, 0, count);
    }
    target.clear();
    long before = threads.getThreadAllocatedBytes(threadId);
    SessionFrames.data(target, 9, source, offsets, lengths, 0, count);
    long allocatedBytes = threads.getThreadAllocatedBytes(threadId) - before;
    assertTrue(
        allocatedBytes < count,
        "writing " + count + " messages allocated " + allocatedBytes + " bytes");
    assertEquals(target.capacity(), target.position());
  }

  @Test
  void parseWantsExactlyOneFrame() {
    byte[] ack = SessionFrames.ack(1, 1, 0);
    byte[] two = new byte[ack.length * 2];
    System.arraycopy(ack, 0, two, 0, ack.length);
    System.arraycopy(ack, 0, two, ack.length, ack.length);
    assertEquals(
        ErrorCode.MALFORMED_PAYLOAD,
        assertThrows(SessionProtocolException.class, () -> SessionFrames.parse(two)).errorCode());
    byte[] cut = java.util.Arrays.copyOf(ack, ack.length - 1);
    assertEquals(
        "MALFORMED_PAYLOAD: not one complete frame: 19 bytes end inside the frame",
        assertThrows(SessionProtocolException.class, () -> SessionFrames.parse(cut)).getMessage());
  }

  @Test
  void errorCodesMatchTheTable() {
    assertEquals(14, ErrorCode.values().length);
    for (ErrorCode code : ErrorCode.values()) {
      assertEquals(code.code() >= 200, code.closing(), code.name());
      assertEquals(code, ErrorCode.fromCode(code.code()).orElseThrow());
    }
    assertEquals(205, ErrorCode.IDLE_TIMEOUT.code());
    assertTrue(ErrorCode.fromCode(104).isEmpty());
    for (FrameType type : FrameType.values()) {
      assertEquals(type, FrameType.fromCode(type.code()).orElseThrow());
    }
    assertEquals(7, FrameType.HEARTBEAT.code());
    assertTrue(FrameType.fromCode(8).isEmpty());
  }

  private static void assertRefused(Executable call, String messageStart) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(
        e.getMessage().startsWith(messageStart),
        "expected a message starting with <" + messageStart + "> but was <" + e.getMessage() + ">");
  }
}
