package org.openv2x.hdmap.geojson;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The GeoJSON names of an enum's constants: the constant's name in lower case. */
final class Names<E extends Enum<E>> {
  private final Map<String, E> byName = new LinkedHashMap<>();

  private Names(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      byName.put(of(constant), constant);
    }
  }

  static <E extends Enum<E>> Names<E> of(Class<E> type) {
    return new Names<>(type);
  }

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  Optional<E> parse(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every name, comma separated, for an error message. */
  String list() {
    return String.join(", ", byName.keySet());
  }
}
