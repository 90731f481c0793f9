package org.openv2x.codec.bsm;

import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/** UPER encoding of the BSM message family. */
public final class BsmUper {
  private BsmUper() {}

  public static BasicSafetyMessage decodeBasicSafetyMessage(UperReader reader, String field) {
    throw new UnsupportedOperationException("BSM is not modelled yet");
  }

  public static void encodeBasicSafetyMessage(UperWriter writer, BasicSafetyMessage value) {
    throw new UnsupportedOperationException("BSM is not modelled yet");
  }
}
