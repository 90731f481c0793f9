package org.openv2x.codec.map;

import java.util.List;
import java.util.Optional;
import org.openv2x.codec.common.Check;

/** Checks of the MAP model's constructors that keep the decoder's lists without copying them. */
final class MapChecks {
  private MapChecks() {}

  /**
   * An OPTIONAL SEQUENCE OF with {@code SIZE(lower..upper)}: the same Optional if its list is
   * already immutable, else one holding an immutable copy.
   */
  static <T> Optional<List<T>> size(Optional<List<T>> value, int lower, int upper, String field) {
    Check.notNull(value, field);
    if (value.isEmpty()) {
      return value;
    }
    List<T> list = value.get();
    List<T> checked = Check.size(list, lower, upper, field);
    return checked == list ? value : Optional.of(checked);
  }

  /** An OPTIONAL DescriptiveName: IA5String (SIZE(1..63)). */
  static Optional<String> name(Optional<String> value) {
    Check.notNull(value, "name");
    if (value.isPresent()) {
      Check.ia5(value.get(), 1, Node.NAME_MAX_LENGTH, "name");
    }
    return value;
  }
}
