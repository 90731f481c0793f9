package org.openv2x.codec.spat;

import org.openv2x.proto.v1.SpatProtos;

/** Lossless mapping of the SPAT message family to protobuf. */
public final class SpatProto {
  private SpatProto() {}

  public static SpatProtos.Spat toProto(Spat value) {
    throw new UnsupportedOperationException("SPAT is not modelled yet");
  }

  public static Spat fromProto(SpatProtos.Spat proto, String path) {
    throw new UnsupportedOperationException("SPAT is not modelled yet");
  }
}
