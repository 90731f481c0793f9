package org.openv2x.codec.rsi;

import org.openv2x.proto.v1.RsiProtos;

/** Lossless mapping of the RSI message family to protobuf. */
public final class RsiProto {
  private RsiProto() {}

  public static RsiProtos.RoadSideInformation toProto(RoadSideInformation value) {
    throw new UnsupportedOperationException("RSI is not modelled yet");
  }

  public static RoadSideInformation fromProto(RsiProtos.RoadSideInformation proto, String path) {
    throw new UnsupportedOperationException("RSI is not modelled yet");
  }
}
