package org.openv2x.sim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.sim.geo.GeoFrame;

class ScenarioFileTest {
  private static final GeoFrame ORIGIN = new GeoFrame(31.2304, 121.4737, 4);

  @TempDir Path directory;

  @Test
  void theExampleFileDescribesOneIntersectionWithFourApproaches() {
    RoadNetwork network = ScenarioFile.read(Path.of("examples/one-intersection.yaml"));
    assertEquals(1, network.signalisedIntersections().size());
    assertEquals(5, network.intersections().size());
    assertEquals(8, network.links().size());
    assertEquals(12, network.connections().size());
    assertEquals(4, network.crosswalks().size());
    assertEquals(4, network.entryLanes().size());
    Intersection centre = network.intersection(1).orElseThrow();
    assertEquals(2, centre.signalPlan().orElseThrow().phases().size());
    assertEquals(31.2304, network.geoFrame().latitudeDeg(centre.northM()), 1e-9);
  }

  @Test
  void aGridSurvivesWritingAndReadingInYamlAndJson() throws IOException {
    RoadNetwork grid = GridNetwork.build(GridSpec.of(2, 3), ORIGIN);
    for (String name : new String[] {"grid.yaml", "grid.json"}) {
      Path file = directory.resolve(name);
      ScenarioFile.write(grid, file);
      RoadNetwork read = ScenarioFile.read(file);
      assertEquals(
          ScenarioFile.toTree(grid).toString(), ScenarioFile.toTree(read).toString(), name);
      for (int i = 0; i < grid.connections().size(); i++) {
        assertEquals(
            grid.connections().get(i).lengthM(), read.connections().get(i).lengthM(), 0.01);
      }
    }
  }

  @Test
  void errorsNameThePlaceInTheFile() throws IOException {
    assertError("{}", "origin: missing");
    assertError(
        "{\"origin\": {\"latitude\": 95, \"longitude\": 0}}",
        "origin.latitude: 95.0 is outside -85..85");
    assertError(
        "{\"origin\": {\"latitude\": 30, \"longitude\": 120}, \"colour\": 1}",
        "colour: unknown field");
    String base =
        "{\"origin\": {\"latitude\": 30, \"longitude\": 120}, \"intersections\": ["
            + "{\"id\": 1, \"position\": {\"eastM\": 0, \"northM\": 0}},"
            + "{\"id\": 2, \"position\": {\"eastM\": 300, \"northM\": 0}}], \"links\": [";
    assertError(
        base + "{\"id\": \"1->2\", \"from\": 1, \"to\": 3, \"speedLimitKph\": 50}]}",
        "links[0]: link 1->2 (to): unknown intersection 3");
    assertError(
        base
            + "{\"id\": \"1->2\", \"from\": 1, \"to\": 2, \"speedLimitKph\": 50, \"lanes\": "
            + "[{\"id\": 1, \"points\": [{\"eastM\": 0, \"northM\": 0}]}]}]}",
        "links[0].lanes[0].points: a lane needs at least 2 points");
    assertError(
        base
            + "{\"id\": \"1->2\", \"from\": 1, \"to\": 2, \"speedLimitKph\": 50, \"lanes\": "
            + "[{\"id\": 1, \"points\": [{\"eastM\": 0, \"northM\": 0}, {\"eastM\": 100, \"northM\": 0}]}]}],"
            + "\"connections\": [{\"from\": \"1->2/1\", \"to\": \"1->2/7\", \"maneuver\": \"straight\"}]}",
        "connections[0]: connection 1->2/1 -> 1->2/7: link 1->2 has no lane 7");
    assertError("origin: [", "not valid YAML", "bad.yaml");
  }

  private void assertError(String document, String expected) throws IOException {
    assertError(document, expected, "scenario.json");
  }

  private void assertError(String document, String expected, String name) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, document);
    NetworkException error = assertThrows(NetworkException.class, () -> ScenarioFile.read(file));
    assertTrue(
        error.getMessage().contains(expected),
        "expected '" + expected + "' in: " + error.getMessage());
  }
}
