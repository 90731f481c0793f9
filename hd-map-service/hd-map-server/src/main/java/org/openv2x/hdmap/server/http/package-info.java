/**
 * The map service's HTTP API (Javalin): intersections, versions, lanes and GeoJSON of the map, map
 * matching, GeoJSON import, its OpenAPI document, {@code /health} and {@code /metrics}.
 */
package org.openv2x.hdmap.server.http;
