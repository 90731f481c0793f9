package org.openv2x.gateway.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.rollcycles.LegacyRollCycles;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;

/** The roll cycles the journal can use, by name. */
public final class RollCycleNames {
  private RollCycleNames() {}

  /** The roll cycle with that name (any case). */
  public static RollCycle parse(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (RollCycle cycle : all()) {
      if (((Enum<?>) cycle).name().equals(upper)) {
        return cycle;
      }
    }
    throw new IllegalArgumentException(
        "expected one of " + all().stream().map(c -> ((Enum<?>) c).name()).toList());
  }

  private static List<RollCycle> all() {
    List<RollCycle> cycles = new ArrayList<>();
    cycles.add(LegacyRollCycles.MINUTELY);
    cycles.addAll(List.of(RollCycles.values()));
    cycles.add(LegacyRollCycles.HOURLY);
    cycles.add(LegacyRollCycles.DAILY);
    cycles.add(TestRollCycles.TEST_SECONDLY);
    return cycles;
  }
}
