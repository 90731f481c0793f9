package org.openv2x.codec;

/**
 * One T/CSAE 53-2020 {@code MessageFrame}: one of the five messages. Implemented by {@link
 * org.openv2x.codec.bsm.BasicSafetyMessage}, {@link org.openv2x.codec.map.MapData}, {@link
 * org.openv2x.codec.rsm.RoadsideSafetyMessage}, {@link org.openv2x.codec.spat.Spat} and {@link
 * org.openv2x.codec.rsi.RoadSideInformation}; switch over {@link #type()}.
 */
public interface MessageFrame {
  /** Which message this is. */
  MessageType type();

  /** MsgCount, 0..127, wrapping from 127 to 0. */
  int msgCnt();
}
