package org.openv2x.sim.sensor;

/** What a roadside sensor sees: the kinds of RSM traffic participants. */
public enum ParticipantKind {
  /** A vehicle without an on-board unit. */
  MOTOR_VEHICLE,
  CYCLIST,
  PEDESTRIAN
}
