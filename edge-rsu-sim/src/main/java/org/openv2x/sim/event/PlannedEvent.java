package org.openv2x.sim.event;

import java.util.OptionalDouble;

/**
 * One event to inject.
 *
 * @param atS simulated seconds since the start when it should begin (it begins later when no
 *     suitable vehicle or place exists then)
 * @param type what happens
 * @param durationS how long it lasts; empty: the type's default (see {@link EventInjector})
 */
public record PlannedEvent(double atS, EventType type, OptionalDouble durationS) {
  public PlannedEvent {
    if (!(atS >= 0) || Double.isInfinite(atS)) {
      throw new IllegalArgumentException("an event's time must be 0 s or later, is " + atS);
    }
    if (type == null) {
      throw new IllegalArgumentException("an event needs a type");
    }
    if (durationS.isPresent()
        && (!(durationS.getAsDouble() > 0) || Double.isInfinite(durationS.getAsDouble()))) {
      throw new IllegalArgumentException(
          "an event's duration must be above 0 s, is " + durationS.getAsDouble());
    }
  }

  public static PlannedEvent at(double atS, EventType type) {
    return new PlannedEvent(atS, type, OptionalDouble.empty());
  }

  public static PlannedEvent at(double atS, EventType type, double durationS) {
    return new PlannedEvent(atS, type, OptionalDouble.of(durationS));
  }
}
