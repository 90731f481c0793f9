package org.openv2x.codec.spat;

import java.util.EnumSet;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of IntersectionStatusObject (SPATIntersectionState), a BIT STRING (SIZE(16)) that
 * the model carries as an {@code int} (see {@link IntersectionState#status()}): bit 0 is the first
 * bit on the wire and the most significant of the 16, so bit {@code n} has the mask {@code 1 << (15
 * - n)}. Bits 14 and 15 are reserved and should be zero (the standard does not constrain them, so
 * the codec keeps whatever it is given).
 */
public enum IntersectionStatusObject implements NamedBit {
  /** Timing is per programmed values, but a person at the cabinet can end intervals early. */
  MANUAL_CONTROL_IS_ENABLED(0, "manualControlIsEnabled"),
  /** All counting and timing has stopped. */
  STOP_TIME_IS_ACTIVATED(1, "stopTimeIsActivated"),
  /** A detected hardware failure, or police flash. */
  FAILURE_FLASH(2, "failureFlash"),
  PREEMPT_IS_ACTIVE(3, "preemptIsActive"),
  SIGNAL_PRIORITY_IS_ACTIVE(4, "signalPriorityIsActive"),
  /** The schedule of signals is based on time only. */
  FIXED_TIME_OPERATION(5, "fixedTimeOperation"),
  /** Operation depends on traffic parameters (requests, gaps, ...). */
  TRAFFIC_DEPENDENT_OPERATION(6, "trafficDependentOperation"),
  /** The controller is partially switched off or partially amber flashing. */
  STANDBY_OPERATION(7, "standbyOperation"),
  /** The controller has a problem or failure in operation. */
  FAILURE_MODE(8, "failureMode"),
  /** The controller is switched off. */
  OFF(9, "off"),
  /** MAP revision with content changes. */
  RECENT_MAP_MESSAGE_UPDATE(10, "recentMAPmessageUpdate"),
  /** Change in the MAP's assigned lanes used. */
  RECENT_CHANGE_IN_MAP_ASSIGNED_LANES_IDS_USED(11, "recentChangeInMAPassignedLanesIDsUsed"),
  /** MAP (and lane indexes) not available. */
  NO_VALID_MAP_IS_AVAILABLE_AT_THIS_TIME(12, "noValidMAPisAvailableAtThisTime"),
  /** The SPAT system is not working at this time. */
  NO_VALID_SPAT_IS_AVAILABLE_AT_THIS_TIME(13, "noValidSPATisAvailableAtThisTime");

  /** Size of the BIT STRING in bits. */
  public static final int SIZE_BITS = 16;

  private final int bit;
  private final String asnName;

  IntersectionStatusObject(int bit, String asnName) {
    this.bit = bit;
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of the named bit. */
  public String asnName() {
    return asnName;
  }

  @Override
  public int bit() {
    return ordinal();
  }

  @Override
  public int sizeBits() {
    return SIZE_BITS;
  }

  /** A value with exactly {@code bits} set. */
  public static int of(IntersectionStatusObject... bits) {
    return NamedBit.bitsOf(bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<IntersectionStatusObject> setIn(int value) {
    return NamedBit.setIn(value, IntersectionStatusObject.class);
  }
}
