package org.openv2x.hdmap.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.MapContent;
import org.openv2x.hdmap.MapProblem;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.derive.MapDerivation;
import org.openv2x.hdmap.derive.RemoteLanes;
import org.openv2x.hdmap.match.MapMatcher;
import org.openv2x.hdmap.match.MapMatchers;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.validate.MapValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map service over a {@link RocksMapStore}: the current version of every intersection in memory
 * (an immutable snapshot replaced on each change, so reads take no lock), older versions from the
 * store, versioned writes and the matcher over the current versions.
 *
 * <p>{@link #store} is serialised. A changed intersection gets the next version number, its
 * geometry derived with the lanes of the other current versions and of the batch itself, and is
 * written and handed to the {@link SnapshotSink}; content equal to the current version's (same
 * {@link MapContent#hash}) costs no write and no publish. Intersections whose connections lead into
 * a stored one are derived again, so their connection paths use the new lanes instead of estimates:
 * same version number, derived geometry replaced in place, written and published again. The matcher
 * over the current versions is built when it is first asked for after a change.
 */
public final class HdMapService implements MapService {
  private static final Logger LOG = LoggerFactory.getLogger(HdMapService.class);

  private final RocksMapStore store;
  private final SnapshotSink sink;
  private final Clock clock;
  private final Counter versionsStored;
  private final Counter versionsRederived;
  private final Counter unchanged;
  private final Counter refused;
  private volatile State state;

  /** Intersection → those whose derivation looks up its lanes; used and changed in store(). */
  private final Map<IntersectionId, Set<IntersectionId>> lookedUpBy = new HashMap<>();

  /**
   * The current versions, never modified once published, and the matcher over them, built on the
   * first call of {@link #matcher()} (so a burst of stores does not build one matcher per store).
   */
  private static final class State {
    private final SortedMap<IntersectionId, IntersectionVersion> current;
    private volatile MapMatcher matcher;

    State(Map<IntersectionId, IntersectionVersion> versions) {
      this.current = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
    }

    SortedMap<IntersectionId, IntersectionVersion> current() {
      return current;
    }

    MapMatcher matcher() {
      MapMatcher built = matcher;
      if (built == null) {
        synchronized (this) {
          built = matcher;
          if (built == null) {
            built = MapMatchers.of(current.values());
            matcher = built;
          }
        }
      }
      return built;
    }
  }

  /**
   * Loads the current version of every intersection from {@code store} (unreadable ones are logged
   * and left out) and registers the metrics.
   */
  public HdMapService(RocksMapStore store, SnapshotSink sink, MeterRegistry registry) {
    this(store, sink, registry, Clock.systemUTC());
  }

  HdMapService(RocksMapStore store, SnapshotSink sink, MeterRegistry registry, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
    Map<IntersectionId, IntersectionVersion> loaded = new HashMap<>();
    for (IntersectionVersion version : store.allCurrent()) {
      loaded.put(version.id(), version);
    }
    this.state = new State(loaded);
    for (IntersectionVersion version : loaded.values()) {
      index(version.intersection());
    }
    LOG.info("map service: {} intersections in service", loaded.size());
    versionsStored =
        Counter.builder("hdmap.versions.stored")
            .description("Intersection versions stored (a new version number)")
            .register(registry);
    versionsRederived =
        Counter.builder("hdmap.versions.rederived")
            .description(
                "Current versions whose derived geometry was replaced because an intersection"
                    + " their connections lead into was stored")
            .register(registry);
    unchanged =
        Counter.builder("hdmap.intersections.unchanged")
            .description("Intersections offered to store whose content equalled their current one")
            .register(registry);
    refused =
        Counter.builder("hdmap.stores.refused")
            .description("Store requests refused as invalid maps (nothing stored)")
            .register(registry);
    Gauge.builder("hdmap.intersections", this, service -> service.state.current().size())
        .description("Intersections with a version in service")
        .register(registry);
  }

  @Override
  public Optional<IntersectionVersion> current(IntersectionId id) {
    return Optional.ofNullable(state.current().get(id));
  }

  @Override
  public Optional<IntersectionVersion> version(IntersectionId id, int version) {
    IntersectionVersion current = state.current().get(id);
    if (current != null && current.info().version() == version) {
      return Optional.of(current);
    }
    return store.version(id, version);
  }

  @Override
  public List<VersionInfo> versions(IntersectionId id) {
    List<VersionInfo> infos = new ArrayList<>();
    for (IntersectionVersion version : store.versions(id)) {
      infos.add(version.info());
    }
    return infos;
  }

  @Override
  public List<IntersectionVersion> currentIn(BoundingBox bbox) {
    SortedMap<IntersectionId, IntersectionVersion> current = state.current();
    List<IntersectionVersion> found = new ArrayList<>();
    for (IntersectionId id : store.intersectionsIn(bbox)) {
      IntersectionVersion version = current.get(id);
      if (version != null && version.derived().bounds().intersects(bbox)) {
        found.add(version);
      }
    }
    return found;
  }

  @Override
  public List<IntersectionVersion> all() {
    return List.copyOf(state.current().values());
  }

  @Override
  public Optional<LaneView> lane(String laneKey) {
    Optional<IntersectionId> id = store.intersectionOfLane(laneKey);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    IntersectionVersion version = state.current().get(id.get());
    if (version == null) {
      return Optional.empty();
    }
    for (Approach approach : version.intersection().approaches()) {
      for (Lane lane : approach.lanes()) {
        if (LaneKeys.lane(version.id(), approach, lane).equals(laneKey)) {
          return derivedLane(version.derived(), laneKey)
              .map(derived -> new LaneView(version, approach, lane, derived));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public MapMatcher matcher() {
    return state.matcher();
  }

  /** The number of intersections in service. */
  public int size() {
    return state.current().size();
  }

  @Override
  public synchronized StoreResult store(
      List<Intersection> intersections,
      MapSource source,
      Optional<String> origin,
      OptionalInt msgCnt,
      Optional<Instant> messageTime) {
    Objects.requireNonNull(intersections, "intersections");
    Objects.requireNonNull(source, "source");
    List<MapProblem> problems = MapValidator.validateAll(intersections);
    if (!problems.isEmpty()) {
      refused.increment();
      throw new InvalidMapException(problems);
    }
    State before = state;
    // the snapshot holds times in microseconds: what is served from memory equals what is stored
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Optional<Instant> messageMicros =
        messageTime == null
            ? Optional.empty()
            : messageTime.map(t -> t.truncatedTo(ChronoUnit.MICROS));
    // The batch's own content first, then the versions in service: looked up per lane, so a store
    // costs the same whatever the size of the map.
    Map<IntersectionId, Intersection> batch = new HashMap<>();
    for (Intersection intersection : intersections) {
      batch.put(intersection.id(), intersection);
    }
    RemoteLanes remoteLanes =
        remoteLanes(
            id -> {
              Intersection inBatch = batch.get(id);
              if (inBatch != null) {
                return inBatch;
              }
              IntersectionVersion current = before.current().get(id);
              return current == null ? null : current.intersection();
            });

    List<IntersectionVersion> written = new ArrayList<>();
    List<StoreResult.Stored> stored = new ArrayList<>();
    List<IntersectionId> same = new ArrayList<>();
    for (Intersection intersection : intersections) {
      String hash = MapContent.hash(intersection);
      IntersectionVersion current = before.current().get(intersection.id());
      if (current != null && current.info().contentHash().equals(hash)) {
        same.add(intersection.id());
        continue;
      }
      int number = store.currentVersionNumber(intersection.id()).orElse(0) + 1;
      VersionInfo info =
          new VersionInfo(
              number,
              source,
              now,
              hash,
              msgCnt == null ? OptionalInt.empty() : msgCnt,
              messageMicros,
              origin == null ? Optional.empty() : origin);
      written.add(
          new IntersectionVersion(
              intersection, info, MapDerivation.derive(intersection, remoteLanes)));
      stored.add(new StoreResult.Stored(intersection.id(), number));
    }
    unchanged.increment(same.size());
    if (written.isEmpty()) {
      return new StoreResult(stored, same);
    }

    Set<IntersectionId> storedIds = new LinkedHashSet<>();
    for (StoreResult.Stored s : stored) {
      storedIds.add(s.id());
    }
    Set<IntersectionId> neighbours = new TreeSet<>();
    for (IntersectionId id : storedIds) {
      neighbours.addAll(lookedUpBy.getOrDefault(id, Set.of()));
    }
    neighbours.removeAll(storedIds);
    int rederived = 0;
    for (IntersectionId neighbourId : neighbours) {
      IntersectionVersion neighbour = before.current().get(neighbourId);
      if (neighbour == null) {
        continue;
      }
      try {
        DerivedGeometry again = MapDerivation.derive(neighbour.intersection(), remoteLanes);
        if (!again.equals(neighbour.derived())) {
          written.add(new IntersectionVersion(neighbour.intersection(), neighbour.info(), again));
          rederived++;
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "map service: intersection {} could not be derived again, keeps its geometry: {}",
            neighbour.id(),
            e.toString());
      }
    }

    store.put(written);
    for (int i = 0; i < stored.size(); i++) {
      IntersectionVersion previous = before.current().get(written.get(i).id());
      if (previous != null) {
        unindex(previous.intersection());
      }
      index(written.get(i).intersection());
    }
    Map<IntersectionId, IntersectionVersion> next = new HashMap<>(before.current());
    for (IntersectionVersion version : written) {
      next.put(version.id(), version);
    }
    state = new State(next);
    versionsStored.increment(stored.size());
    versionsRederived.increment(rederived);
    LOG.info(
        "map service: stored {} from {}{}{}",
        stored,
        source,
        origin == null ? "" : origin.map(o -> " " + o).orElse(""),
        rederived == 0 ? "" : ", derived " + rederived + " neighbours again");
    for (IntersectionVersion version : written) {
      try {
        sink.publish(version);
      } catch (RuntimeException e) {
        LOG.warn("map service: publishing {} failed: {}", version.id(), e.toString());
      }
    }
    return new StoreResult(stored, same);
  }

  private void index(Intersection content) {
    for (IntersectionId remote : MapDerivation.remoteIntersections(content)) {
      lookedUpBy.computeIfAbsent(remote, k -> new HashSet<>()).add(content.id());
    }
  }

  private void unindex(Intersection content) {
    for (IntersectionId remote : MapDerivation.remoteIntersections(content)) {
      Set<IntersectionId> lookers = lookedUpBy.get(remote);
      if (lookers != null) {
        lookers.remove(content.id());
        if (lookers.isEmpty()) {
          lookedUpBy.remove(remote);
        }
      }
    }
  }

  private static Optional<DerivedLane> derivedLane(DerivedGeometry derived, String laneKey) {
    for (DerivedLane lane : derived.lanes()) {
      if (lane.laneKey().equals(laneKey)) {
        return Optional.of(lane);
      }
    }
    return Optional.empty();
  }

  /** The centre lines of the lanes of {@code contents}, by lane key. */
  private static RemoteLanes remoteLanes(Function<IntersectionId, Intersection> contents) {
    return laneKey -> {
      IntersectionId id;
      try {
        id = LaneKeys.intersectionOf(laneKey);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      Intersection intersection = contents.apply(id);
      if (intersection == null) {
        return Optional.empty();
      }
      for (Approach approach : intersection.approaches()) {
        for (Lane lane : approach.lanes()) {
          if (LaneKeys.lane(id, approach, lane).equals(laneKey)) {
            return Optional.of(lane.centreLine());
          }
        }
      }
      return Optional.empty();
    };
  }
}
