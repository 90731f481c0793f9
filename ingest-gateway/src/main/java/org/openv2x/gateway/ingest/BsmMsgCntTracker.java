package org.openv2x.gateway.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The last BSM msgCnt of each vehicle as one RSU forwards it, to count gaps (BSMs missing between
 * two that arrived) and duplicates (the same msgCnt twice in a row). Not thread-safe: each I/O
 * thread keeps its own (a TCP connection, and a UDP sender, always land on the same thread).
 * Bounded: when it holds {@code maxVehicles}, it starts over.
 */
public final class BsmMsgCntTracker {
  /** What one BSM tells. */
  public enum Outcome {
    FIRST,
    NEXT,
    GAP,
    DUPLICATE
  }

  private final int maxVehicles;
  private final Map<Key, int[]> last = new HashMap<>();
  private int lastGap;

  public BsmMsgCntTracker(int maxVehicles) {
    this.maxVehicles = maxVehicles;
  }

  /** Records a BSM; for {@link Outcome#GAP}, {@link #lastGap()} says how many are missing. */
  public Outcome record(String rsuId, long vehicleId, int msgCnt) {
    if (maxVehicles == 0) {
      return Outcome.FIRST;
    }
    Key key = new Key(rsuId, vehicleId);
    int[] previous = last.get(key);
    if (previous == null) {
      if (last.size() >= maxVehicles) {
        last.clear();
      }
      last.put(key, new int[] {msgCnt});
      return Outcome.FIRST;
    }
    int step = (msgCnt - previous[0]) & 127;
    previous[0] = msgCnt;
    if (step == 0) {
      return Outcome.DUPLICATE;
    }
    if (step == 1) {
      return Outcome.NEXT;
    }
    lastGap = step - 1;
    return Outcome.GAP;
  }

  /** Number of BSMs missing in the last {@link Outcome#GAP}. */
  public int lastGap() {
    return lastGap;
  }

  /** (RSU, vehicle); hashCode and equals written out (a record's go through method handles). */
  private static final class Key {
    private final String rsuId;
    private final long vehicleId;

    Key(String rsuId, long vehicleId) {
      this.rsuId = rsuId;
      this.vehicleId = vehicleId;
    }

    @Override
    public int hashCode() {
      return rsuId.hashCode() * 31 + Long.hashCode(vehicleId * 0x9E3779B97F4A7C15L);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.vehicleId == vehicleId && key.rsuId.equals(rsuId);
    }
  }
}
