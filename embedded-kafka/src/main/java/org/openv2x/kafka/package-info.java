/** A single-node Kafka broker (KRaft) in the JVM. */
package org.openv2x.kafka;
