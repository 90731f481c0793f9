package org.openv2x.hdmap.server;

import java.util.List;
import java.util.Optional;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.match.MapMatcher;

/** What the HTTP API and the MAP intake ask of the map: reads, versioned writes, matching. */
public interface MapService {
  /** The version in service of an intersection. */
  Optional<IntersectionVersion> current(IntersectionId id);

  /** One version of an intersection (1, 2, ...). */
  Optional<IntersectionVersion> version(IntersectionId id, int version);

  /** Every version of an intersection, oldest first; empty when it is unknown. */
  List<VersionInfo> versions(IntersectionId id);

  /** The current version of every intersection whose bounds meet {@code bbox}, by id. */
  List<IntersectionVersion> currentIn(BoundingBox bbox);

  /** Every intersection's current version, by id. */
  List<IntersectionVersion> all();

  /**
   * A lane by its key ({@code org.openv2x.hdmap.LaneKeys}), in its intersection's current version.
   */
  Optional<LaneView> lane(String laneKey);

  /**
   * Stores these intersections, all or none: each is validated (problems of all of them are
   * reported together, each naming its element; then nothing is stored and the versions in service
   * stay), its geometry derived; one whose content equals its current version costs nothing and
   * keeps its version; a changed one becomes the next version and is published.
   *
   * @param origin the RSU id or the file name the content came from
   * @throws InvalidMapException with every problem found
   */
  StoreResult store(
      List<Intersection> intersections,
      MapSource source,
      Optional<String> origin,
      java.util.OptionalInt msgCnt,
      Optional<java.time.Instant> messageTime);

  /** The matcher over every current version (replaced whenever a version is stored). */
  MapMatcher matcher();
}
