package org.openv2x.sim.sensor;

import java.util.List;
import org.openv2x.sim.network.Intersection;

/** What the roadside sensors of each intersection see now. */
@FunctionalInterface
public interface SensorSource {
  /** The participants the sensors of {@code intersection} see, ordered by participant id. */
  List<Detection> detections(Intersection intersection);

  SensorSource NONE = intersection -> List.of();
}
