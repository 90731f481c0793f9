package org.openv2x.hdmap;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.openv2x.hdmap.convert.HdMapProto;

/**
 * The identity of an intersection's content: a SHA-256 digest of its deterministic protobuf form
 * ({@code v2x.v1.HdMapIntersection}), so equal content has an equal hash in every process and any
 * change of a field changes it.
 */
public final class MapContent {
  private static final HexFormat HEX = HexFormat.of();

  private MapContent() {}

  /** Lowercase hex (64 digits) SHA-256 of {@link HdMapProto#toBytes(Intersection)}. */
  public static String hash(Intersection intersection) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HEX.formatHex(sha256.digest(HdMapProto.toBytes(intersection)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
