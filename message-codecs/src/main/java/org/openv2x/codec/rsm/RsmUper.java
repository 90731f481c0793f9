package org.openv2x.codec.rsm;

import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/** UPER encoding of the RSM message family. */
public final class RsmUper {
  private RsmUper() {}

  public static RoadsideSafetyMessage decodeRoadsideSafetyMessage(UperReader reader, String field) {
    throw new UnsupportedOperationException("RSM is not modelled yet");
  }

  public static void encodeRoadsideSafetyMessage(UperWriter writer, RoadsideSafetyMessage value) {
    throw new UnsupportedOperationException("RSM is not modelled yet");
  }
}
