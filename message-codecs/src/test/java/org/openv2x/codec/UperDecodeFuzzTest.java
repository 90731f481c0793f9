package org.openv2x.codec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of the UPER decoder with Jazzer. Under {@code ./mvnw verify} it runs the
 * seed inputs (every shared vector, in {@code UperDecodeFuzzTestInputs/decode/}) and any finding
 * kept there; with the {@code fuzz} profile ({@code JAZZER_FUZZ=1}) it fuzzes for the duration
 * given. The property: the decoder throws nothing but {@link CodecException}, and what decodes
 * re-encodes to bytes that decode to the same value.
 */
class UperDecodeFuzzTest {
  private final UperCodec codec = new UperCodec();

  @FuzzTest(maxDuration = "60s")
  void decode(byte[] input) {
    MessageFrame frame;
    try {
      frame = codec.decode(input);
    } catch (CodecException expected) {
      return;
    }
    byte[] again = codec.encode(frame);
    MessageFrame second = codec.decode(again);
    if (!frame.equals(second)) {
      throw new AssertionError("re-decoding differs for " + Arrays.toString(input));
    }
  }
}
