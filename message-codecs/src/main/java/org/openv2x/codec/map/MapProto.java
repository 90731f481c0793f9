package org.openv2x.codec.map;

import org.openv2x.proto.v1.MapProtos;

/** Lossless mapping of the MAP message family to protobuf. */
public final class MapProto {
  private MapProto() {}

  public static MapProtos.MapData toProto(MapData value) {
    throw new UnsupportedOperationException("MAP is not modelled yet");
  }

  public static MapData fromProto(MapProtos.MapData proto, String path) {
    throw new UnsupportedOperationException("MAP is not modelled yet");
  }
}
