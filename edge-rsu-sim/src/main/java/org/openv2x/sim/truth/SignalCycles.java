package org.openv2x.sim.truth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.signal.SignalController;

/**
 * The per signal group, per cycle figures of {@code signals.jsonl} (see TRUTH.md): how long each
 * light showed, arrivals by the light they met, vehicles served.
 */
final class SignalCycles {
  private final Simulation simulation;
  private final JsonLines out;
  private final Node[] nodes;

  /** One cycle of one signal group, being counted. */
  private static final class Cycle {
    final int group;
    long number;
    long startMs;
    boolean complete;
    long greenSteps;
    long yellowSteps;
    long redSteps;
    int arrivalsOnGreen;
    int arrivalsOnYellow;
    int arrivalsOnRed;
    int served;

    Cycle(int group) {
      this.group = group;
    }
  }

  /** A signalised intersection and the cycles of its groups. */
  private static final class Node {
    final Intersection intersection;
    final SignalController controller;
    final List<Cycle> cycles = new ArrayList<>();
    final Cycle[] byGroup = new Cycle[256];
    long number = Long.MIN_VALUE;

    Node(Intersection intersection, SignalController controller) {
      this.intersection = intersection;
      this.controller = controller;
      for (int group : intersection.signalGroups()) {
        Cycle cycle = new Cycle(group);
        cycles.add(cycle);
        byGroup[group] = cycle;
      }
    }
  }

  SignalCycles(Simulation simulation, JsonLines out) {
    this.simulation = simulation;
    this.out = out;
    List<Intersection> all = simulation.network().intersections();
    this.nodes = new Node[all.size()];
    for (Intersection intersection : all) {
      SignalController controller = simulation.controller(intersection);
      if (controller != null) {
        nodes[intersection.index()] = new Node(intersection, controller);
      }
    }
  }

  /** Closes and writes the cycles that ended, for every intersection. */
  void rollAll() {
    for (Node node : nodes) {
      if (node != null) {
        roll(node);
      }
    }
  }

  private void roll(Node node) {
    long current = node.controller.cycle();
    if (current == node.number) {
      return;
    }
    // The cycle changed during the step that ended now.
    long boundaryMs = simulation.epochMs() - Simulation.STEP_MS;
    boolean first = node.number == Long.MIN_VALUE;
    if (!first) {
      write(node, boundaryMs, true);
    }
    node.number = current;
    for (Cycle cycle : node.cycles) {
      cycle.number = current;
      cycle.startMs = boundaryMs;
      cycle.complete = !first;
      cycle.greenSteps = 0;
      cycle.yellowSteps = 0;
      cycle.redSteps = 0;
      cycle.arrivalsOnGreen = 0;
      cycle.arrivalsOnYellow = 0;
      cycle.arrivalsOnRed = 0;
      cycle.served = 0;
    }
  }

  /** Counts the step that just ended in the light each group shows now. */
  void sampleLights() {
    for (Node node : nodes) {
      if (node == null) {
        continue;
      }
      for (Cycle cycle : node.cycles) {
        switch (node.controller.light(cycle.group)) {
          case GREEN -> cycle.greenSteps++;
          case YELLOW -> cycle.yellowSteps++;
          case RED -> cycle.redSteps++;
        }
      }
    }
  }

  /** A vehicle whose next movement uses {@code group} arrived (see TRUTH.md) now. */
  void arrival(Intersection intersection, int group) {
    Cycle cycle = cycle(intersection, group);
    if (cycle == null) {
      return;
    }
    switch (nodes[intersection.index()].controller.light(group)) {
      case GREEN -> cycle.arrivalsOnGreen++;
      case YELLOW -> cycle.arrivalsOnYellow++;
      case RED -> cycle.arrivalsOnRed++;
    }
  }

  /** A vehicle crossed a stop line into a movement of {@code group}. */
  void served(Intersection intersection, int group) {
    Cycle cycle = cycle(intersection, group);
    if (cycle != null) {
      cycle.served++;
    }
  }

  private Cycle cycle(Intersection intersection, int group) {
    Node node = nodes[intersection.index()];
    if (node == null || group <= 0 || group > 255) {
      return null;
    }
    roll(node);
    return node.byGroup[group];
  }

  /** Writes the cycles running now as incomplete (the end of a run). */
  void writeRunning() {
    for (Node node : nodes) {
      if (node != null && node.number != Long.MIN_VALUE) {
        write(node, simulation.epochMs(), false);
      }
    }
  }

  private void write(Node node, long endMs, boolean ended) {
    try {
      for (Cycle cycle : node.cycles) {
        JsonGenerator json = out.begin();
        json.writeNumberField("region", node.intersection.region());
        json.writeNumberField("intersectionId", node.intersection.id());
        json.writeNumberField("signalGroup", cycle.group);
        json.writeNumberField("cycle", cycle.number);
        JsonLines.time(json, "start", cycle.startMs);
        JsonLines.time(json, "end", endMs);
        json.writeBooleanField("complete", cycle.complete && ended);
        json.writeNumberField("greenS", JsonLines.round(cycle.greenSteps * Simulation.STEP_S, 1));
        json.writeNumberField("yellowS", JsonLines.round(cycle.yellowSteps * Simulation.STEP_S, 1));
        json.writeNumberField("redS", JsonLines.round(cycle.redSteps * Simulation.STEP_S, 1));
        json.writeNumberField("arrivalsOnGreen", cycle.arrivalsOnGreen);
        json.writeNumberField("arrivalsOnYellow", cycle.arrivalsOnYellow);
        json.writeNumberField("arrivalsOnRed", cycle.arrivalsOnRed);
        json.writeNumberField("vehiclesServed", cycle.served);
        out.end();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
