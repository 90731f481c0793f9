/**
 * Geometry derived from an intersection's map: a local metric frame, lane widths, lengths, polygons
 * and stop lines, connection paths through the box, their conflict points, the box and the bounds.
 */
package org.openv2x.hdmap.derive;
