package org.openv2x.codec.bsm;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * BrakeSystemStatus (VehBrake): the state of the brake system. All 7 members OPTIONAL; not
 * extensible.
 *
 * @param brakePedal brakePadel (so spelled in the standard), the brake pedal, OPTIONAL
 * @param wheelBrakes wheelBrakes, BrakeAppliedStatus, BIT STRING (SIZE(5)) held in the low 5 bits,
 *     the first wire bit (named bit 0, {@link WheelBrake#UNAVAILABLE}) most significant; test bits
 *     with {@link WheelBrake#isSetIn(int)}; OPTIONAL
 * @param traction traction control, OPTIONAL
 * @param abs anti-lock brakes, OPTIONAL
 * @param scs stability control, OPTIONAL
 * @param brakeBoost brake boost, OPTIONAL
 * @param auxBrakes auxiliary brakes, OPTIONAL
 */
public record BrakeSystemStatus(
    Optional<BrakePedalStatus> brakePedal,
    OptionalInt wheelBrakes,
    Optional<TractionControlStatus> traction,
    Optional<AntiLockBrakeStatus> abs,
    Optional<StabilityControlStatus> scs,
    Optional<BrakeBoostApplied> brakeBoost,
    Optional<AuxiliaryBrakeStatus> auxBrakes) {
  /** Bits of BrakeAppliedStatus. */
  public static final int WHEEL_BRAKES_BITS = 5;

  /** The value with every member absent. */
  public static final BrakeSystemStatus NONE =
      new BrakeSystemStatus(
          Optional.empty(),
          OptionalInt.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public BrakeSystemStatus {
    Check.notNull(brakePedal, "brakePadel");
    Check.bits(wheelBrakes, WHEEL_BRAKES_BITS, "wheelBrakes");
    Check.notNull(traction, "traction");
    Check.notNull(abs, "abs");
    Check.notNull(scs, "scs");
    Check.notNull(brakeBoost, "brakeBoost");
    Check.notNull(auxBrakes, "auxBrakes");
  }
}
