package org.openv2x.codec.bsm;

import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/** X.697 JER of the BSM message family. */
public final class BsmJer {
  private BsmJer() {}

  public static void writeBasicSafetyMessage(
      JerWriter jer, String field, BasicSafetyMessage value) {
    throw new UnsupportedOperationException("BSM is not modelled yet");
  }

  public static BasicSafetyMessage readBasicSafetyMessage(JerObject object) {
    throw new UnsupportedOperationException("BSM is not modelled yet");
  }
}
