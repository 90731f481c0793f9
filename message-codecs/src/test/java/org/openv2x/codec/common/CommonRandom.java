package org.openv2x.codec.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;

/**
 * Random valid values of the shared types, for property tests. Every value the standard allows can
 * come out, with the ends of each range favoured.
 */
public final class CommonRandom {
  private CommonRandom() {}

  /** A whole number in {@code lower..upper}, the ends and zero more likely than the rest. */
  public static int between(Random random, int lower, int upper) {
    return switch (random.nextInt(8)) {
      case 0 -> lower;
      case 1 -> upper;
      case 2 -> Math.max(lower, Math.min(upper, 0));
      default -> (int) (lower + (long) (random.nextDouble() * ((long) upper - lower + 1)));
    };
  }

  public static OptionalInt maybe(Random random, int lower, int upper) {
    return random.nextBoolean()
        ? OptionalInt.of(between(random, lower, upper))
        : OptionalInt.empty();
  }

  public static <T> Optional<T> maybe(Random random, Function<Random, T> value) {
    return random.nextBoolean() ? Optional.of(value.apply(random)) : Optional.empty();
  }

  public static <E> E oneOf(Random random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A list of {@code lower..min(upper, cap)} values; {@code cap} keeps nested lists small. */
  public static <T> List<T> list(
      Random random, int lower, int upper, int cap, Function<Random, T> element) {
    int size = between(random, lower, Math.max(lower, Math.min(upper, cap)));
    List<T> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(element.apply(random));
    }
    return items;
  }

  /** A fixed-size BIT STRING held in an int. */
  public static int bits(Random random, int sizeBits) {
    return (int) (random.nextLong() & ((1L << sizeBits) - 1));
  }

  /** A BIT STRING of {@code lower..upper} bits, or of up to 40 bits if {@code extensible}. */
  public static BitString bitString(Random random, int lower, int upper, boolean extensible) {
    int size =
        extensible && random.nextInt(4) == 0 ? random.nextInt(41) : between(random, lower, upper);
    return BitString.ofBits(random.nextLong() & (size == 64 ? -1L : (1L << size) - 1), size);
  }

  /** An IA5String of {@code lower..min(upper, cap)} characters, any of the 128. */
  public static String ia5(Random random, int lower, int upper, int cap) {
    int length = between(random, lower, Math.max(lower, Math.min(upper, cap)));
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(128));
    }
    return text.toString();
  }

  public static OctetString octets(Random random, int lower, int upper, int cap) {
    byte[] bytes = new byte[between(random, lower, Math.max(lower, Math.min(upper, cap)))];
    random.nextBytes(bytes);
    return OctetString.wrap(bytes);
  }

  public static Position3D position3D(Random random) {
    return new Position3D(
        between(random, Position3D.LAT_MIN, Position3D.LAT_MAX),
        between(random, Position3D.LON_MIN, Position3D.LON_MAX),
        maybe(random, Position3D.ELEVATION_MIN, Position3D.ELEVATION_MAX));
  }

  public static PositionalAccuracy positionalAccuracy(Random random) {
    return new PositionalAccuracy(
        between(random, 0, 255), between(random, 0, 255), between(random, 0, 65535));
  }

  public static PositionConfidenceSet positionConfidenceSet(Random random) {
    return new PositionConfidenceSet(
        oneOf(random, PositionConfidence.values()),
        maybe(random, r -> oneOf(r, ElevationConfidence.values())));
  }

  public static MotionConfidenceSet motionConfidenceSet(Random random) {
    return new MotionConfidenceSet(
        maybe(random, r -> oneOf(r, SpeedConfidence.values())),
        maybe(random, r -> oneOf(r, HeadingConfidence.values())),
        maybe(random, r -> oneOf(r, SteeringWheelAngleConfidence.values())));
  }

  public static AccelerationSet4Way accelerationSet4Way(Random random) {
    return new AccelerationSet4Way(
        between(random, -2000, 2001),
        between(random, -2000, 2001),
        between(random, -127, 127),
        between(random, -32767, 32767));
  }

  public static VehicleSize vehicleSize(Random random) {
    return new VehicleSize(
        between(random, 0, 1023), between(random, 0, 4095), maybe(random, 0, 127));
  }

  public static VehicleClassification vehicleClassification(Random random) {
    return new VehicleClassification(between(random, 0, 255), maybe(random, 0, 15));
  }

  public static NodeReferenceId nodeReferenceId(Random random) {
    return new NodeReferenceId(maybe(random, 0, 65535), between(random, 0, 65535));
  }

  public static PositionOffsetLl positionOffsetLl(Random random) {
    PositionOffsetLl.Kind kind = oneOf(random, PositionOffsetLl.Kind.values());
    return new PositionOffsetLl(
        kind,
        between(random, kind.lonMin(), kind.lonMax()),
        between(random, kind.latMin(), kind.latMax()));
  }

  public static VerticalOffset verticalOffset(Random random) {
    VerticalOffset.Kind kind = oneOf(random, VerticalOffset.Kind.values());
    return new VerticalOffset(kind, between(random, kind.min(), kind.max()));
  }

  public static PositionOffsetLlv positionOffsetLlv(Random random) {
    return new PositionOffsetLlv(
        positionOffsetLl(random), maybe(random, CommonRandom::verticalOffset));
  }
}
