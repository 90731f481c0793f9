package org.openv2x.sim.rsu;

/**
 * Where an extra RSU stands along a link (metres east and north of the network's origin). It
 * forwards BSMs and announces events in range; it has no intersection, so no MAP, SPAT or RSM.
 */
public record LinkRsuSite(double eastM, double northM) {
  public LinkRsuSite {
    if (!Double.isFinite(eastM) || !Double.isFinite(northM)) {
      throw new IllegalArgumentException(
          "an RSU site needs a finite position, is (" + eastM + ", " + northM + ")");
    }
  }
}
