package org.openv2x.sim.sensor;

/**
 * One traffic participant a roadside sensor sees now, with its true state.
 *
 * @param participantId the sensor's id for it, stable while it is tracked, 0..65535
 * @param kind what it is
 * @param vehicleId the temporary id of a vehicle (0 for people and bicycles, which have none)
 * @param headingDeg degrees clockwise from north
 * @param basicVehicleClass BasicVehicleClass of a vehicle, 0 otherwise
 */
public record Detection(
    int participantId,
    ParticipantKind kind,
    long vehicleId,
    double eastM,
    double northM,
    double speedMps,
    double headingDeg,
    double accelerationMps2,
    double lengthM,
    double widthM,
    double heightM,
    int basicVehicleClass) {}
