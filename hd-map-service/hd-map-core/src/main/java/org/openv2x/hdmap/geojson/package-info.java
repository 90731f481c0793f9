/**
 * The GeoJSON form of the map (RFC 7946, positions {@code [lon, lat]}): an operator's surveyed
 * import and the service's export; the format is described in {@code hd-map-service/GEOJSON.md}.
 */
package org.openv2x.hdmap.geojson;
