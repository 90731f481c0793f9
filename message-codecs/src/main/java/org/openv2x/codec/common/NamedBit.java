package org.openv2x.codec.common;

import java.util.Collection;
import java.util.EnumSet;

/**
 * A named bit of a BIT STRING type of the standard; an enum of named bits implements it. Bit 0 is
 * the first bit on the wire. A fixed-size value held in an {@code int} has bit 0 as the most
 * significant of its {@link #sizeBits()} bits; a {@link BitString} holds it as its bit 0.
 */
public interface NamedBit {
  /** The ASN.1 identifier of this bit. */
  String asnName();

  /** The bit number: 0 is the first bit on the wire. */
  int bit();

  /** The size of the type in bits (of its root, for an extensible size). */
  int sizeBits();

  /** This bit within a fixed-size value held in an {@code int}. */
  default int mask() {
    return 1 << (sizeBits() - 1 - bit());
  }

  /** Whether this bit is set in a fixed-size value held in an {@code int}. */
  default boolean isSetIn(int value) {
    return (value & mask()) != 0;
  }

  /** Whether this bit is set in {@code value}; a bit beyond its size is not set. */
  default boolean isSetIn(BitString value) {
    return bit() < value.sizeBits() && value.get(bit());
  }

  /** A fixed-size value held in an {@code int} with exactly {@code bits} set. */
  @SafeVarargs
  static <E extends Enum<E> & NamedBit> int bitsOf(E... bits) {
    int value = 0;
    for (E bit : bits) {
      value |= bit.mask();
    }
    return value;
  }

  /** A fixed-size value held in an {@code int} with exactly {@code bits} set. */
  static <E extends Enum<E> & NamedBit> int bitsOf(Collection<E> bits) {
    int value = 0;
    for (E bit : bits) {
      value |= bit.mask();
    }
    return value;
  }

  /** A {@code sizeBits}-bit string with exactly {@code bits} set. */
  static BitString bitStringOf(int sizeBits, NamedBit... bits) {
    long value = 0;
    for (NamedBit bit : bits) {
      value |= 1L << (sizeBits - 1 - bit.bit());
    }
    return BitString.ofBits(value, sizeBits);
  }

  /** The bits of {@code type} set in a fixed-size value held in an {@code int}, in bit order. */
  static <E extends Enum<E> & NamedBit> EnumSet<E> setIn(int value, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E bit : type.getEnumConstants()) {
      if (bit.isSetIn(value)) {
        set.add(bit);
      }
    }
    return set;
  }

  /** The bits of {@code type} set in {@code value}, in bit order. */
  static <E extends Enum<E> & NamedBit> EnumSet<E> setIn(BitString value, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E bit : type.getEnumConstants()) {
      if (bit.isSetIn(value)) {
        set.add(bit);
      }
    }
    return set;
  }
}
