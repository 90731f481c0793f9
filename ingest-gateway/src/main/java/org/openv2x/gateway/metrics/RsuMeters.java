package org.openv2x.gateway.metrics;

import io.micrometer.core.instrument.Counter;

/**
 * The per-RSU series of one RSU label (an RSU id, or {@code other} past the label limit).
 *
 * @param label the {@code rsu} label value
 * @param messages messages accepted from the RSU
 * @param rejects inputs from the RSU that were dead-lettered
 * @param bsmMsgCntGaps BSMs missing by msgCnt (sum of gaps), per vehicle as this RSU forwards them
 * @param bsmMsgCntDuplicates BSMs with the same msgCnt as the vehicle's previous one
 */
public record RsuMeters(
    String label,
    Counter messages,
    Counter rejects,
    Counter bsmMsgCntGaps,
    Counter bsmMsgCntDuplicates) {}
