package org.openv2x.gateway.ingest;

import org.openv2x.gateway.metrics.RsuMeters;
import org.openv2x.proto.v1.FrameProtos.Transport;

/**
 * Where messages come from: the RSU (or {@code udp:<ip>:<port>} / {@code tcp:<ip>:<port>} for an
 * unknown sender), its address and the transport, with the RSU's metric series.
 *
 * @param rsuId the RSU id, also the key of its dead letters, RSI and RSM records
 * @param address the peer's {@code ip:port}
 * @param transport TCP or UDP
 * @param meters the per-RSU metric series
 */
public record Source(String rsuId, String address, Transport transport, RsuMeters meters) {}
