package org.openv2x.hdmap;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known of one stored version of an intersection's map.
 *
 * @param version 1, 2, ... per intersection, in the order stored
 * @param source where the content came from
 * @param storedAt when this service stored it
 * @param contentHash {@link MapContent#hash} of the content (hex)
 * @param msgCnt the MAP message's MsgCount (MAP messages only)
 * @param messageTime the MAP message's timeStamp, made absolute (MAP messages only)
 * @param origin the RSU that sent the MAP, or the imported file's name
 */
public record VersionInfo(
    int version,
    MapSource source,
    Instant storedAt,
    String contentHash,
    OptionalInt msgCnt,
    Optional<Instant> messageTime,
    Optional<String> origin) {
  public VersionInfo {
    if (version < 1) {
      throw new IllegalArgumentException("a version is 1 or more, is " + version);
    }
    if (source == null || storedAt == null || contentHash == null) {
      throw new IllegalArgumentException("a version needs its source, time and content hash");
    }
    msgCnt = msgCnt == null ? OptionalInt.empty() : msgCnt;
    messageTime = messageTime == null ? Optional.empty() : messageTime;
    origin = origin == null ? Optional.empty() : origin;
  }
}
