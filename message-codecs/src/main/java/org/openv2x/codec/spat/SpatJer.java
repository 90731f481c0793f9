package org.openv2x.codec.spat;

import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/** X.697 JER of the SPAT message family. */
public final class SpatJer {
  private SpatJer() {}

  public static void writeSpat(JerWriter jer, String field, Spat value) {
    throw new UnsupportedOperationException("SPAT is not modelled yet");
  }

  public static Spat readSpat(JerObject object) {
    throw new UnsupportedOperationException("SPAT is not modelled yet");
  }
}
