package org.openv2x.codec.map;

import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/** UPER encoding of the MAP message family. */
public final class MapUper {
  private MapUper() {}

  public static MapData decodeMapData(UperReader reader, String field) {
    throw new UnsupportedOperationException("MAP is not modelled yet");
  }

  public static void encodeMapData(UperWriter writer, MapData value) {
    throw new UnsupportedOperationException("MAP is not modelled yet");
  }
}
