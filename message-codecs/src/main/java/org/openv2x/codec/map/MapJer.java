package org.openv2x.codec.map;

import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/** X.697 JER of the MAP message family. */
public final class MapJer {
  private MapJer() {}

  public static void writeMapData(JerWriter jer, String field, MapData value) {
    throw new UnsupportedOperationException("MAP is not modelled yet");
  }

  public static MapData readMapData(JerObject object) {
    throw new UnsupportedOperationException("MAP is not modelled yet");
  }
}
