/** Snapshots of the stored versions to the compacted Kafka topic {@code v2x.hdmap}. */
package org.openv2x.hdmap.server.publish;
