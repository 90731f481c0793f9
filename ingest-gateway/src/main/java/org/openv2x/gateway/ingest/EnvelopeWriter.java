package org.openv2x.gateway.ingest;

import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.ProtoWriter;
import org.openv2x.proto.v1.FrameProtos;

/**
 * Writes {@code V2xEnvelope} protobuf bytes straight into a reusable buffer, field by field in
 * field-number order and leaving out proto3 defaults, so that the bytes are the same as the
 * generated builder's ({@code EnvelopeWriterTest} checks it) without building the envelope object;
 * the frame itself comes from {@link ProtoWriter} (BSMs straight from the model). Not thread-safe:
 * one per I/O thread.
 */
final class EnvelopeWriter {
  private static final int SOURCE_RSU_ID = 1;
  private static final int GATEWAY_ID = 2;
  private static final int RECEIVE_TIME = 3;
  private static final int TRANSPORT = 4;
  private static final int MESSAGE_TYPE = 5;
  private static final int FRAME = 6;
  private static final int SEQUENCE = 7;

  private final String gatewayId;
  private final int gatewayIdSize;
  private final ProtoWriter frames = new ProtoWriter();
  private byte[] buffer = new byte[1024];
  private int length;

  EnvelopeWriter(String gatewayId) {
    this.gatewayId = gatewayId;
    this.gatewayIdSize = CodedOutputStream.computeStringSize(GATEWAY_ID, gatewayId);
  }

  /** Writes the envelope; the bytes are {@link #buffer()}{@code [0, }{@link #length()}{@code )}. */
  void write(
      String sourceRsuId,
      long receiveTimeEpochUs,
      FrameProtos.Transport transport,
      MessageFrame frame,
      long sequence) {
    int frameSize = frames.frameSize(frame);
    int messageType = ProtoCodec.toProto(frame.type()).getNumber();
    int size =
        (sourceRsuId.isEmpty()
                ? 0
                : CodedOutputStream.computeStringSize(SOURCE_RSU_ID, sourceRsuId))
            + (gatewayId.isEmpty() ? 0 : gatewayIdSize)
            + (receiveTimeEpochUs == 0
                ? 0
                : CodedOutputStream.computeInt64Size(RECEIVE_TIME, receiveTimeEpochUs))
            + (transport.getNumber() == 0
                ? 0
                : CodedOutputStream.computeEnumSize(TRANSPORT, transport.getNumber()))
            + (messageType == 0 ? 0 : CodedOutputStream.computeEnumSize(MESSAGE_TYPE, messageType))
            + CodedOutputStream.computeTagSize(FRAME)
            + CodedOutputStream.computeUInt32SizeNoTag(frameSize)
            + frameSize
            + (sequence == 0 ? 0 : CodedOutputStream.computeUInt64Size(SEQUENCE, sequence));
    if (buffer.length < size) {
      buffer = new byte[Math.max(size, buffer.length * 2)];
    }
    CodedOutputStream out = CodedOutputStream.newInstance(buffer, 0, size);
    try {
      if (!sourceRsuId.isEmpty()) {
        out.writeString(SOURCE_RSU_ID, sourceRsuId);
      }
      if (!gatewayId.isEmpty()) {
        out.writeString(GATEWAY_ID, gatewayId);
      }
      if (receiveTimeEpochUs != 0) {
        out.writeInt64(RECEIVE_TIME, receiveTimeEpochUs);
      }
      if (transport.getNumber() != 0) {
        out.writeEnum(TRANSPORT, transport.getNumber());
      }
      if (messageType != 0) {
        out.writeEnum(MESSAGE_TYPE, messageType);
      }
      out.writeTag(FRAME, com.google.protobuf.WireFormat.WIRETYPE_LENGTH_DELIMITED);
      out.writeUInt32NoTag(frameSize);
      frames.writeFrame(frame, out);
      if (sequence != 0) {
        out.writeUInt64(SEQUENCE, sequence);
      }
      out.checkNoSpaceLeft();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    length = size;
  }

  byte[] buffer() {
    return buffer;
  }

  int length() {
    return length;
  }
}
