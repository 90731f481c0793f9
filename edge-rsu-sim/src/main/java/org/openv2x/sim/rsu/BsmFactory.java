package org.openv2x.sim.rsu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.bsm.AntiLockBrakeStatus;
import org.openv2x.codec.bsm.AuxiliaryBrakeStatus;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.bsm.BrakeBoostApplied;
import org.openv2x.codec.bsm.BrakePedalStatus;
import org.openv2x.codec.bsm.BrakeSystemStatus;
import org.openv2x.codec.bsm.ExteriorLight;
import org.openv2x.codec.bsm.GnssStatusFlag;
import org.openv2x.codec.bsm.LightbarInUse;
import org.openv2x.codec.bsm.PathHistory;
import org.openv2x.codec.bsm.PathHistoryPoint;
import org.openv2x.codec.bsm.PathPrediction;
import org.openv2x.codec.bsm.ResponseType;
import org.openv2x.codec.bsm.SirenInUse;
import org.openv2x.codec.bsm.StabilityControlStatus;
import org.openv2x.codec.bsm.TractionControlStatus;
import org.openv2x.codec.bsm.VehicleEmergencyExtensions;
import org.openv2x.codec.bsm.VehicleEventFlag;
import org.openv2x.codec.bsm.VehicleSafetyExtensions;
import org.openv2x.codec.bsm.WheelBrake;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.ElevationConfidence;
import org.openv2x.codec.common.HeadingConfidence;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.OptionalInts;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidence;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionalAccuracy;
import org.openv2x.codec.common.SpeedConfidence;
import org.openv2x.codec.common.SteeringWheelAngleConfidence;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.Units;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Maneuver;
import org.openv2x.sim.traffic.Vehicle;
import org.openv2x.sim.traffic.VehicleClass;

/**
 * Builds the BSM a connected vehicle's on-board unit sends, from its true state, with every field a
 * production OBU fills:
 *
 * <ul>
 *   <li>position: the middle of the vehicle ({@link Vehicle#centreEastM()}, {@link
 *       Vehicle#centreNorthM()}: half its length behind its front, on the centre line of its lane
 *       or path), elevation that of the network's origin; GNSS accuracy 0.5 × 0.3 m along the
 *       heading, 95 % confidence 1 m (elevation 2 m); time confidence 1 ms;
 *   <li>transmission forward gears, park while stalled; speed, heading; steering wheel angle from
 *       yaw rate and speed with the class's wheelbase (bicycle model) and a steering ratio of
 *       {@value #STEERING_RATIO}, positive to the right; motion confidences 0.1 m/s, 1°, 2°;
 *   <li>accelerations: longitudinal from the vehicle's acceleration, lateral = speed × yaw rate
 *       (positive to the right), vertical 0 (a flat road), yaw rate (positive clockwise);
 *   <li>brakes: pedal and all four wheel brakes while braking; traction and stability control on;
 *       ABS and brake boost engaged while braking hard; the parking brake while stalled;
 *   <li>size and BasicVehicleClass of its class, its fuel type;
 *   <li>safety extensions: event flags (hard braking with ABS activated; disabled vehicle with
 *       hazard lights while stalled), path history (its 1 Hz points as offsets from now, newest
 *       first, with their speeds), path prediction (radius of curvature = speed / yaw rate,
 *       positive to the right, straight below 0.5°/s or beyond 3.2 km), exterior lights (daytime
 *       running lights, hazard lights while stalled, the turn signal of a turn it is taking or
 *       about to take within {@value #TURN_SIGNAL_DISTANCE_M} m);
 *   <li>emergency extensions of emergency vehicles: emergency response, siren and lightbar in use.
 * </ul>
 *
 * <p>Not thread-safe: one per producing thread.
 */
public final class BsmFactory {
  /** Steering-wheel turns per road-wheel turn. */
  public static final double STEERING_RATIO = 16;

  /** How far before the stop line drivers set the turn signal. */
  public static final double TURN_SIGNAL_DISTANCE_M = 50;

  private static final double MIN_SPEED_FOR_STEERING_MPS = 0.5;
  private static final double MIN_YAW_RATE_FOR_CURVE_DEG_PER_S = 0.5;
  private static final int PATH_PREDICTION_CONFIDENCE = 160;
  private static final int POSITION_SEMI_MAJOR_0P05M = 10;
  private static final int POSITION_SEMI_MINOR_0P05M = 6;

  private static final Optional<TimeConfidence> TIME_CONFIDENCE =
      Optional.of(TimeConfidence.TIME_000_001);
  private static final Optional<PositionConfidenceSet> POSITION_CONFIDENCE =
      Optional.of(
          new PositionConfidenceSet(
              PositionConfidence.A1M, Optional.of(ElevationConfidence.ELEV_002_00)));
  private static final Optional<MotionConfidenceSet> MOTION_CONFIDENCE =
      Optional.of(
          new MotionConfidenceSet(
              Optional.of(SpeedConfidence.PREC0_1MS),
              Optional.of(HeadingConfidence.PREC01DEG),
              Optional.of(SteeringWheelAngleConfidence.PREC2DEG)));
  private static final OptionalInt GNSS_STATUS =
      OptionalInt.of(GnssStatusFlag.of(GnssStatusFlag.IS_HEALTHY, GnssStatusFlag.IS_MONITORED));
  private static final Optional<VehicleEmergencyExtensions> EMERGENCY =
      Optional.of(
          new VehicleEmergencyExtensions(
              Optional.of(ResponseType.EMERGENCY),
              Optional.of(SirenInUse.IN_USE),
              Optional.of(LightbarInUse.IN_USE)));

  /** Brake states by [braking][hard braking][stalled]. */
  private static final BrakeSystemStatus[][][] BRAKES = brakeStates();

  /** Event flags by [hard braking][stalled]; empty when neither. */
  private static final Optional<BitString>[][] EVENTS = eventFlags();

  private static final int TURN_NONE = 0;
  private static final int TURN_LEFT = 1;
  private static final int TURN_RIGHT = 2;

  /** Exterior lights by [stalled][turn signal]. */
  private static final Optional<BitString>[][] LIGHTS = exteriorLights();

  private static final VehicleSize[] SIZES = sizes();

  /** Classification by [vehicle class][fuel type]. */
  private static final VehicleClassification[][] CLASSIFICATIONS = classifications();

  private final GeoOffsets geo;
  private final List<PathHistoryPoint> crumbs = new ArrayList<>(Vehicle.PATH_HISTORY_POINTS);

  public BsmFactory(GeoOffsets geo) {
    this.geo = geo;
  }

  /**
   * The BSM of {@code vehicle} now.
   *
   * @param msgCnt its MsgCount for this message
   * @param epochMs the simulated clock (UTC)
   * @param nowS simulated seconds since the start (for the path history's time offsets)
   */
  public BasicSafetyMessage build(Vehicle vehicle, int msgCnt, long epochMs, double nowS) {
    double speedMps = vehicle.speedMps();
    double headingDeg = vehicle.headingDeg();
    double yawRateDegPerS = vehicle.yawRateDegPerS();
    double yawRateRadPerS = Math.toRadians(yawRateDegPerS);
    boolean stalled = vehicle.stalled();
    boolean hardBraking = vehicle.hardBraking(nowS);
    VehicleClass type = vehicle.type();

    Position3D pos = geo.position(vehicle.centreEastM(), vehicle.centreNorthM());
    int heading = Units.heading0p0125Deg(headingDeg);
    PositionalAccuracy accuracy =
        new PositionalAccuracy(
            POSITION_SEMI_MAJOR_0P05M,
            POSITION_SEMI_MINOR_0P05M,
            (int) Math.min(65534, Math.round(headingDeg / 360 * 65535)));
    AccelerationSet4Way accelerations =
        new AccelerationSet4Way(
            clamp(Math.round(vehicle.accelerationMps2() * 100), -2000, 2000),
            clamp(Math.round(speedMps * yawRateRadPerS * 100), -2000, 2000),
            0,
            clamp(Math.round(yawRateDegPerS * 100), -32767, 32767));
    VehicleSafetyExtensions safety =
        new VehicleSafetyExtensions(
            EVENTS[hardBraking ? 1 : 0][stalled ? 1 : 0],
            pathHistory(vehicle, pos, nowS),
            Optional.of(pathPrediction(speedMps, yawRateDegPerS)),
            LIGHTS[stalled ? 1 : 0][turnSignal(vehicle)]);
    return new BasicSafetyMessage(
        msgCnt,
        vehicle.temporaryId(),
        TimeFields.dSecondMs(epochMs),
        TIME_CONFIDENCE,
        pos,
        Optional.of(accuracy),
        POSITION_CONFIDENCE,
        stalled ? TransmissionState.PARK : TransmissionState.FORWARD_GEARS,
        Units.speed0p02Mps(speedMps),
        heading,
        OptionalInts.of(steeringWheelAngle1p5Deg(type, speedMps, yawRateRadPerS)),
        MOTION_CONFIDENCE,
        accelerations,
        BRAKES[vehicle.braking() ? 1 : 0][hardBraking ? 1 : 0][stalled ? 1 : 0],
        SIZES[type.ordinal()],
        CLASSIFICATIONS[type.ordinal()][vehicle.fuelType() & 15],
        Optional.of(safety),
        type == VehicleClass.EMERGENCY ? EMERGENCY : Optional.empty());
  }

  /** The wheelbase of a class of vehicle, for the steering wheel angle. */
  public static double wheelbaseM(VehicleClass type) {
    return switch (type) {
      case CAR -> 2.7;
      case BUS -> 6.0;
      case TRUCK -> 5.0;
      case EMERGENCY -> 3.3;
    };
  }

  private static int steeringWheelAngle1p5Deg(
      VehicleClass type, double speedMps, double yawRateRadPerS) {
    if (speedMps < MIN_SPEED_FOR_STEERING_MPS) {
      return 0;
    }
    double roadWheelRad = Math.atan(wheelbaseM(type) * yawRateRadPerS / speedMps);
    double steeringWheelDeg = Math.toDegrees(roadWheelRad) * STEERING_RATIO;
    // OptionalInts caches 0..4095 only; negative angles allocate, which is rare.
    return clamp(Math.round(steeringWheelDeg / 1.5), -126, 126);
  }

  private Optional<PathHistory> pathHistory(Vehicle vehicle, Position3D pos, double nowS) {
    int count = vehicle.historyCount();
    crumbs.clear();
    for (int age = 0; age < count; age++) {
      long timeOffset10Ms = Math.round((nowS - vehicle.historyTimeS(age)) * 100);
      if (timeOffset10Ms < PathHistoryPoint.TIME_OFFSET_MIN) {
        continue; // recorded this very step: it is the current position
      }
      crumbs.add(
          new PathHistoryPoint(
              GeoOffsets.offset1e7(
                  geo.longitude1e7(vehicle.historyEastM(age)) - pos.lonE7Deg(),
                  geo.latitude1e7(vehicle.historyNorthM(age)) - pos.latE7Deg()),
              (int) Math.min(timeOffset10Ms, PathHistoryPoint.TIME_OFFSET_SATURATED),
              OptionalInts.of(Units.speed0p02Mps(vehicle.historySpeedMps(age))),
              Optional.empty(),
              OptionalInt.empty()));
    }
    if (crumbs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PathHistory(Optional.empty(), GNSS_STATUS, List.copyOf(crumbs)));
  }

  private static PathPrediction pathPrediction(double speedMps, double yawRateDegPerS) {
    int radiusDm = PathPrediction.RADIUS_STRAIGHT;
    if (speedMps >= MIN_SPEED_FOR_STEERING_MPS
        && Math.abs(yawRateDegPerS) >= MIN_YAW_RATE_FOR_CURVE_DEG_PER_S) {
      double radius = speedMps / Math.toRadians(yawRateDegPerS) * 10;
      if (Math.abs(radius) < PathPrediction.RADIUS_STRAIGHT) {
        radiusDm = (int) Math.round(radius);
      }
    }
    return new PathPrediction(radiusDm, PATH_PREDICTION_CONFIDENCE);
  }

  private static int turnSignal(Vehicle vehicle) {
    Connection connection = vehicle.connection();
    if (connection == null) {
      connection = vehicle.nextConnection();
      if (connection == null || vehicle.distanceToStopLineM() > TURN_SIGNAL_DISTANCE_M) {
        return TURN_NONE;
      }
    }
    Maneuver maneuver = connection.maneuver();
    return switch (maneuver) {
      case LEFT, U_TURN -> TURN_LEFT;
      case RIGHT -> TURN_RIGHT;
      case STRAIGHT -> TURN_NONE;
    };
  }

  private static int clamp(long value, int lower, int upper) {
    return (int) Math.max(lower, Math.min(upper, value));
  }

  private static BrakeSystemStatus[][][] brakeStates() {
    BrakeSystemStatus[][][] states = new BrakeSystemStatus[2][2][2];
    int allWheels =
        WheelBrake.of(
            WheelBrake.LEFT_FRONT,
            WheelBrake.LEFT_REAR,
            WheelBrake.RIGHT_FRONT,
            WheelBrake.RIGHT_REAR);
    for (int braking = 0; braking < 2; braking++) {
      for (int hard = 0; hard < 2; hard++) {
        for (int stalled = 0; stalled < 2; stalled++) {
          boolean pedal = braking == 1 || hard == 1;
          states[braking][hard][stalled] =
              new BrakeSystemStatus(
                  Optional.of(pedal ? BrakePedalStatus.ON : BrakePedalStatus.OFF),
                  OptionalInt.of(pedal ? allWheels : 0),
                  Optional.of(TractionControlStatus.ON),
                  Optional.of(hard == 1 ? AntiLockBrakeStatus.ENGAGED : AntiLockBrakeStatus.ON),
                  Optional.of(StabilityControlStatus.ON),
                  Optional.of(hard == 1 ? BrakeBoostApplied.ON : BrakeBoostApplied.OFF),
                  Optional.of(stalled == 1 ? AuxiliaryBrakeStatus.ON : AuxiliaryBrakeStatus.OFF));
        }
      }
    }
    return states;
  }

  @SuppressWarnings("unchecked")
  private static Optional<BitString>[][] eventFlags() {
    Optional<BitString>[][] flags = new Optional[2][2];
    flags[0][0] = Optional.empty();
    flags[1][0] =
        Optional.of(
            VehicleEventFlag.of(VehicleEventFlag.HARD_BRAKING, VehicleEventFlag.ABS_ACTIVATED));
    flags[0][1] =
        Optional.of(
            VehicleEventFlag.of(VehicleEventFlag.DISABLED_VEHICLE, VehicleEventFlag.HAZARD_LIGHTS));
    flags[1][1] =
        Optional.of(
            VehicleEventFlag.of(
                VehicleEventFlag.HARD_BRAKING,
                VehicleEventFlag.ABS_ACTIVATED,
                VehicleEventFlag.DISABLED_VEHICLE,
                VehicleEventFlag.HAZARD_LIGHTS));
    return flags;
  }

  @SuppressWarnings("unchecked")
  private static Optional<BitString>[][] exteriorLights() {
    Optional<BitString>[][] lights = new Optional[2][3];
    for (int stalled = 0; stalled < 2; stalled++) {
      for (int turn = 0; turn < 3; turn++) {
        List<ExteriorLight> on = new ArrayList<>();
        on.add(ExteriorLight.AUTOMATIC_LIGHT_CONTROL_ON);
        on.add(ExteriorLight.DAYTIME_RUNNING_LIGHTS_ON);
        if (stalled == 1) {
          on.add(ExteriorLight.HAZARD_SIGNAL_ON);
        } else if (turn == TURN_LEFT) {
          on.add(ExteriorLight.LEFT_TURN_SIGNAL_ON);
        } else if (turn == TURN_RIGHT) {
          on.add(ExteriorLight.RIGHT_TURN_SIGNAL_ON);
        }
        lights[stalled][turn] = Optional.of(ExteriorLight.of(on.toArray(new ExteriorLight[0])));
      }
    }
    return lights;
  }

  private static VehicleSize[] sizes() {
    VehicleClass[] types = VehicleClass.values();
    VehicleSize[] sizes = new VehicleSize[types.length];
    for (VehicleClass type : types) {
      sizes[type.ordinal()] =
          new VehicleSize(
              (int) Math.round(type.widthM() * 100),
              (int) Math.round(type.lengthM() * 100),
              OptionalInt.of((int) Math.min(127, Math.round(type.heightM() * 20))));
    }
    return sizes;
  }

  private static VehicleClassification[][] classifications() {
    VehicleClass[] types = VehicleClass.values();
    VehicleClassification[][] classifications = new VehicleClassification[types.length][16];
    for (VehicleClass type : types) {
      for (int fuel = 0; fuel < 16; fuel++) {
        classifications[type.ordinal()][fuel] =
            new VehicleClassification(type.basicVehicleClass(), OptionalInt.of(fuel));
      }
    }
    return classifications;
  }
}
