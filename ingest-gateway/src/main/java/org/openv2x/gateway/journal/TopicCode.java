package org.openv2x.gateway.journal;

import org.openv2x.codec.MessageType;

/**
 * The topic of a journaled record, as one byte: the five message topics and the dead-letter topic.
 * Names are {@code <prefix><suffix>}, e.g. {@code v2x.bsm}.
 */
public enum TopicCode {
  BSM("bsm"),
  MAP("map"),
  RSM("rsm"),
  SPAT("spat"),
  RSI("rsi"),
  DEADLETTER("deadletter");

  private static final TopicCode[] VALUES = values();

  private final String suffix;

  TopicCode(String suffix) {
    this.suffix = suffix;
  }

  /** The topic name's part after the prefix. */
  public String suffix() {
    return suffix;
  }

  /** The topic of a message type. */
  public static TopicCode of(MessageType type) {
    return switch (type) {
      case BSM -> BSM;
      case MAP -> MAP;
      case RSM -> RSM;
      case SPAT -> SPAT;
      case RSI -> RSI;
    };
  }

  /** The code with that ordinal; throws for a byte that names no topic (a corrupt journal). */
  public static TopicCode ofCode(int code) {
    if (code < 0 || code >= VALUES.length) {
      throw new IllegalStateException("journal record with unknown topic code " + code);
    }
    return VALUES[code];
  }
}
