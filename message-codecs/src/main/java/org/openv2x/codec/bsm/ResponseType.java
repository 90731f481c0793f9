package org.openv2x.codec.bsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * ResponseType (VehEmgExt): the kind of response an emergency or service vehicle is on.
 *
 * <p>ASN.1: ENUMERATED with 7 root values and an extension marker; the ordinal is the root index.
 * An extension value on the wire is refused as unknown: this version defines none.
 */
public enum ResponseType implements AsnEnumerated {
  /** 0: not in use or not equipped. */
  NOT_IN_USE_OR_NOT_EQUIPPED("notInUseOrNotEquipped"),
  /** 1: active service call at emergency level. */
  EMERGENCY("emergency"),
  /** 2: non-emergency, also when returning from a service call. */
  NON_EMERGENCY("nonEmergency"),
  /** 3: pursuit; the sender's driving may be erratic. */
  PURSUIT("pursuit"),
  /** 4: stopped along the roadside. */
  STATIONARY("stationary"),
  /** 5: slow moving, such as litter trucks. */
  SLOW_MOVING("slowMoving"),
  /** 6: stop and go, such as a school bus or garbage truck. */
  STOP_AND_GO_MOVEMENT("stopAndGoMovement");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = true;

  private final String asnName;

  ResponseType(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
