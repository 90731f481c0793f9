package org.openv2x.hdmap.server.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.convert.HdMapProto;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every version of every intersection in RocksDB (one directory), with the indexes the service
 * reads by. Column families:
 *
 * <ul>
 *   <li>{@code intersections}: intersection key → the current version number (4 bytes, big-endian)
 *       and the content hash (UTF-8 hex);
 *   <li>{@code versions}: intersection key, 0x00, version number (4 bytes, big-endian) → the
 *       snapshot ({@link HdMapProto#toBytes}); a prefix scan gives the versions oldest first;
 *   <li>{@code lanes}: lane key → intersection key, for the lanes of each current version;
 *   <li>{@code spatial}: grid cell of {@value #CELL_DEG}° (latitude index, longitude index, 4 bytes
 *       big-endian each, counted from −90° and −180° so they stay positive) followed by the
 *       intersection key → empty, for every cell the bounds of a current version touch.
 * </ul>
 *
 * <p>Each {@link #put} is one atomic write batch with the write-ahead log synced to disk: what it
 * returned from is kept, also when the process is killed right after. A value that cannot be read
 * back (a corrupt snapshot) is logged and skipped, never fatal. Thread-safe; {@link #close()} waits
 * for the reads and writes under way.
 */
public final class RocksMapStore implements AutoCloseable {
  /** The size of a spatial grid cell in degrees of latitude and of longitude. */
  public static final double CELL_DEG = 0.01;

  /** Most spatial cells one intersection's bounds may cover (about 100 km × 100 km). */
  public static final int MAX_CELLS = 100 * 100;

  static final String CF_INTERSECTIONS = "intersections";
  static final String CF_VERSIONS = "versions";
  static final String CF_LANES = "lanes";
  static final String CF_SPATIAL = "spatial";

  private static final int CELLS_PER_DEG = 100;
  private static final Logger LOG = LoggerFactory.getLogger(RocksMapStore.class);

  static {
    RocksDB.loadLibrary();
  }

  private final Path directory;
  private final DBOptions dbOptions;
  private final ColumnFamilyOptions cfOptions;
  private final List<ColumnFamilyHandle> handles;
  private final RocksDB db;
  private final ColumnFamilyHandle intersections;
  private final ColumnFamilyHandle versions;
  private final ColumnFamilyHandle lanes;
  private final ColumnFamilyHandle spatial;
  private final WriteOptions syncWrites;
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private RocksMapStore(
      Path directory,
      DBOptions dbOptions,
      ColumnFamilyOptions cfOptions,
      List<ColumnFamilyHandle> handles,
      RocksDB db) {
    this.directory = directory;
    this.dbOptions = dbOptions;
    this.cfOptions = cfOptions;
    this.handles = handles;
    this.db = db;
    this.intersections = handles.get(1);
    this.versions = handles.get(2);
    this.lanes = handles.get(3);
    this.spatial = handles.get(4);
    this.syncWrites = new WriteOptions().setSync(true);
  }

  /**
   * Opens the store in {@code directory}, creating it (and its column families) when missing.
   *
   * @throws MapStoreException when RocksDB cannot open it (in use by another process, unreadable)
   */
  public static RocksMapStore open(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    DBOptions dbOptions = null;
    ColumnFamilyOptions cfOptions = null;
    try {
      Files.createDirectories(dir);
      dbOptions =
          new DBOptions()
              .setCreateIfMissing(true)
              .setCreateMissingColumnFamilies(true)
              .setKeepLogFileNum(3);
      cfOptions = new ColumnFamilyOptions().setWriteBufferSize(8L << 20);
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfOptions));
      for (String name : List.of(CF_INTERSECTIONS, CF_VERSIONS, CF_LANES, CF_SPATIAL)) {
        descriptors.add(
            new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.UTF_8), cfOptions));
      }
      List<ColumnFamilyHandle> handles = new ArrayList<>();
      RocksDB db = RocksDB.open(dbOptions, dir.toString(), descriptors, handles);
      LOG.info("map store open at {} (RocksDB {})", dir, RocksDB.rocksdbVersion());
      return new RocksMapStore(dir, dbOptions, cfOptions, handles, db);
    } catch (RocksDBException | java.io.IOException e) {
      if (dbOptions != null) {
        dbOptions.close();
      }
      if (cfOptions != null) {
        cfOptions.close();
      }
      throw new MapStoreException("cannot open the map store at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The directory of the store (absolute). */
  public Path directory() {
    return directory;
  }

  /** {@link #put(Collection)} of one version. */
  public void put(IntersectionVersion version) {
    put(List.of(version));
  }

  /**
   * Writes these versions and makes each the current version of its intersection, in one atomic
   * batch synced to disk; the lane and spatial indexes of the versions they replace are updated. A
   * version may have the number of the current one (its derived geometry replaced in place), not a
   * lower one.
   *
   * @throws IllegalArgumentException when an intersection appears twice, a version is older than
   *     the current one, or its bounds cover more than {@link #MAX_CELLS} cells
   * @throws MapStoreException when RocksDB fails; then nothing is written
   */
  public void put(Collection<IntersectionVersion> batchVersions) {
    Set<IntersectionId> seen = new HashSet<>();
    for (IntersectionVersion version : batchVersions) {
      if (!seen.add(version.id())) {
        throw new IllegalArgumentException("intersection " + version.id() + " twice in one put");
      }
    }
    lifecycle.readLock().lock();
    try (WriteBatch batch = new WriteBatch()) {
      checkOpen();
      for (IntersectionVersion version : batchVersions) {
        addToBatch(batch, version);
      }
      db.write(syncWrites, batch);
    } catch (RocksDBException e) {
      throw new MapStoreException("cannot write to the map store: " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private void addToBatch(WriteBatch batch, IntersectionVersion version) throws RocksDBException {
    IntersectionId id = version.id();
    byte[] idKey = idKey(id);
    int number = version.info().version();
    Set<String> oldLanes = Set.of();
    Set<Cell> oldCells = Set.of();
    byte[] currentEntry = db.get(intersections, idKey);
    if (currentEntry != null && currentEntry.length >= 4) {
      int currentNumber = ByteBuffer.wrap(currentEntry).getInt();
      if (number < currentNumber) {
        throw new IllegalArgumentException(
            "intersection " + id + ": version " + number + " is older than " + currentNumber);
      }
      Optional<IntersectionVersion> previous = readVersion(id, currentNumber);
      if (previous.isPresent()) {
        oldLanes = laneKeys(previous.get());
        oldCells = cells(previous.get().derived().bounds());
      }
    }
    Set<String> newLanes = laneKeys(version);
    Set<Cell> newCells = cells(version.derived().bounds());
    byte[] hash = version.info().contentHash().getBytes(StandardCharsets.UTF_8);
    batch.put(
        intersections,
        idKey,
        ByteBuffer.allocate(4 + hash.length).putInt(number).put(hash).array());
    batch.put(versions, versionKey(id, number), HdMapProto.toBytes(version));
    for (String lane : oldLanes) {
      if (!newLanes.contains(lane)) {
        batch.delete(lanes, lane.getBytes(StandardCharsets.UTF_8));
      }
    }
    for (String lane : newLanes) {
      batch.put(lanes, lane.getBytes(StandardCharsets.UTF_8), idKey);
    }
    for (Cell cell : oldCells) {
      if (!newCells.contains(cell)) {
        batch.delete(spatial, spatialKey(cell, idKey));
      }
    }
    for (Cell cell : newCells) {
      batch.put(spatial, spatialKey(cell, idKey), new byte[0]);
    }
  }

  /** The current version of an intersection; empty when unknown or not readable. */
  public Optional<IntersectionVersion> current(IntersectionId id) {
    OptionalInt number = currentVersionNumber(id);
    return number.isPresent() ? version(id, number.getAsInt()) : Optional.empty();
  }

  /**
   * The number of the current version of an intersection, also when its snapshot cannot be read;
   * empty when the intersection is unknown.
   */
  public OptionalInt currentVersionNumber(IntersectionId id) {
    byte[] entry = get(intersections, idKey(id));
    if (entry == null) {
      return OptionalInt.empty();
    }
    if (entry.length < 4) {
      LOG.warn("map store: intersection {} has a corrupt entry ({} bytes)", id, entry.length);
      return OptionalInt.empty();
    }
    return OptionalInt.of(ByteBuffer.wrap(entry).getInt());
  }

  /** One version of an intersection; empty when it does not exist or cannot be read. */
  public Optional<IntersectionVersion> version(IntersectionId id, int number) {
    if (number < 1) {
      return Optional.empty();
    }
    return readVersion(id, number);
  }

  /** Every readable version of an intersection, oldest first; empty when it is unknown. */
  public List<IntersectionVersion> versions(IntersectionId id) {
    byte[] prefix = versionPrefix(id);
    List<IntersectionVersion> found = new ArrayList<>();
    lifecycle.readLock().lock();
    try {
      checkOpen();
      try (RocksIterator iterator = db.newIterator(versions)) {
        for (iterator.seek(prefix); iterator.isValid(); iterator.next()) {
          byte[] key = iterator.key();
          if (!startsWith(key, prefix)) {
            break;
          }
          decode(key, iterator.value()).ifPresent(found::add);
        }
      }
    } finally {
      lifecycle.readLock().unlock();
    }
    return found;
  }

  /**
   * The intersections whose current version's bounds touch a grid cell that {@code bbox} touches,
   * by id. A candidate list: an intersection may be listed whose bounds only share a cell with the
   * box; callers compare the bounds.
   */
  public List<IntersectionId> intersectionsIn(BoundingBox bbox) {
    int minLat = latIndex(bbox.minLatDeg());
    int maxLat = latIndex(bbox.maxLatDeg());
    int minLon = lonIndex(bbox.minLonDeg());
    int maxLon = lonIndex(bbox.maxLonDeg());
    Set<IntersectionId> found = new TreeSet<>();
    lifecycle.readLock().lock();
    try {
      checkOpen();
      try (RocksIterator iterator = db.newIterator(spatial)) {
        int lat = minLat;
        while (lat <= maxLat) {
          iterator.seek(ByteBuffer.allocate(8).putInt(lat).putInt(minLon).array());
          int nextLat = Integer.MAX_VALUE;
          for (; iterator.isValid(); iterator.next()) {
            byte[] key = iterator.key();
            if (key.length <= 8) {
              continue;
            }
            ByteBuffer cell = ByteBuffer.wrap(key);
            int keyLat = cell.getInt();
            int keyLon = cell.getInt();
            if (keyLat != lat) {
              nextLat = keyLat;
              break;
            }
            if (keyLon > maxLon) {
              nextLat = lat + 1;
              break;
            }
            parseId(Arrays.copyOfRange(key, 8, key.length)).ifPresent(found::add);
          }
          if (nextLat == Integer.MAX_VALUE) {
            break;
          }
          lat = nextLat;
        }
      }
    } finally {
      lifecycle.readLock().unlock();
    }
    return List.copyOf(found);
  }

  /**
   * The current version of every intersection, by id; one whose snapshot cannot be read is logged
   * and left out.
   */
  public List<IntersectionVersion> allCurrent() {
    List<IntersectionVersion> found = new ArrayList<>();
    lifecycle.readLock().lock();
    try {
      checkOpen();
      try (RocksIterator iterator = db.newIterator(intersections)) {
        for (iterator.seekToFirst(); iterator.isValid(); iterator.next()) {
          byte[] key = iterator.key();
          byte[] entry = iterator.value();
          Optional<IntersectionId> id = parseId(key);
          if (id.isEmpty()) {
            continue;
          }
          if (entry.length < 4) {
            LOG.warn(
                "map store: intersection {} has a corrupt entry ({} bytes), skipped",
                id.get(),
                entry.length);
            continue;
          }
          int number = ByteBuffer.wrap(entry).getInt();
          readVersion(id.get(), number).ifPresent(found::add);
        }
      }
    } finally {
      lifecycle.readLock().unlock();
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return found;
  }

  /** The intersection whose current version holds the lane {@code laneKey}. */
  public Optional<IntersectionId> intersectionOfLane(String laneKey) {
    byte[] value = get(lanes, laneKey.getBytes(StandardCharsets.UTF_8));
    return value == null ? Optional.empty() : parseId(value);
  }

  /** Closes RocksDB after the reads and writes under way; later calls fail. Idempotent. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (ColumnFamilyHandle handle : handles) {
        handle.close();
      }
      db.close();
      syncWrites.close();
      dbOptions.close();
      cfOptions.close();
      LOG.info("map store at {} closed", directory);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  private Optional<IntersectionVersion> readVersion(IntersectionId id, int number) {
    byte[] key = versionKey(id, number);
    byte[] value = get(versions, key);
    return value == null ? Optional.empty() : decode(key, value);
  }

  private Optional<IntersectionVersion> decode(byte[] key, byte[] value) {
    try {
      return Optional.of(HdMapProto.fromBytes(value));
    } catch (RuntimeException e) {
      LOG.warn(
          "map store: snapshot {} cannot be read, skipped: {}",
          describeVersionKey(key),
          e.getMessage());
      return Optional.empty();
    }
  }

  private byte[] get(ColumnFamilyHandle family, byte[] key) {
    lifecycle.readLock().lock();
    try {
      checkOpen();
      return db.get(family, key);
    } catch (RocksDBException e) {
      throw new MapStoreException("cannot read the map store: " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new MapStoreException("the map store at " + directory + " is closed");
    }
  }

  private static Set<String> laneKeys(IntersectionVersion version) {
    Set<String> keys = new LinkedHashSet<>();
    for (Approach approach : version.intersection().approaches()) {
      for (Lane lane : approach.lanes()) {
        keys.add(LaneKeys.lane(version.id(), approach, lane));
      }
    }
    return keys;
  }

  /** A spatial grid cell: indexes of {@link #CELL_DEG} from −90° latitude and −180° longitude. */
  record Cell(int latIndex, int lonIndex) {}

  static Set<Cell> cells(BoundingBox bounds) {
    int minLat = latIndex(bounds.minLatDeg());
    int maxLat = latIndex(bounds.maxLatDeg());
    int minLon = lonIndex(bounds.minLonDeg());
    int maxLon = lonIndex(bounds.maxLonDeg());
    long count = (long) (maxLat - minLat + 1) * (maxLon - minLon + 1);
    if (count > MAX_CELLS) {
      throw new IllegalArgumentException(
          "bounds " + bounds.toParameter() + " cover " + count + " cells, more than " + MAX_CELLS);
    }
    Set<Cell> cells = new LinkedHashSet<>();
    for (int lat = minLat; lat <= maxLat; lat++) {
      for (int lon = minLon; lon <= maxLon; lon++) {
        cells.add(new Cell(lat, lon));
      }
    }
    return cells;
  }

  static int latIndex(double latDeg) {
    return (int) Math.floor((latDeg + 90.0) * CELLS_PER_DEG);
  }

  static int lonIndex(double lonDeg) {
    return (int) Math.floor((lonDeg + 180.0) * CELLS_PER_DEG);
  }

  static byte[] idKey(IntersectionId id) {
    return id.key().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] versionPrefix(IntersectionId id) {
    byte[] idKey = idKey(id);
    return Arrays.copyOf(idKey, idKey.length + 1);
  }

  static byte[] versionKey(IntersectionId id, int number) {
    byte[] idKey = idKey(id);
    return ByteBuffer.allocate(idKey.length + 5).put(idKey).put((byte) 0).putInt(number).array();
  }

  private static byte[] spatialKey(Cell cell, byte[] idKey) {
    return ByteBuffer.allocate(8 + idKey.length)
        .putInt(cell.latIndex())
        .putInt(cell.lonIndex())
        .put(idKey)
        .array();
  }

  private static String describeVersionKey(byte[] key) {
    int zero = key.length - 5;
    if (zero > 0 && key[zero] == 0) {
      return new String(key, 0, zero, StandardCharsets.UTF_8)
          + " version "
          + ByteBuffer.wrap(key, zero + 1, 4).getInt();
    }
    return Arrays.toString(key);
  }

  private static Optional<IntersectionId> parseId(byte[] key) {
    String text = new String(key, StandardCharsets.UTF_8);
    try {
      return Optional.of(IntersectionId.parse(text));
    } catch (IllegalArgumentException e) {
      LOG.warn("map store: a key that is not an intersection id, skipped: '{}'", text);
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] key, byte[] prefix) {
    if (key.length < prefix.length) {
      return false;
    }
    return Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }
}
