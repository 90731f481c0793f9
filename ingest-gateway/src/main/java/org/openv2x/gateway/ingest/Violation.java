package org.openv2x.gateway.ingest;

/**
 * Why a decodable message is refused.
 *
 * @param reason the dead-letter reason, e.g. {@code POSITION_UNAVAILABLE}
 * @param fieldPath the offending field, in the codec's path notation
 * @param detail a sentence for people
 */
public record Violation(String reason, String fieldPath, String detail) {}
