package org.openv2x.sim.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalControllerTest {
  private static final double STEP_S = 0.1;

  private static SignalPlan plan(double offsetS, boolean actuated) {
    return new SignalPlan(
        List.of(
            new SignalPhase(new int[] {1}, 20, 3, 2, 8, 40),
            new SignalPhase(new int[] {3}, 15, 3, 2, 8, 30)),
        offsetS,
        actuated);
  }

  @Test
  void aFixedTimeCycleShowsEachGroupItsGreenYellowAndRedFromTheOffset() {
    SignalController controller = new SignalController(plan(10, false), 10);
    assertEquals(45, controller.plan().cycleS(), 1e-9);
    List<String> changes = new ArrayList<>();
    LightColor previous1 = controller.light(1);
    LightColor previous3 = controller.light(3);
    assertEquals(LightColor.GREEN, previous1, "the first stage starts at the offset");
    assertEquals(LightColor.RED, previous3);
    for (int step = 1; step <= 450; step++) {
      controller.step(STEP_S, group -> false);
      LightColor light1 = controller.light(1);
      LightColor light3 = controller.light(3);
      if (light1 != previous1) {
        changes.add(String.format("%.1f g1 %s", step * STEP_S, light1));
      }
      if (light3 != previous3) {
        changes.add(String.format("%.1f g3 %s", step * STEP_S, light3));
      }
      previous1 = light1;
      previous3 = light3;
    }
    assertEquals(
        List.of(
            "20.0 g1 YELLOW",
            "23.0 g1 RED",
            "25.0 g3 GREEN",
            "40.0 g3 YELLOW",
            "43.0 g3 RED",
            "45.0 g1 GREEN"),
        changes);
  }

  @Test
  void theCountdownReachesZeroWhenTheLightChanges() {
    for (int group : new int[] {1, 3}) {
      SignalController running = new SignalController(plan(0, false), 1234.5);
      for (int step = 0; step < 900; step++) {
        SignalController.Timing timing =
            running.timing(group, SignalController.GreenAssumption.PLANNED);
        LightColor before = running.light(group);
        int stepsToChange = (int) Math.round(timing.endS() / STEP_S);
        // The light stays until the countdown ends and changes exactly then.
        SignalController probe = new SignalController(plan(0, false), 1234.5 + step * STEP_S);
        for (int i = 0; i < stepsToChange - 1; i++) {
          probe.step(STEP_S, g -> false);
          assertEquals(before, probe.light(group), "group " + group + " step " + step);
        }
        probe.step(STEP_S, g -> false);
        assertTrue(probe.light(group) != before, "changes when the countdown ends");
        if (before == LightColor.RED) {
          assertEquals(timing.endS(), timing.nextGreenStartS(), 1e-9);
          assertEquals(LightColor.GREEN, probe.light(group));
        }
        running.step(STEP_S, g -> false);
      }
    }
  }

  @Test
  void anActuatedGreenEndsAtItsMinimumWithoutDemandAndRunsToItsMaximumWithIt() {
    SignalController idle = new SignalController(plan(0, true), 0);
    int steps = 0;
    while (idle.light(1) == LightColor.GREEN) {
      idle.step(STEP_S, group -> false);
      steps++;
    }
    assertEquals(80, steps, "minimum green 8 s");

    SignalController busy = new SignalController(plan(0, true), 0);
    steps = 0;
    while (busy.light(1) == LightColor.GREEN) {
      busy.step(STEP_S, group -> group == 1);
      steps++;
    }
    assertEquals(400, steps, "maximum green 40 s");
    SignalController.Timing timing = busy.timing(3, SignalController.GreenAssumption.MINIMUM);
    assertEquals(LightColor.RED, busy.light(3));
    assertEquals(5, timing.nextGreenStartS(), 1e-6, "after yellow and all red");
  }
}
