package org.openv2x.gateway;

import java.util.HexFormat;

final class ByteBufferHex {
  private ByteBufferHex() {}

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
