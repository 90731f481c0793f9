package org.openv2x.codec.spat;

import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/** UPER encoding of the SPAT message family. */
public final class SpatUper {
  private SpatUper() {}

  public static Spat decodeSpat(UperReader reader, String field) {
    throw new UnsupportedOperationException("SPAT is not modelled yet");
  }

  public static void encodeSpat(UperWriter writer, Spat value) {
    throw new UnsupportedOperationException("SPAT is not modelled yet");
  }
}
