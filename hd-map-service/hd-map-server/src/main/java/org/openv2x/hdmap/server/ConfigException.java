package org.openv2x.hdmap.server;

/** A configuration value that cannot be used; the message names the key and what is wrong. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;

  public ConfigException(String key, String message) {
    super(key == null ? message : key + ": " + message);
    this.key = key;
  }

  /** The offending key, or null when the problem is not about one key (an unreadable file). */
  public String key() {
    return key;
  }
}
