/**
 * The lane-level map model: intersections, their approaches (links), lanes, connections and speed
 * limits, one stored version of an intersection, and the geometry derived from it. Coordinates are
 * WGS-84 degrees, lengths metres, speeds metres per second.
 */
package org.openv2x.hdmap;
