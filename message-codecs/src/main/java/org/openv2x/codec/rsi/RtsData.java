package org.openv2x.codec.rsi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.PositionOffsetLlv;

/**
 * RTSData (RSI): one road traffic sign. Extensible; unknown extension additions are skipped.
 *
 * @param rtsId local id of the sign set by the RSU, 0..255
 * @param signType SignType, 0..65535, the sign code of GB 5768.2 (0 text message warning, 2 sharp
 *     turn, 15 rockfall, 17 slippery, 21 tunnel, 37 danger, 38 under construction)
 * @param signPos position of the sign relative to the RSI reference position, OPTIONAL
 * @param description additional text, OPTIONAL
 * @param timeDetails when the sign is active, OPTIONAL
 * @param priority RSIPriority, OCTET STRING (SIZE(1)) held as 0..255: only the top 3 bits are used,
 *     0x00 (lowest) .. 0xE0 (highest); the low 5 bits are reserved (zero), OPTIONAL
 * @param referencePaths ReferencePathList, the paths concerned, 1..8, OPTIONAL
 * @param referenceLinks ReferenceLinkList, the links concerned, 1..16, OPTIONAL
 */
public record RtsData(
    int rtsId,
    int signType,
    Optional<PositionOffsetLlv> signPos,
    Optional<Description> description,
    Optional<RsiTimeDetails> timeDetails,
    OptionalInt priority,
    Optional<List<ReferencePath>> referencePaths,
    Optional<List<ReferenceLink>> referenceLinks) {
  public RtsData {
    Check.range(rtsId, 0, 255, "rtsId");
    Check.range(signType, 0, 65535, "signType");
    Check.notNull(signPos, "signPos");
    Check.notNull(description, "description");
    Check.notNull(timeDetails, "timeDetails");
    Check.range(priority, 0, 255, "priority");
    referencePaths =
        Check.size(
            referencePaths,
            RteData.REFERENCE_PATHS_MIN,
            RteData.REFERENCE_PATHS_MAX,
            "referencePaths");
    referenceLinks =
        Check.size(
            referenceLinks,
            RteData.REFERENCE_LINKS_MIN,
            RteData.REFERENCE_LINKS_MAX,
            "referenceLinks");
  }
}
