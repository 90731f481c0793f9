package org.openv2x.sim.rsu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.rsi.Description;
import org.openv2x.codec.rsi.ReferenceLanes;
import org.openv2x.codec.rsi.ReferenceLink;
import org.openv2x.codec.rsi.ReferencePath;
import org.openv2x.codec.rsi.RoadSideInformation;
import org.openv2x.codec.rsi.RsiTimeDetails;
import org.openv2x.codec.rsi.RteData;
import org.openv2x.codec.rsi.RtsData;
import org.openv2x.sim.event.ActiveEvent;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Polyline;

/**
 * Builds the RSI an RSU broadcasts for the events in its range: one RTE per event (at most 8, the
 * oldest first) and, for an event that lowers the speed limit, an RTS speed-limit sign. Each RTE
 * carries the event's code, source, priority and confidence ({@link RteEventCodes}), its position
 * as an offset from the RSU's refPos, its radius, description, start and (when known) end minute,
 * the path it affects (along its lane's centre line over the event's extent, as wide as the lane; a
 * circle of the event's radius when it is not on a lane) and the link and lane it is on (lanes
 * numbered from the median, lane1 = the median lane).
 */
public final class RsiFactory {
  private static final Optional<TimeConfidence> END_TIME_CONFIDENCE =
      Optional.of(TimeConfidence.TIME_100_000);

  private final GeoOffsets geo;
  private final long startEpochMs;
  private final double[] pose = new double[3];

  /**
   * @param startEpochMs the simulated clock at the simulation's start, against which event times
   *     ({@link ActiveEvent#startS()}) count
   */
  public RsiFactory(GeoOffsets geo, long startEpochMs) {
    this.geo = geo;
    this.startEpochMs = startEpochMs;
  }

  /** The RSI of {@code rsu} for these events (in range, oldest first; at least one). */
  public RoadSideInformation build(Rsu rsu, List<ActiveEvent> events, int msgCnt, long epochMs) {
    Position3D refPos = rsu.refPos();
    List<RteData> rtes = new ArrayList<>();
    List<RtsData> rtss = new ArrayList<>();
    for (ActiveEvent event : events) {
      if (rtes.size() == RoadSideInformation.RTES_MAX) {
        break;
      }
      int id = event.id() & 0xFF;
      Optional<PositionOffsetLlv> position =
          Optional.of(geo.offset(refPos, event.eastM(), event.northM()));
      Optional<RsiTimeDetails> time = Optional.of(timeDetails(event));
      OptionalInt priority = OptionalInt.of(RteEventCodes.priority(event.type()));
      Optional<List<ReferencePath>> paths = Optional.of(List.of(referencePath(event, refPos)));
      Optional<List<ReferenceLink>> links = event.lane().map(lane -> List.of(referenceLink(lane)));
      rtes.add(
          new RteData(
              id,
              RteEventCodes.eventType(event.type()),
              RteEventCodes.eventSource(event.type()),
              position,
              OptionalInt.of(radiusDm(event.radiusM())),
              description(event.description()),
              time,
              priority,
              paths,
              links,
              OptionalInt.of(RteEventCodes.confidence0p5Pct(event.type()))));
      if (event.speedLimitMps().isPresent() && rtss.size() < RoadSideInformation.RTSS_MAX) {
        double limitKph = event.speedLimitMps().get() * 3.6;
        rtss.add(
            new RtsData(
                id,
                RteEventCodes.SPEED_LIMIT_SIGN_TYPE,
                position,
                description(String.format(Locale.ROOT, "speed limit %.0f km/h", limitKph)),
                time,
                priority,
                paths,
                links));
      }
    }
    return new RoadSideInformation(
        msgCnt,
        OptionalInt.of(TimeFields.minuteOfTheYear(epochMs)),
        rsu.idOctets(),
        refPos,
        rtes.isEmpty() ? Optional.empty() : Optional.of(rtes),
        rtss.isEmpty() ? Optional.empty() : Optional.of(rtss));
  }

  private RsiTimeDetails timeDetails(ActiveEvent event) {
    OptionalInt start =
        OptionalInt.of(
            TimeFields.minuteOfTheYear(startEpochMs + Math.round(event.startS() * 1000)));
    if (!Double.isFinite(event.endS())) {
      return new RsiTimeDetails(start, OptionalInt.empty(), Optional.empty());
    }
    OptionalInt end =
        OptionalInt.of(TimeFields.minuteOfTheYear(startEpochMs + Math.round(event.endS() * 1000)));
    return new RsiTimeDetails(start, end, END_TIME_CONFIDENCE);
  }

  /**
   * The stretch of the event's lane it covers (its centre line from the event's radius before to
   * its radius after the event), as wide as the lane; a circle of the event's radius otherwise.
   */
  private ReferencePath referencePath(ActiveEvent event, Position3D refPos) {
    if (event.lane().isEmpty()) {
      return new ReferencePath(
          List.of(geo.offset(refPos, event.eastM(), event.northM())), radiusDm(event.radiusM()));
    }
    Lane lane = event.lane().get();
    Polyline line = lane.centreLine();
    double along = along(line, event.eastM(), event.northM());
    double fromM = Math.max(0, along - event.radiusM());
    double toM = Math.min(line.lengthM(), along + event.radiusM());
    List<PositionOffsetLlv> points = new ArrayList<>();
    line.locate(fromM, pose);
    points.add(geo.offset(refPos, pose[0], pose[1]));
    double cumulativeM = 0;
    for (int i = 1; i < line.pointCount() - 1; i++) {
      cumulativeM +=
          Math.hypot(line.eastM(i) - line.eastM(i - 1), line.northM(i) - line.northM(i - 1));
      if (cumulativeM > fromM
          && cumulativeM < toM
          && points.size() < ReferencePath.ACTIVE_PATH_MAX - 1) {
        points.add(geo.offset(refPos, line.eastM(i), line.northM(i)));
      }
    }
    if (toM > fromM) {
      line.locate(toM, pose);
      points.add(geo.offset(refPos, pose[0], pose[1]));
    }
    return new ReferencePath(points, radiusDm(lane.widthM() / 2));
  }

  /** Distance along {@code line} of the point on it nearest to (east, north). */
  static double along(Polyline line, double eastM, double northM) {
    double best = Double.POSITIVE_INFINITY;
    double bestAlong = 0;
    double cumulativeM = 0;
    for (int i = 0; i + 1 < line.pointCount(); i++) {
      double x0 = line.eastM(i);
      double y0 = line.northM(i);
      double dx = line.eastM(i + 1) - x0;
      double dy = line.northM(i + 1) - y0;
      double lengthSquared = dx * dx + dy * dy;
      double t =
          lengthSquared > 0
              ? Math.max(0, Math.min(1, ((eastM - x0) * dx + (northM - y0) * dy) / lengthSquared))
              : 0;
      double px = x0 + t * dx - eastM;
      double py = y0 + t * dy - northM;
      double distanceSquared = px * px + py * py;
      if (distanceSquared < best) {
        best = distanceSquared;
        bestAlong = cumulativeM + t * Math.sqrt(lengthSquared);
      }
      cumulativeM += Math.sqrt(lengthSquared);
    }
    return bestAlong;
  }

  /** The event's link, with its lane as lane1..lane15 counted from the median. */
  private static ReferenceLink referenceLink(Lane lane) {
    int number = lane.link().lanes().indexOf(lane) + 1;
    OptionalInt lanes =
        number >= 1 && number <= 15
            ? OptionalInt.of(ReferenceLanes.of(ReferenceLanes.lane(number)))
            : OptionalInt.empty();
    return new ReferenceLink(
        MapFactory.nodeReference(lane.link().from()),
        MapFactory.nodeReference(lane.link().to()),
        lanes);
  }

  private static int radiusDm(double radiusM) {
    return (int) Math.max(0, Math.min(ReferencePath.RADIUS_MAX, Math.round(radiusM * 10)));
  }

  /**
   * A description: textString for printable ASCII; textGB2312 for Chinese text (when the JDK has
   * the charset and the text fits 512 octets); otherwise textString with '?' for what IA5 cannot
   * hold. At most 512 characters.
   */
  static Optional<Description> description(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    boolean ascii = text.chars().allMatch(c -> c >= 32 && c < 127);
    if (!ascii && Description.TextGb2312.charset().isPresent()) {
      try {
        Description.TextGb2312 gb2312 = Description.TextGb2312.encodeText(text);
        return Optional.of(gb2312);
      } catch (RuntimeException e) {
        // A character GB2312 lacks, or too long: fall back to IA5.
      }
    }
    int length = Math.min(text.length(), Description.TextString.MAX_LENGTH);
    StringBuilder ia5 = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      ia5.append(c >= 32 && c < 127 ? c : '?');
    }
    return Optional.of(new Description.TextString(ia5.toString()));
  }
}
