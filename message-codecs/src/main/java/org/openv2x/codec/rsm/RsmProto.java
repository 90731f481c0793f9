package org.openv2x.codec.rsm;

import org.openv2x.proto.v1.RsmProtos;

/** Lossless mapping of the RSM message family to protobuf. */
public final class RsmProto {
  private RsmProto() {}

  public static RsmProtos.RoadsideSafetyMessage toProto(RoadsideSafetyMessage value) {
    throw new UnsupportedOperationException("RSM is not modelled yet");
  }

  public static RoadsideSafetyMessage fromProto(
      RsmProtos.RoadsideSafetyMessage proto, String path) {
    throw new UnsupportedOperationException("RSM is not modelled yet");
  }
}
