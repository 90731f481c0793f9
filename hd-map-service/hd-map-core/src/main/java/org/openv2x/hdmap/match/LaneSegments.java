package org.openv2x.hdmap.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.derive.LocalFrame;

/**
 * The match candidates of a set of intersection versions in flat arrays: every driven lane's centre
 * line and every connection path from a driven lane (a candidate), cut into segments in the local
 * metres of the candidate's intersection (east, north from its reference point).
 *
 * <p>A segment's geometry is {@link #STRIDE} floats (32 bytes: floats hold local metres to a
 * millimetre within kilometres, in half the memory of doubles) from {@code segment * STRIDE}: start
 * east and north, unit direction east and north, length, the square of the largest plausible
 * lateral distance, one over the square of the half width, and the direction as a heading in
 * degrees.
 */
final class LaneSegments {
  static final double NORTH_M_PER_DEG = Math.toRadians(LocalFrame.EARTH_RADIUS_M);

  static final int STRIDE = 8;
  static final int AX = 0;
  static final int AY = 1;
  static final int UX = 2;
  static final int UY = 3;
  static final int LENGTH = 4;
  static final int MAX_LATERAL_SQ = 5;
  static final int INV_HALF_WIDTH_SQ = 6;
  static final int HEADING = 7;

  // Per intersection (frame): the reference point and metres per degree of longitude there.
  final double[] originLatDeg;
  final double[] originLonDeg;
  final double[] eastMPerDeg;

  // Per candidate.
  final IntersectionId[] intersection;
  final String[] approachId;
  final String[] laneKey;
  final List<Optional<String>> connectionKey;
  final double[] lengthM;
  final boolean[] ingress;

  /** The candidate's lane: a lane's own number, a connection's ingress lane's. */
  final int[] group;

  // Per segment.
  final float[] geometry;
  final double[] alongStartM;
  final int[] candidate;
  final int[] frame;

  private record Candidate(
      int frame,
      IntersectionId intersection,
      String approachId,
      String laneKey,
      Optional<String> connectionKey,
      double halfWidthM,
      boolean ingress,
      int group,
      List<GeoPoint> line) {}

  private LaneSegments(List<IntersectionVersion> versions, List<Candidate> candidates) {
    int frames = versions.size();
    originLatDeg = new double[frames];
    originLonDeg = new double[frames];
    eastMPerDeg = new double[frames];
    for (int f = 0; f < frames; f++) {
      GeoPoint origin = versions.get(f).intersection().refPoint();
      originLatDeg[f] = origin.latDeg();
      originLonDeg[f] = origin.lonDeg();
      eastMPerDeg[f] = NORTH_M_PER_DEG * Math.cos(Math.toRadians(origin.latDeg()));
    }
    int n = candidates.size();
    intersection = new IntersectionId[n];
    approachId = new String[n];
    laneKey = new String[n];
    List<Optional<String>> connections = new ArrayList<>(n);
    lengthM = new double[n];
    ingress = new boolean[n];
    group = new int[n];
    int segments = 0;
    for (Candidate c : candidates) {
      segments += c.line().size() - 1;
    }
    float[] geometry = new float[segments * STRIDE];
    double[] alongStartM = new double[segments];
    int[] candidate = new int[segments];
    int[] frame = new int[segments];
    int s = 0;
    for (int c = 0; c < n; c++) {
      Candidate from = candidates.get(c);
      intersection[c] = from.intersection();
      approachId[c] = from.approachId();
      laneKey[c] = from.laneKey();
      connections.add(from.connectionKey());
      ingress[c] = from.ingress();
      group[c] = from.group();
      int f = from.frame();
      double maxLateralM = from.halfWidthM() + MapMatchers.GNSS_TOLERANCE_M;
      double alongM = 0;
      for (int p = 1; p < from.line().size(); p++) {
        GeoPoint a = from.line().get(p - 1);
        GeoPoint b = from.line().get(p);
        double ax = (a.lonDeg() - originLonDeg[f]) * eastMPerDeg[f];
        double ay = (a.latDeg() - originLatDeg[f]) * NORTH_M_PER_DEG;
        double dx = (b.lonDeg() - originLonDeg[f]) * eastMPerDeg[f] - ax;
        double dy = (b.latDeg() - originLatDeg[f]) * NORTH_M_PER_DEG - ay;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
          continue;
        }
        int g = s * STRIDE;
        geometry[g + AX] = (float) ax;
        geometry[g + AY] = (float) ay;
        geometry[g + UX] = (float) (dx / length);
        geometry[g + UY] = (float) (dy / length);
        geometry[g + LENGTH] = (float) length;
        geometry[g + MAX_LATERAL_SQ] = (float) (maxLateralM * maxLateralM);
        geometry[g + INV_HALF_WIDTH_SQ] = (float) (1 / (from.halfWidthM() * from.halfWidthM()));
        double headingDeg = Math.toDegrees(Math.atan2(dx, dy));
        geometry[g + HEADING] = (float) (headingDeg < 0 ? headingDeg + 360 : headingDeg);
        alongStartM[s] = alongM;
        candidate[s] = c;
        frame[s] = f;
        alongM += geometry[g + LENGTH];
        s++;
      }
      lengthM[c] = alongM;
    }
    this.connectionKey = List.copyOf(connections);
    this.geometry = Arrays.copyOf(geometry, s * STRIDE);
    this.alongStartM = Arrays.copyOf(alongStartM, s);
    this.candidate = Arrays.copyOf(candidate, s);
    this.frame = Arrays.copyOf(frame, s);
  }

  int segmentCount() {
    return candidate.length;
  }

  /**
   * The candidates of {@code versions}.
   *
   * @throws IllegalArgumentException when two versions are of the same intersection, or a version's
   *     derived lanes do not belong to its content
   */
  static LaneSegments of(Collection<IntersectionVersion> versions) {
    List<IntersectionVersion> list = List.copyOf(versions);
    Set<IntersectionId> seen = new HashSet<>();
    List<Candidate> candidates = new ArrayList<>();
    for (int f = 0; f < list.size(); f++) {
      IntersectionVersion version = list.get(f);
      if (!seen.add(version.id())) {
        throw new IllegalArgumentException(
            "versions: intersection " + version.id() + " is given more than once");
      }
      addCandidates(f, version, candidates);
    }
    return new LaneSegments(list, candidates);
  }

  private static void addCandidates(int f, IntersectionVersion version, List<Candidate> out) {
    IntersectionId id = version.id();
    List<DerivedLane> derived = version.derived().lanes();
    Map<String, Integer> laneCandidates = new HashMap<>();
    int k = 0;
    for (Approach approach : version.intersection().approaches()) {
      for (Lane lane : approach.lanes()) {
        String key = LaneKeys.lane(id, approach, lane);
        if (k >= derived.size() || !derived.get(k).laneKey().equals(key)) {
          throw new IllegalArgumentException(
              "intersection " + id + ": its derived geometry has no lane " + key + " at " + k);
        }
        double halfWidthM = derived.get(k++).widthM() / 2;
        if (lane.type().isDriven() && lane.centreLine().size() >= 2 && halfWidthM > 0) {
          laneCandidates.put(key, out.size());
          out.add(
              new Candidate(
                  f,
                  id,
                  approach.id(),
                  key,
                  Optional.empty(),
                  halfWidthM,
                  approach.kind() == ApproachKind.INGRESS,
                  out.size(),
                  lane.centreLine()));
        }
      }
    }
    if (k != derived.size()) {
      throw new IllegalArgumentException(
          "intersection "
              + id
              + ": its derived geometry has "
              + derived.size()
              + " lanes, not "
              + k);
    }
    for (DerivedConnection connection : version.derived().connections()) {
      Integer from = laneCandidates.get(connection.fromLaneKey());
      if (from == null || connection.path().size() < 2) {
        continue;
      }
      Candidate lane = out.get(from);
      out.add(
          new Candidate(
              f,
              id,
              lane.approachId(),
              lane.laneKey(),
              Optional.of(connection.connectionKey()),
              lane.halfWidthM(),
              false,
              from,
              connection.path()));
    }
  }
}
