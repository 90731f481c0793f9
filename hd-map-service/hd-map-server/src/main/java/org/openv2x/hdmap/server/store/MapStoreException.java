package org.openv2x.hdmap.server.store;

/** The map store could not read or write (RocksDB failed, or the store is closed). */
public final class MapStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MapStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public MapStoreException(String message) {
    super(message);
  }
}
