package org.openv2x.codec.rsm;

import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/** X.697 JER of the RSM message family. */
public final class RsmJer {
  private RsmJer() {}

  public static void writeRoadsideSafetyMessage(
      JerWriter jer, String field, RoadsideSafetyMessage value) {
    throw new UnsupportedOperationException("RSM is not modelled yet");
  }

  public static RoadsideSafetyMessage readRoadsideSafetyMessage(JerObject object) {
    throw new UnsupportedOperationException("RSM is not modelled yet");
  }
}
