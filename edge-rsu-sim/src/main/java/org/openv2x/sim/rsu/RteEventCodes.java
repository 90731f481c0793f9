package org.openv2x.sim.rsu;

import org.openv2x.codec.rsi.EventSource;
import org.openv2x.sim.event.EventType;

/**
 * What the RSUs announce for each simulated event in an RTE: the eventType code (GB/T 29100-2012,
 * "Road traffic information service — Traffic incident classification and coding", whose class
 * digit leads the code: 1xx traffic accidents, 4xx road works, 9xx abnormal vehicles and road
 * users), the event source, the RSIPriority (top three bits) and the confidence.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>event</th><th>eventType</th><th>source</th><th>priority</th></tr>
 *   <tr><td>accident_zone</td><td>100 traffic accident</td><td>police</td><td>0xC0</td></tr>
 *   <tr><td>road_works</td><td>401 road works</td><td>government</td><td>0x60</td></tr>
 *   <tr><td>stalled_vehicle</td><td>901 stopped / broken-down vehicle</td><td>detection</td>
 *       <td>0xA0</td></tr>
 *   <tr><td>wrong_way_driver</td><td>902 vehicle driving the wrong way</td><td>detection</td>
 *       <td>0xE0</td></tr>
 *   <tr><td>hard_braking</td><td>903 emergency braking</td><td>detection</td><td>0xA0</td></tr>
 *   <tr><td>red_light_runner</td><td>904 red-light violation</td><td>detection</td>
 *       <td>0xC0</td></tr>
 *   <tr><td>pedestrian_conflict</td><td>905 pedestrian in the carriageway</td><td>detection</td>
 *       <td>0xE0</td></tr>
 * </table>
 *
 * <p>RTS: a lowered speed limit is announced with sign type {@value #SPEED_LIMIT_SIGN_TYPE} ("speed
 * limit" in the GB 5768.2 numbering used for RTS signType), the limit in its description.
 */
public final class RteEventCodes {
  /** RTS signType of a speed-limit sign. */
  public static final int SPEED_LIMIT_SIGN_TYPE = 85;

  private RteEventCodes() {}

  /** The RTE eventType code of an event. */
  public static int eventType(EventType type) {
    return switch (type) {
      case ACCIDENT_ZONE -> 100;
      case ROAD_WORKS -> 401;
      case STALLED_VEHICLE -> 901;
      case WRONG_WAY_DRIVER -> 902;
      case HARD_BRAKING -> 903;
      case RED_LIGHT_RUNNER -> 904;
      case PEDESTRIAN_CONFLICT -> 905;
    };
  }

  /** Who reports the event: the police, the road authority, or the RSU's own detection. */
  public static EventSource eventSource(EventType type) {
    return switch (type) {
      case ACCIDENT_ZONE -> EventSource.POLICE;
      case ROAD_WORKS -> EventSource.GOVERNMENT;
      default -> EventSource.DETECTION;
    };
  }

  /** RSIPriority: 0x00 (lowest) .. 0xE0 (highest); only the top three bits are used. */
  public static int priority(EventType type) {
    return switch (type) {
      case WRONG_WAY_DRIVER, PEDESTRIAN_CONFLICT -> 0xE0;
      case ACCIDENT_ZONE, RED_LIGHT_RUNNER -> 0xC0;
      case STALLED_VEHICLE, HARD_BRAKING -> 0xA0;
      case ROAD_WORKS -> 0x60;
    };
  }

  /** Confidence (0.5 %): reported events 100 %, detected ones 90 %. */
  public static int confidence0p5Pct(EventType type) {
    return eventSource(type) == EventSource.DETECTION ? 180 : 200;
  }
}
