package org.openv2x.sim.sensor;

import java.util.List;

/** Provides objects roadside sensors can see besides the simulated vehicles. */
@FunctionalInterface
public interface SensedObjectSource {
  /** Adds every such object present now, wherever it is, to {@code out}. */
  void collect(List<SensedObject> out);
}
