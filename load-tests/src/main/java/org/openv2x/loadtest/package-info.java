/**
 * End-to-end load and fault tests of the ingestion path: a blast of simulated RSU traffic against a
 * gateway and a Kafka broker, every acknowledged message matched in Kafka by its id, with latency,
 * CPU and memory figures, Kafka's own producer ceiling as the baseline, and JSON and HTML reports.
 */
package org.openv2x.loadtest;
