package org.openv2x.platform;

/** The JSON forms a MessageFrame is shown in. */
public enum JsonFormat {
  /** ASN.1 JSON encoding rules (ITU-T X.697): {@code JerCodec}. */
  JER,
  /** The protobuf JSON form of {@code v2x.v1.MessageFrame}: {@code ProtoCodec}. */
  PROTO
}
