package org.openv2x.gateway.ingest;

import java.time.Duration;
import java.util.List;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.Node;
import org.openv2x.codec.rsi.RoadSideInformation;
import org.openv2x.codec.rsm.RoadsideSafetyMessage;

/**
 * The checks a message must pass beyond decoding (which already enforces every range and size of
 * the standard): content that is well-formed but useless or wrong for the platform.
 *
 * <ul>
 *   <li>{@code INVALID_VEHICLE_ID}: a BSM whose temporary id is all zeros (no vehicle);
 *   <li>{@code POSITION_UNAVAILABLE}: a BSM, RSI, RSM or MAP node whose reference position is
 *       "unavailable" (latitude 900000001 or longitude 1800000001): nothing downstream can place
 *       it;
 *   <li>{@code CLOCK_SKEW} (only with {@code validation.max-clock-skew} above 0): a BSM whose
 *       secMark (milliseconds within the minute) is further than that from the gateway's clock, on
 *       the circle of one minute (so skews up to 30 s can be told).
 * </ul>
 */
public final class Validator {
  private final long maxClockSkewMs;

  public Validator(Duration maxClockSkew) {
    this.maxClockSkewMs = maxClockSkew.toMillis();
  }

  /** The first violation of the message, or null when it passes. */
  public Violation check(MessageFrame frame, long receiveTimeEpochUs) {
    return switch (frame.type()) {
      case BSM -> checkBsm((BasicSafetyMessage) frame, receiveTimeEpochUs);
      case RSI -> position(((RoadSideInformation) frame).refPos(), "rsiFrame.refPos");
      case RSM -> position(((RoadsideSafetyMessage) frame).refPos(), "rsmFrame.refPos");
      case MAP -> checkMap((MapData) frame);
      case SPAT -> null;
    };
  }

  private Violation checkBsm(BasicSafetyMessage bsm, long receiveTimeEpochUs) {
    if (bsm.id() == 0) {
      return new Violation(
          "INVALID_VEHICLE_ID", "bsmFrame.id", "the temporary vehicle id is all zeros");
    }
    Violation position = position(bsm.pos(), "bsmFrame.pos");
    if (position != null) {
      return position;
    }
    if (maxClockSkewMs > 0 && bsm.secMarkMs() < 60_000) {
      long gatewayMsInMinute = (receiveTimeEpochUs / 1000) % 60_000;
      long difference = Math.abs(gatewayMsInMinute - bsm.secMarkMs());
      long circular = Math.min(difference, 60_000 - difference);
      if (circular > maxClockSkewMs) {
        return new Violation(
            "CLOCK_SKEW",
            "bsmFrame.secMark",
            "secMark "
                + bsm.secMarkMs()
                + " ms is "
                + circular
                + " ms from the gateway's clock ("
                + gatewayMsInMinute
                + " ms into the minute); at most "
                + maxClockSkewMs
                + " ms allowed");
      }
    }
    return null;
  }

  private static Violation checkMap(MapData map) {
    List<Node> nodes = map.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      Violation violation = position(nodes.get(i).refPos(), "mapFrame.nodes[" + i + "].refPos");
      if (violation != null) {
        return violation;
      }
    }
    return null;
  }

  private static Violation position(Position3D position, String path) {
    if (position.latE7Deg() == Position3D.LAT_UNAVAILABLE
        || position.lonE7Deg() == Position3D.LON_UNAVAILABLE) {
      return new Violation(
          "POSITION_UNAVAILABLE",
          path,
          "the reference position is 'unavailable' (lat "
              + position.latE7Deg()
              + ", long "
              + position.lonE7Deg()
              + ")");
    }
    return null;
  }
}
