package org.openv2x.sim.rsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.AntiLockBrakeStatus;
import org.openv2x.codec.bsm.AuxiliaryBrakeStatus;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.bsm.BrakePedalStatus;
import org.openv2x.codec.bsm.ExteriorLight;
import org.openv2x.codec.bsm.LightbarInUse;
import org.openv2x.codec.bsm.PathHistoryPoint;
import org.openv2x.codec.bsm.PathPrediction;
import org.openv2x.codec.bsm.ResponseType;
import org.openv2x.codec.bsm.SirenInUse;
import org.openv2x.codec.bsm.VehicleEventFlag;
import org.openv2x.codec.bsm.VehicleSafetyExtensions;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Maneuver;
import org.openv2x.sim.traffic.TrafficConfig;
import org.openv2x.sim.traffic.Vehicle;
import org.openv2x.sim.traffic.VehicleClass;

/** The fields of a BSM that the simulation's state derives, one situation at a time. */
class BsmFactoryTest {
  private final Simulation simulation =
      new Simulation(
          GridNetwork.build(GridSpec.of(2, 2), SimFixtures.ORIGIN),
          new TrafficConfig(200, 1.0, 0.04, 0.07, 0.1, 2, 1),
          17,
          SimFixtures.START_EPOCH_MS);
  private final BsmFactory factory = new BsmFactory(new GeoOffsets(SimFixtures.ORIGIN));
  private final UperCodec codec = new UperCodec();

  @Test
  void aVehicleBrakingHardSaysSoInItsEventsBrakesAndAcceleration() {
    steps(100);
    Vehicle vehicle = find(v -> v.speedMps() > 8 && v.connection() == null && !v.stalled());
    simulation.traffic().force(vehicle, -6.5, simulation.timeS() + 1.5);
    steps(3);
    BasicSafetyMessage bsm = bsm(vehicle);
    assertTrue(vehicle.hardBraking(simulation.timeS()));
    assertEquals(vehicle.accelerationMps2(), bsm.accelSet().long0p01Mps2() * 0.01, 0.0051);
    assertTrue(bsm.accelSet().long0p01Mps2() <= -600);
    assertEquals(BrakePedalStatus.ON, bsm.brakes().brakePedal().orElseThrow());
    assertEquals(0b01111, bsm.brakes().wheelBrakes().orElseThrow(), "all four wheels");
    assertEquals(AntiLockBrakeStatus.ENGAGED, bsm.brakes().abs().orElseThrow());
    assertEquals(
        EnumSet.of(VehicleEventFlag.HARD_BRAKING, VehicleEventFlag.ABS_ACTIVATED),
        VehicleEventFlag.setIn(safety(bsm).events().orElseThrow()));
    assertEquals(TransmissionState.FORWARD_GEARS, bsm.transmission());
  }

  @Test
  void aStalledVehicleIsParkedWithHazardLightsAndTheDisabledFlag() {
    steps(100);
    Vehicle vehicle = find(v -> v.speedMps() > 5 && v.connection() == null);
    simulation.traffic().stall(vehicle);
    for (int i = 0; i < 200 && vehicle.speedMps() > 0; i++) {
      steps(1);
    }
    BasicSafetyMessage bsm = bsm(vehicle);
    assertEquals(0, bsm.speed0p02Mps());
    assertEquals(TransmissionState.PARK, bsm.transmission());
    assertEquals(AuxiliaryBrakeStatus.ON, bsm.brakes().auxBrakes().orElseThrow());
    assertEquals(
        EnumSet.of(VehicleEventFlag.DISABLED_VEHICLE, VehicleEventFlag.HAZARD_LIGHTS),
        VehicleEventFlag.setIn(safety(bsm).events().orElseThrow()));
    assertTrue(
        ExteriorLight.setIn(safety(bsm).lights().orElseThrow())
            .contains(ExteriorLight.HAZARD_SIGNAL_ON));
  }

  @Test
  void aTurningVehicleSteersCurvesAndSignalsToTheSideOfItsTurn() {
    int checked = 0;
    for (int i = 0; i < 600 && checked < 20; i++) {
      steps(1);
      for (Vehicle vehicle : simulation.traffic().vehicles()) {
        if (vehicle.connection() == null
            || vehicle.connection().maneuver() == Maneuver.STRAIGHT
            || vehicle.speedMps() < 2
            || Math.abs(vehicle.yawRateDegPerS()) < 3) {
          continue;
        }
        BasicSafetyMessage bsm = bsm(vehicle);
        boolean right = vehicle.connection().maneuver() == Maneuver.RIGHT;
        assertEquals(right, vehicle.yawRateDegPerS() > 0, "clockwise is to the right");
        assertEquals(right, bsm.angle1p5Deg().orElseThrow() > 0, "steering: right is positive");
        assertEquals(right, bsm.accelSet().lat0p01Mps2() > 0, "lateral: right is positive");
        double lateral = vehicle.speedMps() * Math.toRadians(vehicle.yawRateDegPerS());
        assertEquals(lateral, bsm.accelSet().lat0p01Mps2() * 0.01, 0.0051);
        assertEquals(vehicle.yawRateDegPerS(), bsm.accelSet().yaw0p01DegPerS() * 0.01, 0.0051);
        PathPrediction prediction = safety(bsm).pathPrediction().orElseThrow();
        double radius = vehicle.speedMps() / Math.toRadians(vehicle.yawRateDegPerS());
        assertEquals(radius, prediction.radiusOfCurveDm() * 0.1, 0.051);
        ExteriorLight signal =
            right ? ExteriorLight.RIGHT_TURN_SIGNAL_ON : ExteriorLight.LEFT_TURN_SIGNAL_ON;
        assertTrue(ExteriorLight.setIn(safety(bsm).lights().orElseThrow()).contains(signal));
        checked++;
      }
    }
    assertTrue(checked >= 20, "turning vehicles checked: " + checked);
  }

  @Test
  void thePathHistoryHasTheVehiclesPastPointsAsOffsetsFromNow() {
    steps(75);
    Vehicle vehicle = find(v -> v.historyCount() >= 5 && v.speedMps() > 3);
    BasicSafetyMessage bsm = bsm(vehicle);
    List<PathHistoryPoint> crumbs = safety(bsm).pathHistory().orElseThrow().crumbData();
    int first = vehicle.historyTimeS(0) >= simulation.timeS() - 1e-9 ? 1 : 0;
    assertEquals(vehicle.historyCount() - first, crumbs.size());
    for (int i = 0; i < crumbs.size(); i++) {
      int age = i + first;
      PathHistoryPoint crumb = crumbs.get(i);
      double east =
          SimFixtures.ORIGIN.eastM(
              (bsm.pos().lonE7Deg() + crumb.llvOffset().offsetLl().lonE7Deg()) * 1e-7);
      double north =
          SimFixtures.ORIGIN.northM(
              (bsm.pos().latE7Deg() + crumb.llvOffset().offsetLl().latE7Deg()) * 1e-7);
      assertEquals(vehicle.historyEastM(age), east, 0.03, "point " + age);
      assertEquals(vehicle.historyNorthM(age), north, 0.03, "point " + age);
      assertEquals(
          Math.round((simulation.timeS() - vehicle.historyTimeS(age)) * 100),
          crumb.timeOffset10Ms());
      assertEquals(vehicle.historySpeedMps(age), crumb.speed0p02Mps().orElseThrow() * 0.02, 0.0101);
    }
  }

  @Test
  void emergencyVehiclesSendTheirSirenAndLightbarAndOthersDoNot() {
    steps(10);
    Vehicle emergency = find(v -> v.type() == VehicleClass.EMERGENCY);
    BasicSafetyMessage bsm = bsm(emergency);
    var extensions = bsm.emergencyExt().orElseThrow();
    assertEquals(Optional.of(ResponseType.EMERGENCY), extensions.responseType());
    assertEquals(Optional.of(SirenInUse.IN_USE), extensions.sirenUse());
    assertEquals(Optional.of(LightbarInUse.IN_USE), extensions.lightsUse());
    assertEquals(60, bsm.vehicleClass().classification());
    assertEquals(Math.round(emergency.lengthM() * 100), bsm.size().lengthCm());
    assertFalse(bsm(find(v -> v.type() == VehicleClass.CAR)).emergencyExt().isPresent());
  }

  private void steps(int count) {
    for (int i = 0; i < count; i++) {
      simulation.step();
    }
  }

  private Vehicle find(Predicate<Vehicle> condition) {
    return simulation.traffic().vehicles().stream()
        .filter(condition)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no such vehicle"));
  }

  /** The vehicle's BSM now, through the encoder and decoder. */
  private BasicSafetyMessage bsm(Vehicle vehicle) {
    BasicSafetyMessage built = factory.build(vehicle, 0, simulation.epochMs(), simulation.timeS());
    BasicSafetyMessage decoded = (BasicSafetyMessage) codec.decode(codec.encode(built));
    assertEquals(built, decoded);
    return decoded;
  }

  private static VehicleSafetyExtensions safety(BasicSafetyMessage bsm) {
    return bsm.safetyExt().orElseThrow();
  }
}
