package org.openv2x.sim.network;

/**
 * A pedestrian crossing over one leg of an intersection; people cross while its signal group is
 * green.
 */
public record Crosswalk(
    int index, Intersection intersection, int signalGroup, double widthM, Polyline path) {}
