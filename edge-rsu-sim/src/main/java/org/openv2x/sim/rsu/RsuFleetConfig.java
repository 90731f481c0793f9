package org.openv2x.sim.rsu;

import java.util.List;

/**
 * How the RSUs are set up.
 *
 * @param rangeM radio range of every RSU (default {@value #DEFAULT_RANGE_M} m): it forwards the
 *     BSMs of connected vehicles and announces the events within it
 * @param linkSites extra RSUs along links, besides the one at every signalised intersection
 */
public record RsuFleetConfig(double rangeM, List<LinkRsuSite> linkSites) {
  public static final double DEFAULT_RANGE_M = 300;

  public RsuFleetConfig {
    if (!(rangeM > 0 && rangeM <= 10_000)) {
      throw new IllegalArgumentException(
          "rangeM must be more than 0 and at most 10000, is " + rangeM);
    }
    linkSites = List.copyOf(linkSites);
  }

  /** One RSU per signalised intersection with the default range. */
  public static RsuFleetConfig defaults() {
    return new RsuFleetConfig(DEFAULT_RANGE_M, List.of());
  }

  public RsuFleetConfig withRangeM(double range) {
    return new RsuFleetConfig(range, linkSites);
  }

  public RsuFleetConfig withLinkSites(List<LinkRsuSite> sites) {
    return new RsuFleetConfig(rangeM, sites);
  }
}
