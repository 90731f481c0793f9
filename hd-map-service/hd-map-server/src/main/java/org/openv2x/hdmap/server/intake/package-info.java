/** MAP messages from the Kafka topic {@code v2x.map} into the map service. */
package org.openv2x.hdmap.server.intake;
