package org.openv2x.platform;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM that runs like this one: the same {@code java}, the same JVM
 * flags ({@code -Xmx}, the Chronicle Queue flags, {@code -D} properties, ...) and the same class
 * path, made absolute so the child may run in another directory.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** {@code java <this JVM's flags> -cp <this class path> <mainClass> <arguments>}. */
  static List<String> command(String mainClass, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    command.add("-cp");
    command.add(absoluteClassPath(System.getProperty("java.class.path")));
    command.add(mainClass);
    command.addAll(arguments);
    return command;
  }

  /** {@code flags} without those a second JVM must not repeat: a debugger agent's port. */
  static List<String> jvmFlags(List<String> flags) {
    List<String> kept = new ArrayList<>();
    for (String flag : flags) {
      if (flag.startsWith("-agentlib:jdwp")
          || flag.startsWith("-Xrunjdwp")
          || flag.equals("-Xdebug")) {
        continue;
      }
      kept.add(flag);
    }
    return kept;
  }

  /** Every entry of {@code classPath} as an absolute path. */
  static String absoluteClassPath(String classPath) {
    List<String> entries = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
