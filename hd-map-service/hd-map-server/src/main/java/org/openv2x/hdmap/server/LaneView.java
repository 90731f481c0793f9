package org.openv2x.hdmap.server;

import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;

/** A lane with the intersection version and approach it belongs to and its derived geometry. */
public record LaneView(
    IntersectionVersion intersection, Approach approach, Lane lane, DerivedLane derived) {}
