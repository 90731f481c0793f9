/**
 * The simulator's blast mode: replays a corpus of pre-encoded UPER MessageFrames over many TCP
 * sessions (ingest-gateway/PROTOCOL.md) to the gateway at a target total rate, with correct
 * per-connection sequence numbers, resending what is not acknowledged after a reconnect, and counts
 * exact enough for a load test to compare with what reached Kafka.
 *
 * <p>Entry points: {@link org.openv2x.sim.blast.BlastCorpus} (the frames), {@link
 * org.openv2x.sim.blast.BlastConfig} (where, how fast, how long) and {@link
 * org.openv2x.sim.blast.Blast} (runs it, reports {@link org.openv2x.sim.blast.BlastInterval}s each
 * second and a {@link org.openv2x.sim.blast.BlastResult} at the end).
 */
package org.openv2x.sim.blast;
