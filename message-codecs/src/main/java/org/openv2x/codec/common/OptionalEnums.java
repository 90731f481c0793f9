package org.openv2x.codec.common;

import java.util.Optional;

/**
 * Shared {@code Optional} instances of enum values, one per constant, so decoders do not allocate
 * one for every present OPTIONAL ENUMERATED ({@code Optional} is immutable and value-based).
 */
public final class OptionalEnums {
  private OptionalEnums() {}

  /** {@code Optional.of(values[i])} for every {@code i}, indexed like {@code values}. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> Optional<E>[] cache(E[] values) {
    Optional<E>[] optionals = new Optional[values.length];
    for (int i = 0; i < values.length; i++) {
      optionals[i] = Optional.of(values[i]);
    }
    return optionals;
  }
}
