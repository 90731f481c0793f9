package org.openv2x.sim.sensor;

/**
 * Something roadside sensors can see besides the simulated vehicles: a person at or on a crosswalk,
 * the vehicle of an event. The fields are those of a {@link Detection} without the sensor's
 * participant id.
 *
 * @param trackKey what makes it the same object from one step to the next, unique in the run: see
 *     {@link #vehicleTrackKey}, {@link #personTrackKey}, {@link #eventTrackKey}
 * @param vehicleId temporary id of a vehicle, 0 for people and bicycles
 * @param basicVehicleClass BasicVehicleClass of a vehicle, 0 otherwise
 */
public record SensedObject(
    long trackKey,
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
    int basicVehicleClass) {

  /** The track key of a simulated vehicle: its serial. */
  public static long vehicleTrackKey(int serial) {
    return serial;
  }

  /** The track key of a person crossing (see {@link Crosser#id()}). */
  public static long personTrackKey(int personId) {
    return (1L << 32) | (personId & 0xFFFFFFFFL);
  }

  /** The track key of the vehicle an injected event adds (a wrong-way driver), by event id. */
  public static long eventTrackKey(int eventId) {
    return (2L << 32) | (eventId & 0xFFFFFFFFL);
  }
}
