package org.openv2x.codec.bsm;

import org.openv2x.proto.v1.BsmProtos;

/** Lossless mapping of the BSM message family to protobuf. */
public final class BsmProto {
  private BsmProto() {}

  public static BsmProtos.BasicSafetyMessage toProto(BasicSafetyMessage value) {
    throw new UnsupportedOperationException("BSM is not modelled yet");
  }

  public static BasicSafetyMessage fromProto(BsmProtos.BasicSafetyMessage proto, String path) {
    throw new UnsupportedOperationException("BSM is not modelled yet");
  }
}
