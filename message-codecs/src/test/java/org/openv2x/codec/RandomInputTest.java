package org.openv2x.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random bytes, and every vector with random bits flipped, cut or appended, never make the decoder
 * throw anything but {@link CodecException}; what does decode re-encodes and decodes to the same
 * value. Bounded tries; the seed is in every failure message.
 */
class RandomInputTest {
  private static final int TRIES = 20_000;

  static List<byte[]> vectors() throws IOException {
    List<byte[]> vectors = new ArrayList<>();
    List<String> lines = VectorsTest.resourceLines("/vectors/index.tsv");
    for (String line : lines.subList(1, lines.size())) {
      vectors.add(HexFormat.of().parseHex(line.split("\t")[3]));
    }
    return vectors;
  }

  @Test
  void randomBytesOnlyEverGiveACodecException() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    UperCodec codec = new UperCodec();
    for (int i = 0; i < TRIES; i++) {
      byte[] input = new byte[random.nextInt(200)];
      random.nextBytes(input);
      check(codec, input, seed);
    }
  }

  @Test
  void mutatedVectorsOnlyEverGiveACodecException() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<byte[]> vectors = vectors();
    UperCodec codec = new UperCodec();
    for (int i = 0; i < TRIES; i++) {
      byte[] vector = vectors.get(random.nextInt(vectors.size()));
      byte[] input =
          switch (random.nextInt(3)) {
            case 0 -> java.util.Arrays.copyOf(vector, random.nextInt(vector.length + 1));
            case 1 -> java.util.Arrays.copyOf(vector, vector.length + 1 + random.nextInt(4));
            default -> vector.clone();
          };
      int flips = 1 + random.nextInt(4);
      for (int f = 0; f < flips && input.length > 0; f++) {
        int bit = random.nextInt(input.length * 8);
        input[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
      }
      check(codec, input, seed);
    }
  }

  private static void check(UperCodec codec, byte[] input, long seed) {
    MessageFrame frame;
    try {
      frame = codec.decode(input);
    } catch (CodecException expected) {
      return;
    } catch (RuntimeException | Error e) {
      fail(
          "seed "
              + seed
              + ": "
              + HexFormat.of().formatHex(input)
              + " threw "
              + e.getClass().getName()
              + ": "
              + e.getMessage(),
          e);
      return;
    }
    byte[] again = codec.encode(frame);
    assertEquals(
        frame, codec.decode(again), "seed " + seed + ": " + HexFormat.of().formatHex(input));
  }
}
