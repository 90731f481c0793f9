package org.openv2x.codec.session;

import java.io.IOException;

/** The gateway answered {@code HELLO} with a closing {@code ERROR} instead of {@code HELLO_ACK}. */
public final class SessionRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient SessionFrame.ErrorFrame error;

  public SessionRefusedException(SessionFrame.ErrorFrame error) {
    super("the gateway refused the session: " + error);
    this.error = error;
  }

  /** The gateway's {@code ERROR} frame (for example {@link ErrorCode#UNKNOWN_RSU}). */
  public SessionFrame.ErrorFrame error() {
    return error;
  }
}
