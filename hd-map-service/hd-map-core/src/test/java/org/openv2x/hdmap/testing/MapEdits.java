package org.openv2x.hdmap.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.Lane;

/** One element of an intersection changed, the rest kept: maps that differ in one place. */
public final class MapEdits {
  private MapEdits() {}

  /** The intersection with its approach at {@code index} changed. */
  public static Intersection approach(
      Intersection base, int index, UnaryOperator<Approach> change) {
    List<Approach> approaches = new ArrayList<>(base.approaches());
    approaches.set(index, change.apply(approaches.get(index)));
    return base.withApproaches(approaches);
  }

  /** The intersection with lane {@code laneIndex} of approach {@code approachIndex} changed. */
  public static Intersection lane(
      Intersection base, int approachIndex, int laneIndex, UnaryOperator<Lane> change) {
    return approach(
        base,
        approachIndex,
        approach -> {
          List<Lane> lanes = new ArrayList<>(approach.lanes());
          lanes.set(laneIndex, change.apply(lanes.get(laneIndex)));
          return approach.withLanes(lanes);
        });
  }
}
