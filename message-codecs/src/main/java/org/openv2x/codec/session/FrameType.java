package org.openv2x.codec.session;

import java.util.Optional;

/** The frame types of the session protocol, with their wire codes (the header's {@code type}). */
public enum FrameType {
  /** RSU → gateway: the RSU id and software, the first frame of every connection. */
  HELLO(0x01),
  /** Gateway → RSU: gateway id, max frame bytes, idle timeout and rate limit. */
  HELLO_ACK(0x02),
  /** RSU → gateway: a sequence number and a batch of UPER {@code MessageFrame}s. */
  DATA(0x03),
  /** Gateway → RSU: one per {@code DATA} frame, once the batch is durable. */
  ACK(0x04),
  /** Gateway → RSU: one UPER {@code MessageFrame} to broadcast. */
  DOWNLINK(0x05),
  /** Gateway → RSU: an error code, whether the gateway closes, and a text for people. */
  ERROR(0x06),
  /** Both directions: the sender's clock in epoch microseconds. */
  HEARTBEAT(0x07);

  private static final FrameType[] BY_CODE = new FrameType[256];

  static {
    for (FrameType type : values()) {
      BY_CODE[type.code] = type;
    }
  }

  private final int code;

  FrameType(int code) {
    this.code = code;
  }

  /** The wire code, 0..255. */
  public int code() {
    return code;
  }

  /** The type with this wire code, or empty for a code this version does not define. */
  public static Optional<FrameType> fromCode(int code) {
    return Optional.ofNullable(ofCodeOrNull(code));
  }

  /** Allocation-free form of {@link #fromCode}: {@code null} for an unknown code. */
  static FrameType ofCodeOrNull(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
