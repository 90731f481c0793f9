package org.openv2x.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.rsi.RoadSideInformation;
import org.openv2x.codec.rsi.RteData;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.rsu.CollectingFrameSink;
import org.openv2x.sim.rsu.RteEventCodes;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.traffic.TrafficConfig;

/** The whole simulator: events reach both the truth files and the RSUs' messages; seeds repeat. */
class SimulatorTest {
  @TempDir Path dir;

  private Simulator.Config config(long seed, Path truth, String events, boolean linkRsus) {
    return new Simulator.Config(
        GridSpec.of(2, 2),
        null,
        31.2304,
        121.4737,
        TrafficConfig.of(200),
        seed,
        1_767_600_000_000L,
        null,
        truth,
        EventPlan.parse(events),
        PedestrianConfig.DEFAULT,
        300,
        100,
        linkRsus);
  }

  @Test
  void injectedEventsAreInTheTruthFileAndInTheRsusMessages() throws IOException {
    Path truth = dir.resolve("truth");
    CollectingFrameSink frames = new CollectingFrameSink();
    Set<Integer> announced = new HashSet<>();
    UperCodec codec = new UperCodec();
    try (Simulator simulator =
        Simulator.start(
            config(5, truth, "at 5s road_works for 60s; at 8s stalled_vehicle for 60s", false),
            rsus -> frames)) {
      for (int step = 0; step < 300; step++) {
        simulator.simulation().step();
        for (CollectingFrameSink.CollectedFrame frame : frames.frames(MessageType.RSI)) {
          MessageFrame decoded = codec.decode(frame.uper());
          for (RteData rte : ((RoadSideInformation) decoded).rtes().orElse(List.of())) {
            announced.add(rte.eventType());
          }
        }
        frames.clear();
      }
      assertEquals(2, simulator.events().runningRecords().size(), "both events run");
    }
    assertTrue(
        announced.contains(RteEventCodes.eventType(org.openv2x.sim.event.EventType.ROAD_WORKS)),
        "road works announced in RSI: " + announced);
    assertTrue(
        announced.contains(
            RteEventCodes.eventType(org.openv2x.sim.event.EventType.STALLED_VEHICLE)),
        "the stalled vehicle announced in RSI: " + announced);
    List<String> events = Files.readAllLines(truth.resolve("events.jsonl"));
    assertEquals(2, events.size(), String.join("\n", events));
    assertTrue(
        events.get(0).contains("\"road_works\"") && events.get(0).contains("\"ongoing\":true"));
    assertTrue(events.get(1).contains("\"stalled_vehicle\""), events.get(1));
  }

  @Test
  void theSameSeedGivesTheSameFramesAndAnotherSeedOthers() throws Exception {
    byte[] first = digest(config(9, null, "random every 20s", true));
    byte[] again = digest(config(9, null, "random every 20s", true));
    byte[] other = digest(config(10, null, "random every 20s", true));
    assertArrayEquals(first, again);
    assertFalse(java.util.Arrays.equals(first, other));
  }

  @Test
  void rsusAlongLinksStandMidwayBetweenIntersections() throws IOException {
    try (Simulator simulator =
        Simulator.start(config(1, null, "", true), rsus -> new CollectingFrameSink())) {
      // 2x2: 4 intersection RSUs, 4 roads between them.
      assertEquals(8, simulator.fleet().rsus().size());
    }
  }

  private static byte[] digest(Simulator.Config config) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    CollectingFrameSink frames = new CollectingFrameSink();
    try (Simulator simulator = Simulator.start(config, rsus -> frames)) {
      for (int step = 0; step < 600; step++) {
        simulator.simulation().step();
        for (CollectingFrameSink.CollectedFrame frame : frames.frames()) {
          digest.update(frame.rsu().id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          digest.update(frame.uper());
        }
        frames.clear();
      }
    }
    return digest.digest();
  }
}
