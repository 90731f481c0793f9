package org.openv2x.loadtest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What machine a load test ran on: cores, memory, CPU model, Java, OS. */
final class MachineInfo {
  private MachineInfo() {}

  static ObjectNode describe() {
    ObjectNode machine = JsonNodeFactory.instance.objectNode();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    long memory = memTotalBytes();
    if (memory > 0) {
      machine.put("memoryBytes", memory);
    }
    String model = cpuModel();
    if (model != null) {
      machine.put("cpuModel", model);
    }
    machine.put(
        "java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    return machine;
  }

  private static long memTotalBytes() {
    for (String line : lines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
      }
    }
    return -1;
  }

  private static String cpuModel() {
    for (String line : lines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return null;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
