package org.openv2x.platform;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code v2x up}: runs the whole platform on one machine. At this stage it only says what it will
 * start, because the components do not exist yet.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Starts the whole platform on this machine (once its components exist).",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Will start, each in its own supervised JVM: an embedded Kafka broker (KRaft), the ingest"
          + " gateway, the HD map service, the stream jobs on a Flink MiniCluster, the dashboards"
          + " and the RSU simulator. Logs go to stderr, prefixed with the component's name; a"
          + " crashed component is restarted; Ctrl-C stops all.",
      "",
      "Today none of these components exists yet: 'up' prints this plan to stderr and exits 0."
          + " The available commands are 'v2x codec decode' and 'v2x codec encode'.",
    },
    optionListHeading = "%nOptions:%n")
final class UpCommand implements Callable<Integer> {
  /** One component that {@code up} starts, in start order. */
  record Component(String module, String what, String listens) {}

  /** What {@code up} will start, in order (DESIGN.md: modules, default ports). */
  static final List<Component> PLAN =
      List.of(
          new Component("kafka", "embedded Kafka broker (KRaft), data under ./data", "9092"),
          new Component(
              "hd-map-service",
              "HD map service: map store, HTTP API, snapshots to v2x.hdmap",
              "HTTP 8090"),
          new Component(
              "ingest-gateway",
              "ingest gateway: decode, validate, route to Kafka, dead-letter, downlink",
              "TCP 7400, UDP 7401, MQTT 1883, HTTP 7480"),
          new Component(
              "stream-jobs",
              "stream jobs 'edge' and 'region' on a Flink MiniCluster",
              "Kafka only"),
          new Component(
              "dashboards", "dashboards for traffic authorities (web UI + backend)", "HTTP 8080"),
          new Component(
              "edge-rsu-sim",
              "RSU simulator: road network, vehicles, RSUs sending to the gateway",
              "connects to 7400"));

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("v2x up will start, each in its own JVM:");
    for (Component component : PLAN) {
      err.printf("  %-15s %s [%s]%n", component.module(), component.what(), component.listens());
    }
    err.println("None of these components exists yet, so nothing was started.");
    err.println(
        "Available today: 'v2x codec decode' and 'v2x codec encode' (see 'v2x codec --help').");
    err.flush();
    return V2xCommand.EXIT_OK;
  }
}
