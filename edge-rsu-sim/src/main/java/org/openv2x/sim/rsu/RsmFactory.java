package org.openv2x.sim.rsu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.IntSupplier;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.HeadingConfidence;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.PositionConfidence;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.SpeedConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.Units;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.rsm.ParticipantData;
import org.openv2x.codec.rsm.ParticipantType;
import org.openv2x.codec.rsm.RoadsideSafetyMessage;
import org.openv2x.codec.rsm.SourceType;
import org.openv2x.sim.sensor.Detection;
import org.openv2x.sim.sensor.ParticipantKind;

/**
 * Builds the RSMs of an intersection RSU from what its sensors see: one ParticipantData per
 * detection (type motor / non-motor / pedestrian, the sensor's participant id, source "integrated"
 * for the video and radar fusion of a real intersection, secMark, position as an offset from the
 * intersection's refPos with 95 % confidence 1 m, speed, heading, longitudinal acceleration, size
 * and BasicVehicleClass: that of a vehicle, 82 for pedestrians, 85 for cyclists). A sensor does not
 * know a vehicle's BSM id, so {@code id} is left out. At most 16 participants fit one RSM; a longer
 * list is split over several RSMs, each with the next MsgCount. No detections, no RSM.
 */
public final class RsmFactory {
  /** BasicVehicleClass of pedestrians (otherTraveler-Pedestrian). */
  public static final int PEDESTRIAN_CLASS = 82;

  /** BasicVehicleClass of cyclists (otherTraveler-Bicycle). */
  public static final int BICYCLE_CLASS = 85;

  private static final PositionConfidenceSet POSITION_CONFIDENCE =
      new PositionConfidenceSet(PositionConfidence.A1M, Optional.empty());
  private static final Optional<MotionConfidenceSet> MOTION_CONFIDENCE =
      Optional.of(
          new MotionConfidenceSet(
              Optional.of(SpeedConfidence.PREC1MS),
              Optional.of(HeadingConfidence.PREC05DEG),
              Optional.empty()));

  private final GeoOffsets geo;

  public RsmFactory(GeoOffsets geo) {
    this.geo = geo;
  }

  /**
   * The RSMs of {@code rsu} for these detections (empty when there are none); {@code msgCounts}
   * gives each RSM its MsgCount.
   */
  public List<RoadsideSafetyMessage> build(
      Rsu rsu, List<Detection> detections, IntSupplier msgCounts, long epochMs) {
    if (detections.isEmpty()) {
      return List.of();
    }
    int secMark = TimeFields.dSecondMs(epochMs);
    List<RoadsideSafetyMessage> messages = new ArrayList<>();
    int max = RoadsideSafetyMessage.PARTICIPANTS_MAX;
    for (int from = 0; from < detections.size(); from += max) {
      List<ParticipantData> participants = new ArrayList<>(max);
      for (int i = from; i < Math.min(detections.size(), from + max); i++) {
        participants.add(participant(rsu, detections.get(i), secMark));
      }
      messages.add(
          new RoadsideSafetyMessage(
              msgCounts.getAsInt(), rsu.idOctets(), rsu.refPos(), participants));
    }
    return messages;
  }

  private ParticipantData participant(Rsu rsu, Detection detection, int secMark) {
    boolean vehicle = detection.kind() == ParticipantKind.MOTOR_VEHICLE;
    ParticipantType type =
        switch (detection.kind()) {
          case MOTOR_VEHICLE -> ParticipantType.MOTOR;
          case CYCLIST -> ParticipantType.NON_MOTOR;
          case PEDESTRIAN -> ParticipantType.PEDESTRIAN;
        };
    int basicClass =
        switch (detection.kind()) {
          case MOTOR_VEHICLE -> detection.basicVehicleClass();
          case CYCLIST -> BICYCLE_CLASS;
          case PEDESTRIAN -> PEDESTRIAN_CLASS;
        };
    return new ParticipantData(
        type,
        Math.max(1, Math.min(ParticipantData.PTC_ID_MAX, detection.participantId())),
        SourceType.INTEGRATED,
        OptionalLong.empty(),
        secMark,
        geo.offset(rsu.refPos(), detection.eastM(), detection.northM()),
        POSITION_CONFIDENCE,
        vehicle ? Optional.of(TransmissionState.FORWARD_GEARS) : Optional.empty(),
        Units.speed0p02Mps(detection.speedMps()),
        Units.heading0p0125Deg(detection.headingDeg()),
        OptionalInt.empty(),
        MOTION_CONFIDENCE,
        Optional.of(
            new AccelerationSet4Way(
                (int)
                    Math.max(-2000, Math.min(2000, Math.round(detection.accelerationMps2() * 100))),
                AccelerationSet4Way.ACCELERATION_UNAVAILABLE,
                AccelerationSet4Way.VERTICAL_UNAVAILABLE,
                0)),
        new VehicleSize(
            centimetres(detection.widthM(), 1023),
            centimetres(detection.lengthM(), 4095),
            OptionalInt.of((int) Math.max(0, Math.min(127, Math.round(detection.heightM() * 20))))),
        Optional.of(new VehicleClassification(basicClass & 0xFF, OptionalInt.empty())));
  }

  private static int centimetres(double metres, int max) {
    return (int) Math.max(0, Math.min(max, Math.round(metres * 100)));
  }
}
