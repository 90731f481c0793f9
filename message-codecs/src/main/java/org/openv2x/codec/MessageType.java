package org.openv2x.codec;

/**
 * The alternatives of the T/CSAE 53-2020 {@code MessageFrame} CHOICE, in root order: the ordinal is
 * the CHOICE index on the wire (note that RSM comes before SPAT).
 */
public enum MessageType {
  BSM("bsmFrame", "v2x.bsm"),
  MAP("mapFrame", "v2x.map"),
  RSM("rsmFrame", "v2x.rsm"),
  SPAT("spatFrame", "v2x.spat"),
  RSI("rsiFrame", "v2x.rsi");

  private final String frameName;
  private final String topic;

  MessageType(String frameName, String topic) {
    this.frameName = frameName;
    this.topic = topic;
  }

  /** The CHOICE alternative's identifier, for example {@code bsmFrame}. */
  public String frameName() {
    return frameName;
  }

  /** The Kafka topic this message type is routed to (DESIGN.md, Kafka topics). */
  public String topic() {
    return topic;
  }
}
