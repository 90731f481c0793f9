package org.openv2x.hdmap.geojson;

/**
 * Explicit limits of the GeoJSON reader. A document beyond one of them is refused with a problem
 * naming the limit, before it costs more memory than the limit allows.
 *
 * @param maxFeatures most features in the FeatureCollection
 * @param maxPositionsPerLine most positions ({@code [lon, lat]}) in one LineString
 * @param maxValuesPerProperty most JSON values (counting every array element and nested value) in
 *     one property of an importable feature
 * @param maxNestingDepth deepest nesting of JSON arrays and objects anywhere in the document; the
 *     format needs {@value #FORMAT_NESTING_DEPTH}, at most {@value #MAX_NESTING_DEPTH}
 */
public record GeoJsonLimits(
    int maxFeatures, int maxPositionsPerLine, int maxValuesPerProperty, int maxNestingDepth) {

  /** Default for {@link #maxFeatures}. */
  public static final int DEFAULT_MAX_FEATURES = 200_000;

  /** Default for {@link #maxPositionsPerLine}. */
  public static final int DEFAULT_MAX_POSITIONS_PER_LINE = 10_000;

  /** Default for {@link #maxValuesPerProperty}. */
  public static final int DEFAULT_MAX_VALUES_PER_PROPERTY = 1_000;

  /**
   * The nesting the format itself reaches: a Polygon's position in an export, at
   * collection.features[i].geometry.coordinates[ring][position].
   */
  public static final int FORMAT_NESTING_DEPTH = 7;

  /** Default for {@link #maxNestingDepth}: the format's depth with room for extra properties. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Largest {@link #maxNestingDepth} accepted: the reader recurses once per level. */
  public static final int MAX_NESTING_DEPTH = 1_000;

  /** The defaults. */
  public static final GeoJsonLimits DEFAULTS =
      new GeoJsonLimits(
          DEFAULT_MAX_FEATURES,
          DEFAULT_MAX_POSITIONS_PER_LINE,
          DEFAULT_MAX_VALUES_PER_PROPERTY,
          DEFAULT_MAX_NESTING_DEPTH);

  public GeoJsonLimits {
    requireAtLeast(maxFeatures, 1, "maxFeatures");
    requireAtLeast(maxPositionsPerLine, 2, "maxPositionsPerLine");
    requireAtLeast(maxValuesPerProperty, 1, "maxValuesPerProperty");
    requireAtLeast(maxNestingDepth, FORMAT_NESTING_DEPTH, "maxNestingDepth");
    if (maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at most " + MAX_NESTING_DEPTH + ", is " + maxNestingDepth);
    }
  }

  private static void requireAtLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", is " + value);
    }
  }
}
