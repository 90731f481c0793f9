package org.openv2x.gateway.tcp;

/** The ERROR codes of the session protocol (PROTOCOL.md, "Errors"). */
enum ErrorCode {
  FRAME_TOO_LARGE(100, false),
  UNKNOWN_FRAME_TYPE(101, false),
  MALFORMED_PAYLOAD(102, false),
  UNEXPECTED_FRAME(103, false),
  BAD_MAGIC(200, true),
  UNSUPPORTED_VERSION(201, true),
  HELLO_REQUIRED(202, true),
  UNKNOWN_RSU(203, true),
  TOO_MANY_CONNECTIONS(204, true),
  IDLE_TIMEOUT(205, true),
  HELLO_TIMEOUT(206, true),
  REPLACED(207, true),
  SHUTTING_DOWN(208, true),
  INTERNAL_ERROR(209, true);

  private final int code;
  private final boolean closing;

  ErrorCode(int code, boolean closing) {
    this.code = code;
    this.closing = closing;
  }

  int code() {
    return code;
  }

  boolean closing() {
    return closing;
  }
}
