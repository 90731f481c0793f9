package org.openv2x.codec;

import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.util.Objects;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.bsm.BsmProtoWriter;
import org.openv2x.codec.common.NestedSizes;
import org.openv2x.proto.v1.FrameProtos;

/**
 * Serializes a {@link MessageFrame} as the protobuf message {@code v2x.v1.MessageFrame} (the oneof
 * of {@code frame.proto}): exactly the bytes of {@code ProtoCodec.toProto(frame).toByteArray()}.
 *
 * <p>A BSM is written straight from the model with {@link CodedOutputStream}, without building
 * protobuf-java messages: a size pass records the size of every nested message in a reused array
 * ({@link NestedSizes}), a write pass writes the fields. The other four messages go through {@link
 * ProtoCodec#toProto(MessageFrame)}.
 *
 * <p>{@link #frameSize} runs the size pass; a following {@link #writeFrame} of the same frame
 * instance reuses it (a different frame is sized again). To embed the frame as a message field of
 * another message, e.g. {@code V2xEnvelope.frame = 6}:
 *
 * <pre>{@code
 * out.writeTag(6, WireFormat.WIRETYPE_LENGTH_DELIMITED);
 * out.writeUInt32NoTag(writer.frameSize(frame));
 * writer.writeFrame(frame, out);
 * }</pre>
 *
 * Not thread-safe (it reuses its size array and remembers the last frame sized): one per thread,
 * like {@link UperCodec}.
 */
public final class ProtoWriter {
  /** {@code MessageFrame.bsm_frame}. */
  private static final int BSM_FRAME_FIELD = 1;

  private final NestedSizes sizes = new NestedSizes();

  /** The frame of the last size pass, or null. */
  private MessageFrame sizedFrame;

  /** Its serialized size. */
  private int sizedFrameBytes;

  /** For a frame other than a BSM: its protobuf message, built by the size pass. */
  private FrameProtos.MessageFrame sizedProto;

  /** The serialized size of the {@code v2x.v1.MessageFrame} holding {@code frame}, in bytes. */
  public int frameSize(MessageFrame frame) {
    Objects.requireNonNull(frame, "frame");
    sizedFrame = null;
    sizedProto = null;
    if (frame instanceof BasicSafetyMessage bsm) {
      sizes.clear();
      sizedFrameBytes = NestedSizes.fieldSize(BSM_FRAME_FIELD, BsmProtoWriter.size(sizes, bsm));
    } else {
      sizedProto = ProtoCodec.toProto(frame);
      sizedFrameBytes = sizedProto.getSerializedSize();
    }
    sizedFrame = frame;
    return sizedFrameBytes;
  }

  /**
   * Writes the {@code v2x.v1.MessageFrame} holding {@code frame} to {@code out}: {@link
   * #frameSize(MessageFrame)} bytes. {@code out} is not flushed.
   *
   * @throws IOException from {@code out}, e.g. {@link CodedOutputStream.OutOfSpaceException} when
   *     an array-backed stream has too little space left
   */
  public void writeFrame(MessageFrame frame, CodedOutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    if (frame != sizedFrame) {
      frameSize(frame);
    }
    int start = out.getTotalBytesWritten();
    if (sizedProto != null) {
      sizedProto.writeTo(out);
    } else {
      sizes.rewind();
      BsmProtoWriter.write(sizes, BSM_FRAME_FIELD, (BasicSafetyMessage) frame, out);
      if (!sizes.allConsumed()) {
        throw new IllegalStateException("the write pass left nested message sizes unused");
      }
    }
    int written = out.getTotalBytesWritten() - start;
    if (written != sizedFrameBytes) {
      throw new IllegalStateException(
          "wrote " + written + " bytes of a frame sized " + sizedFrameBytes + " bytes");
    }
  }

  /** The serialized {@code v2x.v1.MessageFrame} holding {@code frame}, in a new array. */
  public byte[] toByteArray(MessageFrame frame) {
    byte[] bytes = new byte[frameSize(frame)];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    try {
      writeFrame(frame, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing into an array of the frame's size failed", e);
    }
    out.checkNoSpaceLeft();
    return bytes;
  }
}
