package org.openv2x.sim.network;

/**
 * A grid of signalised intersections: {@code columns × rows} intersections {@code linkLengthM}
 * apart, every road two-way with {@code throughLanes} lanes per direction (the kerb lane also turns
 * right) and, with {@code leftTurnLane}, a lane for left turns at the median, which gets its own
 * signal phase. Links of the same length lead in from and out to the edges.
 */
public record GridSpec(
    int columns,
    int rows,
    int throughLanes,
    boolean leftTurnLane,
    double linkLengthM,
    double speedLimitKph,
    double laneWidthM,
    int region,
    double throughGreenS,
    double leftGreenS,
    double yellowS,
    double allRedS,
    boolean actuated) {
  public GridSpec {
    if (columns < 1 || rows < 1 || columns * rows > 2500) {
      throw new IllegalArgumentException(
          "grid must be 1x1 .. 50x50 intersections, is " + columns + "x" + rows);
    }
    if (throughLanes < 1 || throughLanes > 4) {
      throw new IllegalArgumentException("lanes per approach must be 1..4, is " + throughLanes);
    }
    if (!(linkLengthM >= 80 && linkLengthM <= 5000)) {
      throw new IllegalArgumentException("link length must be 80..5000 m, is " + linkLengthM);
    }
    if (!(speedLimitKph >= 10 && speedLimitKph <= 130)) {
      throw new IllegalArgumentException("speed limit must be 10..130 km/h, is " + speedLimitKph);
    }
    if (!(laneWidthM >= 2.5 && laneWidthM <= 5)) {
      throw new IllegalArgumentException("lane width must be 2.5..5 m, is " + laneWidthM);
    }
    if (region < 0 || region > 65535) {
      throw new IllegalArgumentException("region must be 0..65535, is " + region);
    }
  }

  /** A grid with the platform's defaults: 2 lanes and a left-turn lane, 400 m links, 50 km/h. */
  public static GridSpec of(int columns, int rows) {
    return new GridSpec(columns, rows, 2, true, 400, 50, 3.5, 1, 25, 12, 3, 2, false);
  }

  /** Parses {@code "3x3"}. */
  public static GridSpec parse(String text) {
    String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "grid must be COLUMNSxROWS such as 3x3, is '" + text + "'");
    }
    try {
      return of(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "grid must be COLUMNSxROWS such as 3x3, is '" + text + "'", e);
    }
  }

  public GridSpec withThroughLanes(int lanes) {
    return new GridSpec(
        columns,
        rows,
        lanes,
        leftTurnLane,
        linkLengthM,
        speedLimitKph,
        laneWidthM,
        region,
        throughGreenS,
        leftGreenS,
        yellowS,
        allRedS,
        actuated);
  }

  public GridSpec withLeftTurnLane(boolean left) {
    return new GridSpec(
        columns,
        rows,
        throughLanes,
        left,
        linkLengthM,
        speedLimitKph,
        laneWidthM,
        region,
        throughGreenS,
        leftGreenS,
        yellowS,
        allRedS,
        actuated);
  }

  public GridSpec withLinkLengthM(double length) {
    return new GridSpec(
        columns,
        rows,
        throughLanes,
        leftTurnLane,
        length,
        speedLimitKph,
        laneWidthM,
        region,
        throughGreenS,
        leftGreenS,
        yellowS,
        allRedS,
        actuated);
  }

  public GridSpec withSpeedLimitKph(double kph) {
    return new GridSpec(
        columns,
        rows,
        throughLanes,
        leftTurnLane,
        linkLengthM,
        kph,
        laneWidthM,
        region,
        throughGreenS,
        leftGreenS,
        yellowS,
        allRedS,
        actuated);
  }

  public GridSpec withRegion(int newRegion) {
    return new GridSpec(
        columns,
        rows,
        throughLanes,
        leftTurnLane,
        linkLengthM,
        speedLimitKph,
        laneWidthM,
        newRegion,
        throughGreenS,
        leftGreenS,
        yellowS,
        allRedS,
        actuated);
  }

  public GridSpec withActuated(boolean newActuated) {
    return new GridSpec(
        columns,
        rows,
        throughLanes,
        leftTurnLane,
        linkLengthM,
        speedLimitKph,
        laneWidthM,
        region,
        throughGreenS,
        leftGreenS,
        yellowS,
        allRedS,
        newActuated);
  }

  public GridSpec withGreenS(double through, double left) {
    return new GridSpec(
        columns,
        rows,
        throughLanes,
        leftTurnLane,
        linkLengthM,
        speedLimitKph,
        laneWidthM,
        region,
        through,
        left,
        yellowS,
        allRedS,
        actuated);
  }
}
