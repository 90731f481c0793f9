package org.openv2x.hdmap.geojson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.MapProblem;
import org.openv2x.hdmap.geojson.FeatureReader.ConnectionFeature;
import org.openv2x.hdmap.geojson.FeatureReader.IntersectionFeature;
import org.openv2x.hdmap.geojson.FeatureReader.LaneFeature;
import org.openv2x.hdmap.geojson.FeatureValues.Issue;

/**
 * Collects the features of one document and their problems, then puts the intersections together:
 * lanes into their intersection's approaches (in the order the lanes come), connections onto their
 * lanes, refusing duplicate ids, dangling references and approach values that disagree.
 */
final class MapAssembler {
  /** Problems listed at most; beyond, only counted. */
  static final int MAX_PROBLEMS = 1_000;

  private final List<MapProblem> problems = new ArrayList<>();
  private int unlisted;
  private final Set<IntersectionId> declaredIntersections = new HashSet<>();
  private final Set<String> declaredLanes = new HashSet<>();
  private final List<IntersectionFeature> intersections = new ArrayList<>();
  private final List<LaneFeature> lanes = new ArrayList<>();
  private final List<ConnectionFeature> connections = new ArrayList<>();

  void problem(String element, String reason) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new MapProblem(element, reason));
    } else {
      unlisted++;
    }
  }

  void problems(String element, List<Issue> issues) {
    for (Issue issue : issues) {
      problem(element + " " + issue.path(), issue.reason());
    }
  }

  /** An intersection feature with this id exists (even if it has problems of its own). */
  void declareIntersection(IntersectionId id) {
    declaredIntersections.add(id);
  }

  /** A lane feature with this key exists (even if it has problems of its own). */
  void declareLane(String laneKey) {
    declaredLanes.add(laneKey);
  }

  void add(IntersectionFeature feature) {
    intersections.add(feature);
  }

  void add(LaneFeature feature) {
    lanes.add(feature);
  }

  void add(ConnectionFeature feature) {
    connections.add(feature);
  }

  /** Every problem found, with a last one counting those beyond {@link #MAX_PROBLEMS}. */
  List<MapProblem> problems() {
    if (unlisted == 0) {
      return problems;
    }
    List<MapProblem> all = new ArrayList<>(problems);
    all.add(new MapProblem("document", unlisted + " more problems, not listed"));
    return all;
  }

  /** The intersections in the order of their features; adds a problem for every wrong reference. */
  List<Intersection> assemble() {
    Map<IntersectionId, IntersectionParts> byId = new LinkedHashMap<>();
    for (IntersectionFeature feature : intersections) {
      IntersectionParts first = byId.putIfAbsent(feature.id(), new IntersectionParts(feature));
      if (first != null) {
        problem(
            feature.element() + " properties.id",
            "intersection " + feature.id() + " is also " + first.feature.element());
      }
    }
    Map<String, LaneParts> byKey = new LinkedHashMap<>();
    for (LaneFeature feature : lanes) {
      IntersectionParts intersection = byId.get(feature.intersection());
      if (intersection == null) {
        if (!declaredIntersections.contains(feature.intersection())) {
          problem(
              feature.element() + " properties.intersection",
              "no intersection feature with id " + feature.intersection() + " in this file");
        }
        continue;
      }
      LaneParts lane = new LaneParts(feature);
      LaneParts first = byKey.putIfAbsent(feature.key(), lane);
      if (first != null) {
        problem(
            feature.element() + " properties.laneId",
            "lane " + feature.key() + " is also " + first.feature.element());
        continue;
      }
      intersection
          .approaches
          .computeIfAbsent(feature.approach().id(), id -> new ApproachParts(feature))
          .add(lane);
    }
    for (ConnectionFeature feature : connections) {
      LaneParts lane = byKey.get(feature.fromLaneKey());
      if (lane != null) {
        lane.connections.add(feature.connection());
      } else if (!declaredLanes.contains(feature.fromLaneKey())) {
        problem(
            feature.element() + " properties.fromLane",
            "no lane " + feature.fromLaneKey() + " in this file");
      }
    }
    return byId.values().stream().map(IntersectionParts::build).toList();
  }

  private static final class IntersectionParts {
    final IntersectionFeature feature;
    final Map<String, ApproachParts> approaches = new LinkedHashMap<>();

    IntersectionParts(IntersectionFeature feature) {
      this.feature = feature;
    }

    Intersection build() {
      return new Intersection(
          feature.id(),
          feature.name(),
          feature.refPoint(),
          feature.elevationM(),
          approaches.values().stream().map(ApproachParts::build).toList());
    }
  }

  /** An approach's lanes and its values, each with the first lane that stated it. */
  private final class ApproachParts {
    final LaneFeature first;
    final List<LaneParts> lanes = new ArrayList<>();
    LaneFeature nameFrom;
    LaneFeature widthFrom;
    LaneFeature speedLimitsFrom;

    ApproachParts(LaneFeature first) {
      this.first = first;
    }

    void add(LaneParts lane) {
      LaneFeature feature = lane.feature;
      lanes.add(lane);
      if (feature.approachName().isPresent()) {
        nameFrom = agree(nameFrom, feature, "approachName", f -> f.approachName().get());
      }
      if (feature.approachWidthM().isPresent()) {
        widthFrom =
            agree(widthFrom, feature, "approachWidthM", f -> f.approachWidthM().getAsDouble());
      }
      if (feature.approachSpeedLimits().isPresent()) {
        speedLimitsFrom =
            agree(
                speedLimitsFrom,
                feature,
                "approachSpeedLimits",
                f -> f.approachSpeedLimits().get());
      }
    }

    /** The lane that states the value first; a problem when {@code lane} states another. */
    private LaneFeature agree(
        LaneFeature stated,
        LaneFeature lane,
        String property,
        Function<LaneFeature, Object> value) {
      if (stated == null) {
        return lane;
      }
      if (!Objects.equals(value.apply(stated), value.apply(lane))) {
        problem(
            lane.element() + " properties." + property,
            "disagrees with "
                + stated.element()
                + " on approach "
                + lane.approach().id()
                + " (an approach's values must be the same on each of its lanes)");
      }
      return stated;
    }

    Approach build() {
      return new Approach(
          first.approach().kind(),
          first.approach().otherNode(),
          nameFrom == null ? Optional.empty() : nameFrom.approachName(),
          speedLimitsFrom == null ? List.of() : speedLimitsFrom.approachSpeedLimits().get(),
          widthFrom == null ? OptionalDouble.empty() : widthFrom.approachWidthM(),
          lanes.stream().map(LaneParts::build).toList());
    }
  }

  private static final class LaneParts {
    final LaneFeature feature;
    final List<LaneConnection> connections = new ArrayList<>();

    LaneParts(LaneFeature feature) {
      this.feature = feature;
    }

    Lane build() {
      return feature.lane().withConnections(connections);
    }
  }
}
