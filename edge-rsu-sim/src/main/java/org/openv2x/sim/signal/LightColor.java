package org.openv2x.sim.signal;

/** What a signal group shows. */
public enum LightColor {
  RED,
  GREEN,
  YELLOW
}
