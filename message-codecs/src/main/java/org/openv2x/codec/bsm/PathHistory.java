package org.openv2x.codec.bsm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * PathHistory (VehSafetyExt): where the vehicle has recently been. Extensible (unknown extension
 * additions are skipped).
 *
 * @param initialPosition the position the crumbs are relative to, OPTIONAL
 * @param currGnssStatus currGNSSstatus, GNSSstatus, BIT STRING (SIZE(8)) held in the low 8 bits,
 *     the first wire bit (named bit 0, {@link GnssStatusFlag#UNAVAILABLE}) most significant; test
 *     bits with {@link GnssStatusFlag#isSetIn(int)}; OPTIONAL
 * @param crumbData PathHistoryPointList, {@value #CRUMB_DATA_MIN}..{@value #CRUMB_DATA_MAX} points,
 *     each an offset backwards in time
 */
public record PathHistory(
    Optional<FullPositionVector> initialPosition,
    OptionalInt currGnssStatus,
    List<PathHistoryPoint> crumbData) {
  public static final int GNSS_STATUS_BITS = 8;
  public static final int CRUMB_DATA_MIN = 1;
  public static final int CRUMB_DATA_MAX = 23;

  public PathHistory {
    Check.notNull(initialPosition, "initialPosition");
    Check.bits(currGnssStatus, GNSS_STATUS_BITS, "currGNSSstatus");
    crumbData = Check.size(crumbData, CRUMB_DATA_MIN, CRUMB_DATA_MAX, "crumbData");
  }
}
