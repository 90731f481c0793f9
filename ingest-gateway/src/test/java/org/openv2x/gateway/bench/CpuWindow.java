package org.openv2x.gateway.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU use of named processes (and, for some, of each of their threads) and of the whole machine
 * over a measurement window: {@link #start()} at its beginning, {@link #end(Figures, String,
 * double)} at its end.
 */
public final class CpuWindow {
  private final Map<String, Long> pidsByRole;
  private final Set<String> threadRoles;
  private Snapshot start;

  /**
   * @param pidsByRole the processes to account, by role name ({@code gateway}, {@code broker}, ...)
   * @param threadRoles the roles whose threads are accounted one by one
   */
  public CpuWindow(Map<String, Long> pidsByRole, Set<String> threadRoles) {
    this.pidsByRole = new LinkedHashMap<>(pidsByRole);
    this.threadRoles = threadRoles;
  }

  public void start() {
    start = Snapshot.take(pidsByRole, threadRoles);
  }

  /**
   * Ends the window and puts, per role: {@code <role>.cpu.s}, {@code <role>.cpu.cores} (CPU seconds
   * per wall second), {@code <role>.cpu.us.per.<unit>} (cores divided by {@code unitsPerS}: CPU
   * microseconds per unit of work, with the rate measured over its own, nearly equal window); for
   * thread roles {@code <role>.thread.<name>.cores} and {@code .sys.cores} (the part in the kernel)
   * and {@code <role>.cpu.jit.cores} (the JIT compiler threads); {@code <role>.cpu.sys.share}; and
   * {@code machine.busy.cores}, {@code machine.other.cores} (busy cores not used by the roles:
   * other work on the machine).
   */
  public void end(Figures figures, String unit, double unitsPerS) {
    Snapshot end = Snapshot.take(pidsByRole, threadRoles);
    double wallS = (end.nanos - start.nanos) / 1e9;
    double tick = 1.0 / ProcCpu.clockTicksPerS();
    double ours = 0;
    for (String role : pidsByRole.keySet()) {
      long[] a = start.processTicks.get(role);
      long[] b = end.processTicks.get(role);
      if (a[0] < 0 || b[0] < 0) {
        figures.put(role + ".cpu.s", "NaN");
        continue;
      }
      double cpuS = (b[0] + b[1] - a[0] - a[1]) * tick;
      double sysS = (b[1] - a[1]) * tick;
      ours += cpuS;
      figures.put(role + ".cpu.s", cpuS);
      figures.put(role + ".cpu.cores", cpuS / wallS);
      figures.put(role + ".cpu.sys.share", cpuS > 0 ? sysS / cpuS : Double.NaN);
      figures.put(
          role + ".cpu.us.per." + unit,
          unitsPerS > 0 ? cpuS / wallS * 1e6 / unitsPerS : Double.NaN);
    }
    for (String role : threadRoles) {
      Map<String, long[]> before = start.threadTicks.get(role);
      Map<String, long[]> after = end.threadTicks.get(role);
      List<Map.Entry<String, long[]>> deltas = new ArrayList<>();
      after.forEach(
          (name, ticks) -> {
            long[] was = before.getOrDefault(name, new long[2]);
            deltas.add(Map.entry(name, new long[] {ticks[0] - was[0], ticks[1] - was[1]}));
          });
      deltas.sort(
          (x, y) ->
              Long.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]));
      double jitTicks = 0;
      for (Map.Entry<String, long[]> delta : deltas) {
        if (delta.getKey().startsWith("C1 CompilerThre")
            || delta.getKey().startsWith("C2 CompilerThre")) {
          jitTicks += delta.getValue()[0] + delta.getValue()[1];
        }
      }
      figures.put(role + ".cpu.jit.cores", jitTicks * tick / wallS);
      for (Map.Entry<String, long[]> delta : deltas) {
        double cores = (delta.getValue()[0] + delta.getValue()[1]) * tick / wallS;
        if (cores >= 0.005) {
          String key = role + ".thread." + keyOf(delta.getKey());
          figures.put(key + ".cores", cores);
          figures.put(key + ".sys.cores", delta.getValue()[1] * tick / wallS);
        }
      }
    }
    long busy = end.machine[0] - start.machine[0];
    long total = end.machine[1] - start.machine[1];
    int cores = Runtime.getRuntime().availableProcessors();
    double busyCores = total > 0 ? (double) busy / total * cores : Double.NaN;
    figures.put("machine.cores", cores);
    figures.put("machine.busy.cores", busyCores);
    figures.put("machine.other.cores", Math.max(0, busyCores - ours / wallS));
  }

  static String keyOf(String threadName) {
    return threadName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
  }

  private record Snapshot(
      long nanos,
      Map<String, long[]> processTicks,
      Map<String, Map<String, long[]>> threadTicks,
      long[] machine) {
    static Snapshot take(Map<String, Long> pidsByRole, Set<String> threadRoles) {
      long nanos = System.nanoTime();
      long[] machine = ProcCpu.machineTicks();
      Map<String, long[]> processTicks = new LinkedHashMap<>();
      Map<String, Map<String, long[]>> threadTicks = new LinkedHashMap<>();
      pidsByRole.forEach(
          (role, pid) -> {
            processTicks.put(role, ProcCpu.processUserSystemTicks(pid));
            if (threadRoles.contains(role)) {
              threadTicks.put(role, ProcCpu.threadTicksByName(pid));
            }
          });
      return new Snapshot(nanos, processTicks, threadTicks, machine);
    }
  }
}
