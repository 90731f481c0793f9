package org.openv2x.codec.rsi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.PositionOffsetLlv;

/**
 * RTEData (RSI): one road traffic event. Extensible; unknown extension additions are skipped.
 *
 * @param rteId local id of the event set by the RSU, 0..255
 * @param eventType EventType, 0..65535, the event code of GB/T 29100-2012
 * @param eventSource who reported the event
 * @param eventPos position of the event relative to the RSI reference position, OPTIONAL
 * @param eventRadiusDm eventRadius, Radius, 0.1 m, 0..65535, OPTIONAL
 * @param description additional text, OPTIONAL
 * @param timeDetails when the event is active, OPTIONAL
 * @param priority RSIPriority, OCTET STRING (SIZE(1)) held as 0..255: only the top 3 bits are used,
 *     0x00 (lowest) .. 0xE0 (highest); the low 5 bits are reserved (zero), OPTIONAL
 * @param referencePaths ReferencePathList, the paths concerned, 1..8, OPTIONAL
 * @param referenceLinks ReferenceLinkList, the links concerned, 1..16, OPTIONAL
 * @param eventConfidence0p5Pct eventConfidence, Confidence, 0.5 %, 0..200 (200 = 100 %), OPTIONAL
 */
public record RteData(
    int rteId,
    int eventType,
    EventSource eventSource,
    Optional<PositionOffsetLlv> eventPos,
    OptionalInt eventRadiusDm,
    Optional<Description> description,
    Optional<RsiTimeDetails> timeDetails,
    OptionalInt priority,
    Optional<List<ReferencePath>> referencePaths,
    Optional<List<ReferenceLink>> referenceLinks,
    OptionalInt eventConfidence0p5Pct) {
  public static final int REFERENCE_PATHS_MIN = 1;
  public static final int REFERENCE_PATHS_MAX = 8;
  public static final int REFERENCE_LINKS_MIN = 1;
  public static final int REFERENCE_LINKS_MAX = 16;

  /** Lowest RSIPriority. */
  public static final int PRIORITY_LOWEST = 0x00;

  /** Highest RSIPriority. */
  public static final int PRIORITY_HIGHEST = 0xE0;

  /** Largest Confidence, 0.5 %: 100 %. */
  public static final int CONFIDENCE_MAX = 200;

  public RteData {
    Check.range(rteId, 0, 255, "rteId");
    Check.range(eventType, 0, 65535, "eventType");
    Check.notNull(eventSource, "eventSource");
    Check.notNull(eventPos, "eventPos");
    Check.range(eventRadiusDm, 0, ReferencePath.RADIUS_MAX, "eventRadius");
    Check.notNull(description, "description");
    Check.notNull(timeDetails, "timeDetails");
    Check.range(priority, 0, 255, "priority");
    referencePaths =
        Check.size(referencePaths, REFERENCE_PATHS_MIN, REFERENCE_PATHS_MAX, "referencePaths");
    referenceLinks =
        Check.size(referenceLinks, REFERENCE_LINKS_MIN, REFERENCE_LINKS_MAX, "referenceLinks");
    Check.range(eventConfidence0p5Pct, 0, CONFIDENCE_MAX, "eventConfidence");
  }
}
