package org.openv2x.sim.signal;

/**
 * One stage of a signal plan: the signal groups (phase ids) that are green together, then yellow,
 * then all red. In actuated mode green lasts between {@code minGreenS} and {@code maxGreenS}.
 *
 * @param signalGroups the signal groups that get green in this stage (the first is its phase id)
 */
public record SignalPhase(
    int[] signalGroups,
    double greenS,
    double yellowS,
    double allRedS,
    double minGreenS,
    double maxGreenS) {
  public SignalPhase {
    if (signalGroups.length == 0) {
      throw new IllegalArgumentException("a signal phase needs at least one signal group");
    }
    for (int group : signalGroups) {
      if (group < 1 || group > 254) {
        throw new IllegalArgumentException("signal group (phase id) must be 1..254, is " + group);
      }
    }
    signalGroups = signalGroups.clone();
    positive(greenS, "greenS");
    positive(yellowS, "yellowS");
    nonNegative(allRedS, "allRedS");
    positive(minGreenS, "minGreenS");
    if (!(maxGreenS >= minGreenS)) {
      throw new IllegalArgumentException(
          "maxGreenS (" + maxGreenS + ") must be at least minGreenS (" + minGreenS + ")");
    }
  }

  /**
   * Fixed-time stage: green, yellow and all-red; actuated limits default to 0.5 and 1.5 × green.
   */
  public static SignalPhase fixed(
      int[] signalGroups, double greenS, double yellowS, double allRedS) {
    return new SignalPhase(
        signalGroups, greenS, yellowS, allRedS, Math.max(5, greenS * 0.5), greenS * 1.5);
  }

  public double durationS() {
    return greenS + yellowS + allRedS;
  }

  public boolean controls(int signalGroup) {
    for (int group : signalGroups) {
      if (group == signalGroup) {
        return true;
      }
    }
    return false;
  }

  private static void positive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a positive number of seconds, is " + value);
    }
  }

  private static void nonNegative(double value, String name) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be 0 or more seconds, is " + value);
    }
  }
}
