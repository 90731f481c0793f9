package org.openv2x.platform;

import com.google.protobuf.ByteString;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos;

/** Record values of each platform topic kind, built from the codec's test vectors. */
final class TestRecords {
  /** The raw bytes of the dead letter built by {@link #deadLetter()}. */
  static final byte[] DEAD_RAW = {0x01, (byte) 0xab, 0x7f};

  private TestRecords() {}

  /** The decoded test vector {@code name}. */
  static MessageFrame frame(String name) {
    return new UperCodec().decode(TestVectors.vector(name));
  }

  /** A V2xEnvelope around test vector {@code name}, as the gateway would publish it. */
  static FrameProtos.V2xEnvelope envelope(String name, long sequence) {
    MessageFrame frame = frame(name);
    return FrameProtos.V2xEnvelope.newBuilder()
        .setSourceRsuId("rsu-17")
        .setGatewayId("gw-1")
        .setGatewayReceiveTimeEpochUs(1_767_225_600_123_456L)
        .setTransport(FrameProtos.Transport.TRANSPORT_TCP)
        .setMessageType(ProtoCodec.toProto(frame.type()))
        .setFrame(ProtoCodec.toProto(frame))
        .setGatewaySequence(sequence)
        .build();
  }

  /** A DeadLetter with some fields at their default (bitOffset 0 is not, batchSequence is). */
  static FrameProtos.DeadLetter deadLetter() {
    return FrameProtos.DeadLetter.newBuilder()
        .setSourceRsuId("rsu-9")
        .setSourceAddress("10.0.0.9:40000")
        .setGatewayId("gw-1")
        .setGatewaySequence(77)
        .setGatewayReceiveTimeEpochUs(1_767_225_600_000_001L)
        .setTransport(FrameProtos.Transport.TRANSPORT_UDP)
        .setReason("VALUE_OUT_OF_RANGE")
        .setFieldPath("bsmFrame.speed")
        .setBitOffset(93)
        .setDetail("8191 is above 8190")
        .setRaw(ByteString.copyFrom(DEAD_RAW))
        .setRawLength(DEAD_RAW.length)
        .build();
  }
}
