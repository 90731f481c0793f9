package org.openv2x.hdmap.geojson;

import java.util.Collection;
import java.util.List;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.InvalidMapException;

/**
 * The map as a GeoJSON FeatureCollection (RFC 7946, UTF-8, positions {@code [lon, lat]} in WGS-84
 * degrees with {@value GeoJsonWriter#COORDINATE_DECIMALS} decimals): what an operator imports and
 * what the service exports. The format is {@code hd-map-service/GEOJSON.md}.
 */
public final class GeoJsonMaps {
  private GeoJsonMaps() {}

  /**
   * The intersections of a GeoJSON document, in the order of their {@code intersection} features,
   * with the default {@link GeoJsonLimits#DEFAULTS limits}. Features of the exported-only kinds and
   * properties the format does not define are skipped. The content is not validated beyond the
   * format (see {@code org.openv2x.hdmap.validate}).
   *
   * @param sourceName names the document in problems about it as a whole (e.g. the file name)
   * @throws InvalidMapException with every problem found, each naming its feature and property; a
   *     {@link NotJsonException} when the document is not JSON at all
   */
  public static List<Intersection> read(byte[] json, String sourceName) {
    return read(json, sourceName, GeoJsonLimits.DEFAULTS);
  }

  /** {@link #read(byte[], String)} within these limits. */
  public static List<Intersection> read(byte[] json, String sourceName, GeoJsonLimits limits) {
    return GeoJsonReader.read(json, sourceName, limits);
  }

  /**
   * The full export of these versions: each intersection's content (importable again) with its
   * version facts, the derived lane lengths and connection paths, and the derived-only features
   * (lane areas, stop lines, conflicts, the box).
   */
  public static byte[] write(Collection<IntersectionVersion> versions) {
    return GeoJsonWriter.export(versions);
  }

  /** The importable features of these intersections only: what {@link #read} reads back equal. */
  public static byte[] writeContent(Collection<Intersection> intersections) {
    return GeoJsonWriter.content(intersections);
  }
}
