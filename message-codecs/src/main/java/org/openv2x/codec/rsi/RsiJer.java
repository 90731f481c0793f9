package org.openv2x.codec.rsi;

import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/** X.697 JER of the RSI message family. */
public final class RsiJer {
  private RsiJer() {}

  public static void writeRoadSideInformation(
      JerWriter jer, String field, RoadSideInformation value) {
    throw new UnsupportedOperationException("RSI is not modelled yet");
  }

  public static RoadSideInformation readRoadSideInformation(JerObject object) {
    throw new UnsupportedOperationException("RSI is not modelled yet");
  }
}
