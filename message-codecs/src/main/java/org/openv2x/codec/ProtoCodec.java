package org.openv2x.codec;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.bsm.BsmProto;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.MapProto;
import org.openv2x.codec.rsi.RoadSideInformation;
import org.openv2x.codec.rsi.RsiProto;
import org.openv2x.codec.rsm.RoadsideSafetyMessage;
import org.openv2x.codec.rsm.RsmProto;
import org.openv2x.codec.spat.Spat;
import org.openv2x.codec.spat.SpatProto;
import org.openv2x.proto.v1.FrameProtos;

/**
 * Lossless mapping between the message model and the protobuf schemas of {@code v2x/v1/*.proto},
 * both ways, and the protobuf JSON form (the human-readable view). Thread-safe.
 */
public final class ProtoCodec {
  private static final JsonFormat.Printer PRINTER =
      JsonFormat.printer().omittingInsignificantWhitespace();
  private static final JsonFormat.Parser PARSER = JsonFormat.parser();

  private ProtoCodec() {}

  public static FrameProtos.MessageFrame toProto(MessageFrame frame) {
    FrameProtos.MessageFrame.Builder proto = FrameProtos.MessageFrame.newBuilder();
    switch (frame.type()) {
      case BSM -> proto.setBsmFrame(BsmProto.toProto((BasicSafetyMessage) frame));
      case MAP -> proto.setMapFrame(MapProto.toProto((MapData) frame));
      case RSM -> proto.setRsmFrame(RsmProto.toProto((RoadsideSafetyMessage) frame));
      case SPAT -> proto.setSpatFrame(SpatProto.toProto((Spat) frame));
      case RSI -> proto.setRsiFrame(RsiProto.toProto((RoadSideInformation) frame));
    }
    return proto.build();
  }

  /**
   * The model of {@code proto}; a value the standard does not allow is a {@link CodecException}.
   */
  public static MessageFrame fromProto(FrameProtos.MessageFrame proto) {
    return switch (proto.getFrameCase()) {
      case BSM_FRAME -> BsmProto.fromProto(proto.getBsmFrame(), "bsmFrame");
      case MAP_FRAME -> MapProto.fromProto(proto.getMapFrame(), "mapFrame");
      case RSM_FRAME -> RsmProto.fromProto(proto.getRsmFrame(), "rsmFrame");
      case SPAT_FRAME -> SpatProto.fromProto(proto.getSpatFrame(), "spatFrame");
      case RSI_FRAME -> RsiProto.fromProto(proto.getRsiFrame(), "rsiFrame");
      case FRAME_NOT_SET ->
          throw new CodecException(Reason.MISSING_FIELD, "frame", "no message set");
    };
  }

  /** The protobuf message type of a model message type. */
  public static FrameProtos.MessageType toProto(MessageType type) {
    return FrameProtos.MessageType.forNumber(type.ordinal() + 1);
  }

  /** One line of protobuf JSON for {@code frame}. */
  public static String toJson(MessageFrame frame) {
    try {
      return PRINTER.print(toProto(frame));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("protobuf JSON printing failed", e);
    }
  }

  /** Parses protobuf JSON of one MessageFrame; every refusal is a {@link CodecException}. */
  public static MessageFrame fromJson(String text) {
    FrameProtos.MessageFrame.Builder proto = FrameProtos.MessageFrame.newBuilder();
    try {
      PARSER.merge(text, proto);
    } catch (InvalidProtocolBufferException e) {
      throw new CodecException(Reason.BAD_JSON, "", e.getMessage());
    } catch (RuntimeException e) {
      throw new CodecException(Reason.BAD_JSON, "", String.valueOf(e.getMessage()));
    }
    return fromProto(proto.build());
  }
}
