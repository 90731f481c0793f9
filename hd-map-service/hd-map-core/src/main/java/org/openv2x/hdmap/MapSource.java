package org.openv2x.hdmap;

/** Where a map version came from. */
public enum MapSource {
  /** A MAP message from {@code v2x.map}, as an RSU broadcast it. */
  MAP_MESSAGE,
  /** A GeoJSON import (a surveyed map). */
  GEOJSON_IMPORT,
  /** The simulator's scenario file. */
  SCENARIO_IMPORT
}
