package org.openv2x.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.openv2x.codec.map.MapData;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.convert.MapMessages;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.rsu.GeoOffsets;
import org.openv2x.sim.rsu.MapFactory;

/**
 * The map of a simulator road network: for every signalised intersection, the MAP its RSU
 * broadcasts, read as the map service reads MAP messages, so an import and the MAPs the simulation
 * sends give the same content.
 */
final class ScenarioMaps {
  private ScenarioMaps() {}

  static List<Intersection> intersections(RoadNetwork network) {
    MapFactory maps = new MapFactory(new GeoOffsets(network.geoFrame()));
    List<Intersection> intersections = new ArrayList<>();
    for (org.openv2x.sim.network.Intersection intersection : network.signalisedIntersections()) {
      MapData map = new MapData(0, OptionalInt.empty(), List.of(maps.node(intersection)));
      intersections.addAll(MapMessages.fromMapData(map));
    }
    return intersections;
  }
}
