package org.openv2x.sim.sensor;

import org.openv2x.sim.network.Crosswalk;

/**
 * A pedestrian or cyclist at a crosswalk: it waits at the kerb for the walk signal, crosses at a
 * constant speed and leaves. Positions are metres along the crosswalk's path (0 at its start);
 * owned by {@link Pedestrians}, read between steps.
 */
public final class Crosser {
  /** Body size of a pedestrian: length, width, height in metres. */
  static final double[] PEDESTRIAN_SIZE_M = {0.5, 0.6, 1.7};

  /** Size of a cyclist with the bicycle. */
  static final double[] CYCLIST_SIZE_M = {1.8, 0.6, 1.8};

  private final int id;
  private final ParticipantKind kind;
  private final Crosswalk crosswalk;
  private final boolean forward;
  private final double speedMps;
  private final double arrivedAtS;
  boolean crossing;
  boolean finished;
  double alongM;
  double startedAtS = Double.NaN;
  double finishedAtS = Double.NaN;

  Crosser(
      int id,
      ParticipantKind kind,
      Crosswalk crosswalk,
      boolean forward,
      double speedMps,
      double arrivedAtS) {
    this.id = id;
    this.kind = kind;
    this.crosswalk = crosswalk;
    this.forward = forward;
    this.speedMps = speedMps;
    this.arrivedAtS = arrivedAtS;
    this.alongM = forward ? 0 : crosswalk.path().lengthM();
  }

  /** Unique in the run, from 1, in the order people arrive. */
  public int id() {
    return id;
  }

  /** {@link ParticipantKind#PEDESTRIAN} or {@link ParticipantKind#CYCLIST}. */
  public ParticipantKind kind() {
    return kind;
  }

  public Crosswalk crosswalk() {
    return crosswalk;
  }

  /** Whether it crosses from the start of the crosswalk's path to its end. */
  public boolean forward() {
    return forward;
  }

  /** Its speed while crossing. */
  public double crossingSpeedMps() {
    return speedMps;
  }

  /** Whether it is on the crosswalk now (false while it waits and after it has crossed). */
  public boolean crossing() {
    return crossing;
  }

  /** Whether it has crossed and left. */
  public boolean finished() {
    return finished;
  }

  /** Metres along the crosswalk's path from the path's start. */
  public double alongM() {
    return alongM;
  }

  /** Its speed now: 0 while it waits. */
  public double speedMps() {
    return crossing ? speedMps : 0;
  }

  /** Degrees clockwise from north: the direction it crosses in (also while it waits). */
  public double headingDeg() {
    double[] pose = new double[3];
    crosswalk.path().locate(alongM, pose);
    return forward ? pose[2] : (pose[2] + 180) % 360;
  }

  public double arrivedAtS() {
    return arrivedAtS;
  }

  /** When it stepped onto the crosswalk, NaN while it waits. */
  public double startedAtS() {
    return startedAtS;
  }

  /** When it reached the other side, NaN before. */
  public double finishedAtS() {
    return finishedAtS;
  }

  /** The time it needs to cross the whole crosswalk. */
  public double crossingTimeS() {
    return crosswalk.path().lengthM() / speedMps;
  }

  double[] sizeM() {
    return kind == ParticipantKind.CYCLIST ? CYCLIST_SIZE_M : PEDESTRIAN_SIZE_M;
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + id
        + " at crosswalk "
        + crosswalk.index()
        + " of "
        + crosswalk.intersection();
  }
}
