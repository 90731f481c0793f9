package org.openv2x.codec.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Look-up of {@link AsnEnumerated} values by ASN.1 identifier. */
public final class AsnEnums {
  private static final ClassValue<Map<String, Enum<?>>> BY_NAME =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> names = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            names.put(((AsnEnumerated) constant).asnName(), (Enum<?>) constant);
          }
          return Map.copyOf(names);
        }
      };

  private AsnEnums() {}

  /** The value of {@code type} whose ASN.1 identifier is {@code asnName}, if any. */
  public static <E extends Enum<E> & AsnEnumerated> Optional<E> byName(
      Class<E> type, String asnName) {
    return Optional.ofNullable(type.cast(BY_NAME.get(type).get(asnName)));
  }
}
