package org.openv2x.platform;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x map}: the lane-level map service and its import. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs the HD map service, and imports maps into it.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "serve runs the map service (versions of every intersection in RocksDB, MAP intake from"
          + " v2x.map, snapshots to v2x.hdmap, the HTTP API on port 8090); import sends a GeoJSON"
          + " map or a simulator scenario to a running service (hd-map-service/README.md).",
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {MapServeCommand.class, MapImportCommand.class})
public final class MapCommand implements Callable<Integer> {
  /** The map service of {@code v2x up}. */
  static final String DEFAULT_SERVER = "http://127.0.0.1:8090";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: serve or import");
  }
}
