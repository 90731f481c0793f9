package org.openv2x.codec.rsi;

import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/** UPER encoding of the RSI message family. */
public final class RsiUper {
  private RsiUper() {}

  public static RoadSideInformation decodeRoadSideInformation(UperReader reader, String field) {
    throw new UnsupportedOperationException("RSI is not modelled yet");
  }

  public static void encodeRoadSideInformation(UperWriter writer, RoadSideInformation value) {
    throw new UnsupportedOperationException("RSI is not modelled yet");
  }
}
