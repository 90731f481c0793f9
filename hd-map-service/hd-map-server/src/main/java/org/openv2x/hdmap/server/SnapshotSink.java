package org.openv2x.hdmap.server;

import org.openv2x.hdmap.IntersectionVersion;

/**
 * Where {@link HdMapService} hands every version it has written (a new version, or a version whose
 * derived geometry was replaced): the snapshot topic, or nowhere. An implementation must not block
 * for long and must not throw; failures are its own to count and retry.
 */
@FunctionalInterface
public interface SnapshotSink {
  /** Publishes nothing. */
  SnapshotSink NONE = version -> {};

  /** Takes one written version to publish. */
  void publish(IntersectionVersion version);
}
