package org.openv2x.gateway.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;

/**
 * The benchmark's traffic, encoded once: a fixed sequence of UPER MessageFrames in which every
 * block of 100 holds 94 BSMs, 3 SPATs, 1 MAP, 1 RSI and 1 RSM (the non-BSM slots at seeded random
 * places). The BSMs are the full {@code bsm-02-car-full} vector with {@value #VEHICLES} distinct
 * vehicle ids, taken in turn; the others are the shared vectors ({@code -01} and {@code -02}
 * alternating by block). Messages are slices of one array ({@link #bytes()}, {@link #offsets()},
 * {@link #lengths()}), the form {@code RsuSessionClient.send(byte[], int[], int[], int, int)}
 * takes.
 */
public final class BenchCorpus {
  /** Distinct vehicles among the BSMs. */
  public static final int VEHICLES = 10_000;

  /** The first vehicle id; vehicle {@code n} has id {@code FIRST_VEHICLE_ID + n}. */
  public static final long FIRST_VEHICLE_ID = 0x0BE0_0000_0000_0000L;

  /** Messages per block of the mix. */
  public static final int BLOCK_MESSAGES = 100;

  private final byte[] bytes;
  private final int[] offsets;
  private final int[] lengths;
  private final MessageType[] types;

  private BenchCorpus(byte[] bytes, int[] offsets, int[] lengths, MessageType[] types) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.lengths = lengths;
    this.types = types;
  }

  /**
   * Builds a sequence of {@code blocks * 100} messages.
   *
   * @param seed places the non-BSM messages inside each block
   */
  public static BenchCorpus build(int blocks, long seed) {
    UperCodec codec = new UperCodec();
    BasicSafetyMessage template =
        (BasicSafetyMessage) codec.decode(TestVectors.vector("bsm-02-car-full"));
    ByteArrayOutputStream all = new ByteArrayOutputStream(VEHICLES * 160);
    int[] bsmOffsets = new int[VEHICLES];
    int[] bsmLengths = new int[VEHICLES];
    for (int v = 0; v < VEHICLES; v++) {
      byte[] encoded = codec.encode(withVehicleId(template, FIRST_VEHICLE_ID + v));
      bsmOffsets[v] = all.size();
      bsmLengths[v] = encoded.length;
      all.writeBytes(encoded);
    }
    // [variant][slot kind]: SPAT, MAP, RSI, RSM
    String[][] names = {
      {
        "spat-01-4phase-countdown",
        "map-01-4leg-intersection",
        "rsi-01-rte-accident",
        "rsm-01-car-ped-bike"
      },
      {"spat-02-utc-timing", "map-02-4leg-geometry", "rsi-02-rts-speed-limit", "rsm-02-mixed-full"}
    };
    MessageType[] kinds = {MessageType.SPAT, MessageType.MAP, MessageType.RSI, MessageType.RSM};
    int[][] vectorOffsets = new int[2][4];
    int[][] vectorLengths = new int[2][4];
    for (int variant = 0; variant < 2; variant++) {
      for (int kind = 0; kind < 4; kind++) {
        byte[] vector = TestVectors.vector(names[variant][kind]);
        MessageType decoded = codec.decode(vector).type();
        if (decoded != kinds[kind]) {
          throw new IllegalStateException(names[variant][kind] + " decodes as " + decoded);
        }
        vectorOffsets[variant][kind] = all.size();
        vectorLengths[variant][kind] = vector.length;
        all.writeBytes(vector);
      }
    }
    // Kinds of the six non-BSM slots of a block: 3 SPAT, 1 MAP, 1 RSI, 1 RSM.
    int[] blockKinds = {0, 0, 0, 1, 2, 3};
    int total = blocks * BLOCK_MESSAGES;
    int[] offsets = new int[total];
    int[] lengths = new int[total];
    MessageType[] types = new MessageType[total];
    Random random = new Random(seed);
    int nextVehicle = 0;
    for (int block = 0; block < blocks; block++) {
      int variant = block & 1;
      int[] kindAtSlot = new int[BLOCK_MESSAGES];
      java.util.Arrays.fill(kindAtSlot, -1);
      List<Integer> slots = new ArrayList<>();
      for (int i = 0; i < BLOCK_MESSAGES; i++) {
        slots.add(i);
      }
      java.util.Collections.shuffle(slots, random);
      for (int i = 0; i < blockKinds.length; i++) {
        kindAtSlot[slots.get(i)] = blockKinds[i];
      }
      for (int slot = 0; slot < BLOCK_MESSAGES; slot++) {
        int at = block * BLOCK_MESSAGES + slot;
        int kind = kindAtSlot[slot];
        if (kind < 0) {
          offsets[at] = bsmOffsets[nextVehicle];
          lengths[at] = bsmLengths[nextVehicle];
          types[at] = MessageType.BSM;
          nextVehicle = (nextVehicle + 1) % VEHICLES;
        } else {
          offsets[at] = vectorOffsets[variant][kind];
          lengths[at] = vectorLengths[variant][kind];
          types[at] = kinds[kind];
        }
      }
    }
    return new BenchCorpus(all.toByteArray(), offsets, lengths, types);
  }

  /** The template with another vehicle id; every other field as it is. */
  static BasicSafetyMessage withVehicleId(BasicSafetyMessage t, long id) {
    return new BasicSafetyMessage(
        t.msgCnt(),
        id,
        t.secMarkMs(),
        t.timeConfidence(),
        t.pos(),
        t.posAccuracy(),
        t.posConfidence(),
        t.transmission(),
        t.speed0p02Mps(),
        t.heading0p0125Deg(),
        t.angle1p5Deg(),
        t.motionCfd(),
        t.accelSet(),
        t.brakes(),
        t.size(),
        t.vehicleClass(),
        t.safetyExt(),
        t.emergencyExt());
  }

  /** The array every message is a slice of. */
  public byte[] bytes() {
    return bytes;
  }

  /** Where message {@code i} of the sequence starts in {@link #bytes()}. */
  public int[] offsets() {
    return offsets;
  }

  /** The length of message {@code i}. */
  public int[] lengths() {
    return lengths;
  }

  /** The type of message {@code i}. */
  public MessageType type(int i) {
    return types[i];
  }

  /** Messages in the sequence. */
  public int size() {
    return offsets.length;
  }

  /** Mean UPER bytes per message over the sequence. */
  public double meanMessageBytes() {
    long sum = 0;
    for (int length : lengths) {
      sum += length;
    }
    return (double) sum / lengths.length;
  }
}
