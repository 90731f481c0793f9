package org.openv2x.gateway.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A source address of an RSU in the registry: an IP literal with an optional port ({@code
 * 10.0.0.5}, {@code 10.0.0.5:5000}, {@code [fe80::1]:5000}). Without a port, every port of that IP
 * matches. Host names are not accepted: the registry must not depend on DNS.
 *
 * @param address the IP address
 * @param port the port, or 0 for any
 */
public record RsuAddress(InetAddress address, int port) {

  /** Parses {@code ip}, {@code ip:port} or {@code [ipv6]:port}. */
  public static RsuAddress parse(String text) {
    String host = text;
    int port = 0;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("missing ']'");
      }
      host = text.substring(1, close);
      if (close + 1 < text.length()) {
        if (text.charAt(close + 1) != ':') {
          throw new IllegalArgumentException("expected ':' after ']'");
        }
        port = parsePort(text.substring(close + 2));
      }
    } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
      host = text.substring(0, text.indexOf(':'));
      port = parsePort(text.substring(text.indexOf(':') + 1));
    }
    if (!host.matches("[0-9.]+") && !host.contains(":")) {
      throw new IllegalArgumentException("expected an IP address, not a host name");
    }
    try {
      return new RsuAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address");
    }
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port must be 1..65535");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number");
    }
  }
}
