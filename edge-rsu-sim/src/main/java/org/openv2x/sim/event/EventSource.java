package org.openv2x.sim.event;

import java.util.List;

/** The events going on now. */
@FunctionalInterface
public interface EventSource {
  /** The events active at the current simulated time, oldest first. */
  List<ActiveEvent> activeEvents();

  EventSource NONE = List::of;
}
