package org.openv2x.gateway.tcp;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The open TCP sessions by RSU id (after HELLO), and the count of all connections. */
public final class SessionRegistry {
  private final ConcurrentHashMap<String, SessionHandler> byRsu = new ConcurrentHashMap<>();
  private final AtomicInteger connections = new AtomicInteger();

  /** Registers a session; returns the one it replaces, or null. */
  SessionHandler register(String rsuId, SessionHandler session) {
    return byRsu.put(rsuId, session);
  }

  void unregister(String rsuId, SessionHandler session) {
    byRsu.remove(rsuId, session);
  }

  /** The session of an RSU, or null when it is not connected. */
  public SessionHandler session(String rsuId) {
    return byRsu.get(rsuId);
  }

  /** Delivers a downlink frame to a connected RSU; false when it is not connected. */
  public boolean deliver(String rsuId, long downlinkId, byte[] frame) {
    SessionHandler session = byRsu.get(rsuId);
    return session != null && session.deliverDownlink(downlinkId, frame);
  }

  Collection<SessionHandler> sessions() {
    return byRsu.values();
  }

  AtomicInteger connectionCounter() {
    return connections;
  }

  /** Open TCP connections (also those before HELLO). */
  public int connections() {
    return connections.get();
  }

  /** Sessions that said HELLO. */
  public int sessionCount() {
    return byRsu.size();
  }
}
