package org.openv2x.codec;

import java.util.HexFormat;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.spat.Spat;

/**
 * The Kafka record keys of the platform's topics (DESIGN.md, "Kafka topics"), in one place so that
 * every producer and consumer spells them the same way. Keys are UTF-8 strings:
 *
 * <ul>
 *   <li>{@code v2x.bsm}: the vehicle's temporary id as 16 lower-case hex digits ({@code
 *       0a1b2c3d4e5f6071}), so every BSM of a vehicle lands on one partition, in order;
 *   <li>{@code v2x.spat}, {@code v2x.map}: the intersection id of the message's first intersection
 *       (SPAT) or node (MAP): {@code <region>:<id>} when the region is present, {@code <id>} when
 *       not;
 *   <li>{@code v2x.rsi}, {@code v2x.rsm}, {@code v2x.deadletter}, {@code v2x.downlink}: the RSU id.
 * </ul>
 */
public final class RecordKeys {
  private static final HexFormat HEX = HexFormat.of();

  private RecordKeys() {}

  /** The key of a message on its {@code v2x.<type>} topic; {@code rsuId} is the forwarding RSU. */
  public static String keyOf(MessageFrame frame, String rsuId) {
    return switch (frame.type()) {
      case BSM -> vehicleKey(((BasicSafetyMessage) frame).id());
      case SPAT -> intersectionKey(((Spat) frame).intersections().get(0).intersectionId());
      case MAP -> intersectionKey(((MapData) frame).nodes().get(0).id());
      case RSI, RSM -> rsuId;
    };
  }

  /** A vehicle's temporary id (OCTET STRING (SIZE(8)), big-endian) as 16 lower-case hex digits. */
  public static String vehicleKey(long temporaryId) {
    return HEX.toHexDigits(temporaryId);
  }

  /** An intersection id: {@code <region>:<id>} with a region, {@code <id>} without. */
  public static String intersectionKey(NodeReferenceId id) {
    return id.region().isPresent()
        ? id.region().getAsInt() + ":" + id.id()
        : Integer.toString(id.id());
  }
}
